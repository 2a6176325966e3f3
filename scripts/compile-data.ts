// Temporary bootstrap: writes data/generated/names-source.json straight from the YAML records,
// without validation. Replaced by the validated data compiler (lib/data/compile).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NAMES_SOURCE_VERSION, type NamesSource } from '../lib/data/names-source';

const dir = 'data/companies';
const entities = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const r = parse(readFileSync(join(dir, f), 'utf8'));
    return {
      id: r.id,
      names: { en: r.names?.en ?? [], ar: r.names?.ar ?? [], zh: r.names?.zh ?? [] },
      ambiguous: r.ambiguous ?? [],
      contextWords: { en: r.context_words?.en ?? [], ar: r.context_words?.ar ?? [] },
      excludeContext: { en: r.exclude_context?.en ?? [], ar: r.exclude_context?.ar ?? [] },
    };
  });
const out: NamesSource = { version: NAMES_SOURCE_VERSION, entities };
mkdirSync('data/generated', { recursive: true });
writeFileSync('data/generated/names-source.json', JSON.stringify(out));
console.log(`data: ${entities.length} entities → data/generated/names-source.json`);
