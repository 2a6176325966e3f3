// `npm run data:audit -- --since <git ref> [--count 30] [--seed 1]`: a reproducible random sample of
// the facts added since <ref> (facts of records that did not exist there), printed with their
// sources, for a person to re-check each fact against its cited pages. The same ref, count and
// seed always give the same sample.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readRecords } from '../lib/data/compile/read-records';
import { FACT_FIELDS } from '../lib/data/record-schema';
import { seededRandom } from '../test/seeded-random';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}

const since = arg('since');
const count = Number(arg('count', '30'));
const random = seededRandom(Number(arg('seed', '1')));
const existing = new Set(
  execFileSync('git', ['ls-tree', '--name-only', since, 'data/companies/'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((p) => p.replace(/^data\/companies\//, '').replace(/\.yaml$/, '')),
);

type Raw = Record<string, unknown> & { id: string; sources: Record<string, Record<string, unknown>> };
const facts: { id: string; field: string; index: number; fact: Record<string, unknown>; record: Raw }[] = [];
for (const { stem, data } of readRecords(join(process.cwd(), 'data/companies')).records) {
  if (existing.has(stem)) continue;
  const record = data as Raw;
  for (const field of FACT_FIELDS) {
    const list = (record[field] as Record<string, unknown>[] | undefined) ?? [];
    list.forEach((fact, index) => facts.push({ id: stem, field, index, fact, record }));
  }
}

// Partial Fisher–Yates: the first `count` places of a seeded shuffle.
for (let i = 0; i < Math.min(count, facts.length); i++) {
  const j = i + Math.floor(random() * (facts.length - i));
  [facts[i], facts[j]] = [facts[j]!, facts[i]!];
}
console.log(
  `# Audit sample: ${Math.min(count, facts.length)} of ${facts.length} facts added since ${since}\n`,
);
facts.slice(0, count).forEach(({ id, field, index, fact, record }, n) => {
  const { sources: keys, ...rest } = fact as { sources: string[] };
  console.log(`${n + 1}. ${id} ${field}[${index}]: ${JSON.stringify(rest)}`);
  for (const key of keys) {
    const s = record.sources[key];
    console.log(`   - ${key}: ${s?.url} (${s?.publisher}, ${s?.published ?? 'undated'})`);
  }
});
