/**
 * The data pipeline, end to end (Node only): read records → validate → parse lists → link →
 * build artifacts. Throws `DataValidationError` listing every problem if anything is invalid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompanyRecord } from '../record-schema';
import { buildArtifacts, type CompiledArtifacts } from './build-artifacts';
import { readText } from './csv';
import { DataValidationError, type DataIssue } from './issues';
import { linkListings, type ListLinkMatch } from './link-listings';
import { LIST_SOURCES, loadLists, type ListSource, type LoadedList } from './lists/index';
import { readRecords } from './read-records';
import { validateRecords } from './validate';

export interface CompileOptions {
  /** Repository root (paths in messages are relative to it). */
  root?: string;
  /** Records folder; default `<root>/data/companies`. */
  companiesDir?: string;
  /** Snapshot folder; default `<root>/data/lists`. */
  listsDir?: string;
  /** List snapshots to read; default all of `LIST_SOURCES`. */
  listSources?: ListSource[];
}

export interface CompileResult {
  artifacts: CompiledArtifacts;
  records: CompanyRecord[];
  lists: LoadedList[];
  links: ListLinkMatch[];
  warnings: DataIssue[];
}

/** Runs the pipeline in memory. */
export function compileData(options: CompileOptions = {}): CompileResult {
  const root = options.root ?? process.cwd();
  const companiesDir = options.companiesDir ?? join(root, 'data/companies');
  const listsDir = options.listsDir ?? join(root, 'data/lists');

  const read = readRecords(companiesDir, root);
  const validation = validateRecords(read.records);
  const errors = [...read.issues, ...validation.errors];

  const lists = loadLists((file) => readText(join(listsDir, file)), options.listSources ?? LIST_SOURCES);
  const fileById = new Map(read.records.map((r) => [r.stem, r.file]));
  const linked = linkListings(
    validation.records.map((record) => ({ file: fileById.get(record.id) ?? record.id, record })),
    lists.flatMap((l) => l.entities),
  );
  errors.push(...linked.errors);
  if (errors.length) throw new DataValidationError(errors);

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  const artifacts = buildArtifacts({
    records: validation.records,
    lists,
    links: linked.links,
    packageVersion: pkg.version ?? '0.0.0',
  });
  return {
    artifacts,
    records: validation.records,
    lists,
    links: linked.links,
    warnings: validation.warnings,
  };
}
