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
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractBlocks } from '../lib/scanner/block-text';
import { loadMatcher, type Matcher } from '../lib/matcher/index';
import { buildMatcher } from '../lib/matcher/build';
import { readNamesSource } from './compile-matcher';

const DIR = 'test/fixtures/pages';
const quiet = process.argv.includes('--quiet');

interface Gold {
  lang: 'ar' | 'en' | 'mixed';
  mentions: { entity: string; surface: string; context: string }[];
  products: { entity: string; surface: string }[];
  traps: string[];
  others?: { entity: string; surface: string }[];
}

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

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function main() {
  const matcher = loadEngine();
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const byLang = new Map<
    string,
    { tp: number; fp: number; fn: number; gold: number; traps: number; prod: number }
  >();
  const stat = (lang: string) => {
    let s = byLang.get(lang);
    if (!s) byLang.set(lang, (s = { tp: 0, fp: 0, fn: 0, gold: 0, traps: 0, prod: 0 }));
    return s;
  };
  const negatives: string[] = [];
  const details: string[] = [];
  let unlocated = 0;

  for (const file of files) {
    const name = file.replace(/\.html$/, '');
    const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), 'utf8')) as Gold;
    const html = readFileSync(join(DIR, file), 'utf8');
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
      },
    });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const blocks = extractBlocks(doc);
    const md = matcher.createDocument();
    blocks.forEach((b, i) => md.setBlock(i, b.text));
    const resolved = md.resolve();

    // Global whitespace-normalized text with a map to (block, original offset).
    let global = '';
    const blockBase: number[] = [];
    const blockMaps: number[][] = []; // original offset → normalized offset within block
    for (const b of blocks) {
      blockBase.push(global.length);
      const map: number[] = new Array(b.text.length + 1);
      let out = '';
      let space = false;
      for (let i = 0; i < b.text.length; i++) {
        map[i] = out.length;
        const ch = b.text[i];
        if (/\s/.test(ch!)) {
          if (!space) out += ' ';
          space = true;
        } else {
          out += ch;
          space = false;
        }
      }
      map[b.text.length] = out.length;
      blockMaps.push(map);
      global += out + '\n';
    }

    const highlights: (Span & { entity: string; text: string; used: boolean })[] = [];
    for (const [key, mentions] of [...resolved.entries()].sort((a, b) => a[0] - b[0])) {
      for (const m of mentions) {
        const base = blockBase[key];
        highlights.push({
          entity: m.entityId,
          start: base! + blockMaps[key]![m.start]!,
          end: base! + blockMaps[key]![m.end]!,
          text: blocks[key]!.text.slice(m.start, m.end).replace(/\s+/g, ' '),
          used: false,
        });
      }
    }

    // Locate gold mentions.
    const goldSpans: (Span & { entity: string; surface: string })[] = [];
    let prev = 0;
    for (const g of gold.mentions) {
      const surface = g.surface.replace(/\s+/g, ' ');
      const ctx = g.context.replace(/\s+/g, ' ');
      let found = -1;
      for (let c = global.indexOf(ctx); c >= 0 && found < 0; c = global.indexOf(ctx, c + 1)) {
        for (
          let s = global.indexOf(surface, c);
          s >= 0 && s + surface.length <= c + ctx.length;
          s = global.indexOf(surface, s + 1)
        ) {
          if (s >= prev) {
            found = s;
            break;
          }
        }
      }
      if (found < 0) {
        found = global.indexOf(surface, prev);
        if (found < 0) {
          unlocated++;
          details.push(`  ${name}: gold not located: ${g.entity} «${surface}» in «${ctx}»`);
          continue;
        }
      }
      prev = found + surface.length;
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

    const st = stat(gold.lang);
    const ctxOf = (sp: Span) => global.slice(Math.max(0, sp.start - 40), sp.end + 40).replace(/\n/g, ' ¶ ');
    st.gold += goldSpans.length;
    for (const g of goldSpans) {
      const h = highlights.find((x) => !x.used && x.entity === g.entity && overlaps(x, g));
      if (h) {
        h.used = true;
        st.tp++;
      } else {
        st.fn++;
        const wrong = highlights.find((x) => overlaps(x, g));
        details.push(
          `  ${name}: MISS ${g.entity} «${g.surface}»${wrong ? ` (got ${wrong.entity})` : ''} … ${ctxOf(g)}`,
        );
      }
    }
    st.fn += 0;
    for (const h of highlights) {
      if (h.used || others.has(h.entity)) continue;
      if (goldSpans.some((g) => overlaps(g, h) && g.entity === h.entity)) continue; // second highlight inside one gold surface
      if (productSpans.some((p) => overlaps(p, h))) {
        st.prod++;
        details.push(`  ${name}: product highlight ${h.entity} «${h.text}» … ${ctxOf(h)}`);
        continue;
      }
      st.fp++;
      const trap = trapSpans.some((t) => overlaps(t, h));
      if (trap) st.traps++;
      details.push(`  ${name}: FALSE ${trap ? '(TRAP) ' : ''}${h.entity} «${h.text}» … ${ctxOf(h)}`);
    }
    if (gold.mentions.length === 0) negatives.push(`${name}: ${highlights.length} highlights`);
  }

  const fmt = (x: number) => x.toFixed(3);
  console.log('lang    P      R      F1     TP   FP  FN  gold  trap-hits product-hits');
  const total = { tp: 0, fp: 0, fn: 0, gold: 0, traps: 0, prod: 0 };
  for (const lang of ['ar', 'en', 'mixed']) {
    const s = stat(lang);
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
    const p = s.tp / Math.max(1, s.tp + s.fp);
    const r = s.tp / Math.max(1, s.tp + s.fn);
    console.log(
      `${lang.padEnd(7)} ${fmt(p)}  ${fmt(r)}  ${fmt((2 * p * r) / Math.max(1e-9, p + r))}  ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${String(s.gold).padStart(4)}  ${String(s.traps).padStart(9)} ${String(s.prod).padStart(12)}`,
    );
  }
  {
    const s = total;
    const p = s.tp / Math.max(1, s.tp + s.fp);
    const r = s.tp / Math.max(1, s.tp + s.fn);
    console.log(
      `${'all'.padEnd(7)} ${fmt(p)}  ${fmt(r)}  ${fmt((2 * p * r) / (p + r))}  ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${String(s.gold).padStart(4)}  ${String(s.traps).padStart(9)} ${String(s.prod).padStart(12)}`,
    );
  }
  console.log(`negative pages: ${negatives.join('; ')}`);
  if (unlocated) console.log(`gold mentions not located in the extracted text: ${unlocated}`);
  if (!quiet && details.length) console.log(`\nmisses and false hits:\n${details.join('\n')}`);
}

main();
