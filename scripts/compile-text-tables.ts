// Computes the normalization tables (fold and script class of every UTF-16 code unit) and writes
// data/generated/text-tables.json. Runs first in `npm run data`: the data and matcher compilers
// and the extension all read these tables, so both sides of every match fold identically.
import { mkdirSync, writeFileSync } from 'node:fs';
import { stampArtifact } from '../lib/data/artifact';
import { computeFoldTable } from '../lib/normalize/fold-rules';
import { computeScriptTable } from '../lib/normalize/script-rules';
import { encodeTextTables, TEXT_TABLES_KIND, TEXT_TABLES_VERSION } from '../lib/normalize/text-tables-format';

const { table, expansions } = computeFoldTable();
const payload = encodeTextTables(table, expansions, computeScriptTable());
const json = JSON.stringify(
  stampArtifact(TEXT_TABLES_KIND, TEXT_TABLES_VERSION, payload, {
    unicode: process.versions.unicode ?? 'unknown',
  }),
);
mkdirSync('data/generated', { recursive: true });
writeFileSync('data/generated/text-tables.json', json);
console.log(
  `text tables: ${payload.fold.length / 2} folds, ${payload.expansions.length} expansions, ${payload.scriptRuns.length / 3} script runs → data/generated/text-tables.json (${(json.length / 1024).toFixed(1)} KB, Unicode ${process.versions.unicode})`,
);
