// Evaluates the recognition engine on the dev pages (test/fixtures/pages/*.html + *.gold.json).
// Page text is extracted with lib/scanner/block-text.ts in happy-dom, exactly as the content
// script will extract it; each page is one MentionDocument (one block per text block).
// Alignment (README "Scoring suggestion"): gold mentions are located in the whitespace-normalized
// counted text by their context (fallback: next occurrence of the surface), highlights match a
// gold mention of the same entity whose occurrence they overlap. Highlights of `others` entities
// are unscored; highlights on product occurrences are reported separately; a false hit on an
// occurrence of a trap string is also a trap hit.
//   npm run eval [-- --quiet] [-- --matcher path | --artifact] [-- --no-variants]
// Default: compiles data/generated/names-source.json in memory (so record edits are measured at once);
// --artifact evaluates data/generated/matcher-curated.json, --matcher any compiled matcher file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMatcher, type Matcher } from '../lib/matcher/index';
import { buildMatcher } from '../lib/matcher/build';
import { readNamesSource } from './compile-matcher';

import { engineMentions } from './lib/engine-mentions';
import { listPages, PAGES_DIR, readGold, scorePage, summarize, type PageScore } from './lib/score-mentions';

function loadEngine(): Matcher {
  const i = process.argv.indexOf('--matcher');
  if (i > 0) return loadMatcher(JSON.parse(readFileSync(process.argv[i + 1]!, 'utf8')));
  // Always evaluate the current records: compile in memory from names-source.json.
  const path = 'data/generated/matcher-curated.json';
  if (process.argv.includes('--artifact') && existsSync(path))
    return loadMatcher(JSON.parse(readFileSync(path, 'utf8')));
  const variants = !process.argv.includes('--no-variants');
  return loadMatcher(buildMatcher(readNamesSource('data/generated/names-source.json'), { variants }), {
    allowBare: true,
  });
}

const quiet = process.argv.includes('--quiet');

function main() {
  const matcher = loadEngine();
  const scores: PageScore[] = listPages().map((page) =>
    scorePage(page, engineMentions(matcher, readFileSync(join(PAGES_DIR, `${page}.html`), 'utf8'))),
  );
  const byLang = summarize(scores);
  const fmt = (x: number) => x.toFixed(3);
  const row = (lang: string, t: { tp: number; fp: number; fn: number; traps: number; products: number }) => {
    const p = t.tp / Math.max(1, t.tp + t.fp);
    const r = t.tp / Math.max(1, t.tp + t.fn);
    const f1 = (2 * p * r) / Math.max(1e-9, p + r);
    const gold = t.tp + t.fn;
    return `${lang.padEnd(7)} ${fmt(p)}  ${fmt(r)}  ${fmt(f1)}  ${String(t.tp).padStart(3)}  ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${String(gold).padStart(4)}  ${String(t.traps).padStart(9)} ${String(t.products).padStart(12)}`;
  };
  console.log('lang    P      R      F1     TP   FP  FN  gold  trap-hits product-hits');
  const total = { tp: 0, fp: 0, fn: 0, traps: 0, products: 0 };
  for (const lang of ['ar', 'en', 'mixed']) {
    const t = byLang.get(lang) ?? { ...total };
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += t[k];
    console.log(row(lang, t));
  }
  console.log(row('all', total));
  const negatives = scores
    .filter((s) => readGold(s.page).mentions.length === 0)
    .map((s) => `${s.page}: ${s.fp + s.products} highlights`);
  console.log(`negative pages: ${negatives.join('; ')}`);
  const unlocated = scores.flatMap((s) => s.unlocated.map((u) => `  ${s.page}: not in counted text: ${u}`));
  const details = scores.flatMap((s) => s.details.map((d) => `  ${s.page}: ${d}`));
  if (!quiet && unlocated.length + details.length)
    console.log(`\nmisses and false hits:\n${[...unlocated, ...details].join('\n')}`);
}

main();
