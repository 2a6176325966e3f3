// The scorer of the dev set, shared by `npm run eval` (engine in Node) and the e2e tests (the
// mentions API in Chromium and Firefox), so both are measured by the same rules
// (test/fixtures/pages/README.md, "Scoring suggestion"): the page's counted text is extracted with
// lib/scanner/block-text.ts in happy-dom and whitespace-normalized; gold mentions are located by
// their context; mentions (document order, no offsets) are located in order by their text; a
// mention matches a gold mention of the same entity whose occurrence it overlaps. `others`
// entities are unscored, product hits are counted apart, a false hit on a trap occurrence is a
// trap hit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlBlocks } from './html-blocks';
import type { MentionReport } from '../../lib/messaging/protocol';

export const PAGES_DIR = 'test/fixtures/pages';

export interface Gold {
  lang: 'ar' | 'en' | 'mixed';
  mentions: { entity: string; surface: string; context: string }[];
  products: { entity: string; surface: string }[];
  traps: string[];
  others?: { entity: string; surface: string }[];
}

export interface PageScore {
  page: string;
  lang: Gold['lang'];
  tp: number;
  fp: number;
  fn: number;
  traps: number;
  products: number;
  /** API mentions whose text could not be found in the page's counted text (found outside it). */
  unlocated: string[];
  details: string[];
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const squash = (s: string) => s.replace(/\s+/g, ' ');
const contextOf = (text: string, span: Span) =>
  text.slice(Math.max(0, span.start - 40), span.end + 40).replace(/\n/g, ' ¶ ');

/** The page's counted text, whitespace-normalized, blocks separated by "\n". */
export function countedText(html: string): string {
  return htmlBlocks(html)
    .map((b) => squash(b.text))
    .join('\n');
}

export function listPages(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function readGold(page: string): Gold {
  return JSON.parse(readFileSync(join(PAGES_DIR, `${page}.gold.json`), 'utf8')) as Gold;
}

/** Scores one page's API mentions against its gold. */
export function scorePage(page: string, mentions: readonly MentionReport[]): PageScore {
  const gold = readGold(page);
  const global = countedText(readFileSync(join(PAGES_DIR, `${page}.html`), 'utf8'));
  const score: PageScore = {
    page,
    lang: gold.lang,
    tp: 0,
    fp: 0,
    fn: 0,
    traps: 0,
    products: 0,
    unlocated: [],
    details: [],
  };

  const hits: (Span & { entity: string; text: string; used: boolean })[] = [];
  let cursor = 0;
  for (const m of mentions) {
    const text = squash(m.text);
    let at = global.indexOf(text, cursor);
    if (at < 0) at = global.indexOf(text);
    if (at < 0) {
      score.unlocated.push(`${m.entityId} «${text}»`);
      score.fp++;
      continue;
    }
    cursor = at + text.length;
    hits.push({ start: at, end: at + text.length, entity: m.entityId, text, used: false });
  }

  // Gold mentions are distinct occurrences in document order: each is searched from the END of
  // the previous one. (scripts/eval.ts searches from its start + 1, so «Aramco» in "Saudi
  // Aramco, and Aramco" lands inside "Saudi Aramco" and scores a miss plus a false hit.)
  const goldSpans: (Span & { entity: string; surface: string })[] = [];
  let prev = -1;
  let prevEnd = 0;
  for (const g of gold.mentions) {
    const surface = squash(g.surface);
    const ctx = squash(g.context);
    let found = -1;
    for (let c = global.indexOf(ctx); c >= 0 && found < 0; c = global.indexOf(ctx, c + 1)) {
      for (
        let s = global.indexOf(surface, c);
        s >= 0 && s + surface.length <= c + ctx.length;
        s = global.indexOf(surface, s + 1)
      ) {
        if (s > prev && s >= prevEnd) {
          found = s;
          break;
        }
      }
    }
    if (found < 0) found = global.indexOf(surface, Math.max(prev + 1, prevEnd));
    if (found < 0) continue;
    prev = found;
    prevEnd = found + surface.length;
    goldSpans.push({ start: found, end: found + surface.length, entity: g.entity, surface });
  }
  const productSpans: Span[] = [];
  let pprev = -1;
  for (const p of gold.products) {
    const s = global.indexOf(p.surface, pprev + 1);
    if (s >= 0) {
      productSpans.push({ start: s, end: s + p.surface.length });
      pprev = s;
    }
  }
  const trapSpans: Span[] = [];
  for (const t of gold.traps)
    for (let s = global.indexOf(t); s >= 0; s = global.indexOf(t, s + 1))
      trapSpans.push({ start: s, end: s + t.length });
  const others = new Set((gold.others ?? []).map((o) => o.entity));

  for (const g of goldSpans) {
    const h = hits.find((x) => !x.used && x.entity === g.entity && overlaps(x, g));
    if (h) {
      h.used = true;
      score.tp++;
    } else {
      score.fn++;
      score.details.push(`MISS ${g.entity} «${g.surface}» … ${contextOf(global, g)}`);
    }
  }
  for (const h of hits) {
    if (h.used || others.has(h.entity)) continue;
    if (goldSpans.some((g) => overlaps(g, h) && g.entity === h.entity)) continue;
    if (productSpans.some((p) => overlaps(p, h))) {
      score.products++;
      score.details.push(`product highlight ${h.entity} «${h.text}» … ${contextOf(global, h)}`);
      continue;
    }
    score.fp++;
    const trap = trapSpans.some((t) => overlaps(t, h));
    if (trap) score.traps++;
    score.details.push(`FALSE ${trap ? '(TRAP) ' : ''}${h.entity} «${h.text}» … ${contextOf(global, h)}`);
  }
  return score;
}

/** Per-language totals with precision and recall. */
export function summarize(scores: readonly PageScore[]) {
  const byLang = new Map<
    string,
    { tp: number; fp: number; fn: number; traps: number; products: number; p: number; r: number }
  >();
  for (const s of scores) {
    const t = byLang.get(s.lang) ?? { tp: 0, fp: 0, fn: 0, traps: 0, products: 0, p: 0, r: 0 };
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
    t.traps += s.traps;
    t.products += s.products;
    t.p = t.tp / Math.max(1, t.tp + t.fp);
    t.r = t.tp / Math.max(1, t.tp + t.fn);
    byLang.set(s.lang, t);
  }
  return byLang;
}
