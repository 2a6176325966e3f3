/** Reads `data/companies/*.yaml` into raw objects (Node only). YAML syntax errors become issues. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { DataIssue } from './issues';

export interface RawRecord {
  /** Repository-relative path used in messages, e.g. `data/companies/openai.yaml`. */
  file: string;
  /** File name without `.yaml`: the id the record must carry. */
  stem: string;
  data: unknown;
}

/** Parses one YAML text; returns the data or the syntax problems (with line numbers). */
export function parseRecordText(file: string, text: string): { data: unknown; issues: DataIssue[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const issues = doc.errors.map((e) => ({
    file,
    path: '',
    message: `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}${e.linePos ? ` (line ${e.linePos[0].line})` : ''}`,
  }));
  return { data: issues.length ? undefined : doc.toJS(), issues };
}

/** Reads every `*.yaml` in `dir`, sorted by name. `root` makes the reported paths relative. */
export function readRecords(
  dir: string,
  root = process.cwd(),
): { records: RawRecord[]; issues: DataIssue[] } {
  const records: RawRecord[] = [];
  const issues: DataIssue[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    const parsed = parseRecordText(file, readFileSync(path, 'utf8'));
    issues.push(...parsed.issues);
    if (parsed.data !== undefined)
      records.push({ file, stem: name.slice(0, -'.yaml'.length), data: parsed.data });
  }
  return { records, issues };
}
