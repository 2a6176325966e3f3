import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/seeded-random';
import type { NamesSource, RecognitionEntity } from '../data/names-source';
import { verifyArtifact } from '../data/artifact';
import { normalizeWithMap, normalize } from '../normalize/normalize';
import { ARABIC, CJK, DIGIT, NONWORD, scriptOf } from '../normalize/script';
import { buildMatcher, withPrefilter, withoutLeadingArticle } from './build';
import {
  CONTEXT_REACH,
  K_AMBIG,
  K_EXCLUDE,
  K_NAME,
  MATCHER_FORMAT_VERSION,
  OUT_SHIFT,
  WINDOW,
} from './types';
import { endOutput, firstOutput } from './node-outputs';
import { loadMatcher, loadMatcherSteps, type Matcher } from './index';
import { CLITICS, isStartScript, Scanner, type BlockHits } from './scan';
import { arabicVariants } from './variants';

function entity(
  id: string,
  p: Partial<Omit<RecognitionEntity, 'id'>> & { en?: string[]; ar?: string[]; zh?: string[] },
): RecognitionEntity {
  return {
    id,
    names: { en: p.en ?? [], ar: p.ar ?? [], zh: p.zh ?? [] },
    ambiguous: p.ambiguous ?? [],
    contextWords: p.contextWords ?? { en: [], ar: [] },
    excludeContext: p.excludeContext ?? { en: [], ar: [] },
  };
}

function readSource(path: string, kind: string): NamesSource {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return json.header ? verifyArtifact<NamesSource>(json, kind, json.header.formatVersion) : json;
}

const real = readSource('data/generated/names-source.json', 'names-source');
const matcher: Matcher = loadMatcher(buildMatcher(real), { allowBare: true });

const found = (text: string, m: Matcher = matcher) =>
  m.findMentions(text).map((x) => [x.entityId, text.slice(x.start, x.end)]);

describe('recognition: Arabic', () => {
  it.each<[string, string, [string, string][]]>([
    ['clitic و excluded', 'وعلي بابا تقود الجولة', [['alibaba-group', 'علي بابا']]],
    ['clitic ب', 'تعمل بمايكروسوفت أزور', [['microsoft-azure', 'مايكروسوفت أزور']]],
    ['clitic ل', 'باعت رقائق لهواوي', [['huawei', 'هواوي']]],
    ['longest name wins', 'خوادم علي بابا كلاود الجديدة', [['alibaba-cloud', 'علي بابا كلاود']]],
    ['tashkeel inside', 'قادت عَلِي بَابَا الجولة', [['alibaba-group', 'عَلِي بَابَا']]],
    ['tatweel inside', 'عـلي بـابـا كلاود', [['alibaba-cloud', 'عـلي بـابـا كلاود']]],
    ['Persian yeh', 'شركة هواوی الصينية', [['huawei', 'هواوی']]],
    ['Arabic-Indic digits', 'شركة جي ٤٢ الإماراتية', [['g42', 'جي ٤٢']]],
    [
      'optional space',
      'شركة جي42 ومينيماكس',
      [
        ['g42', 'جي42'],
        ['minimax', 'مينيماكس'],
      ],
    ],
    [
      'g letters',
      'بحث غوغل وجوجل',
      [
        ['alphabet', 'غوغل'],
        ['alphabet', 'جوجل'],
      ],
    ],
    ['long vowel dropped', 'استثمرت تنسنت', [['tencent', 'تنسنت']]],
    ['not inside a longer word', 'هواويات علي بابات', []],
    ['the Pope is not Alibaba', 'زار البابا الفاتيكان وقال بابا نويل', []],
    ['folk tale excluded', 'حكاية علي بابا والأربعين حرامي', []],
    [
      'chatbot named after its company',
      'أطلقت هيوماين روبوت «هيوماين تشات» وتطبيق هيوماين شات',
      [['humain', 'هيوماين']],
    ],
    ['article + ambiguous form', 'غابات الأمازون تحترق', []],
    [
      'Latin name in Arabic',
      'أعلنت شركة Nvidia وشركة SMIC',
      [
        ['nvidia', 'Nvidia'],
        ['smic', 'SMIC'],
      ],
    ],
    ['clitic then tatweel', 'فـنفيديا خسرت', [['nvidia', 'نفيديا']]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('recognition: English', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'possessive',
      "Alibaba's cloud and Nvidia’s chips",
      [
        ['alibaba-group', 'Alibaba'],
        ['nvidia', 'Nvidia'],
      ],
    ],
    [
      'hyphenated compounds',
      'an Alibaba-backed, Alibaba Cloud-led round',
      [
        ['alibaba-group', 'Alibaba'],
        ['alibaba-cloud', 'Alibaba Cloud'],
      ],
    ],
    ['upper case', 'ALIBABA shares rose', [['alibaba-group', 'ALIBABA']]],
    ['lower-case common words', 'intel on apple pie, a meta-analysis of microns', []],
    [
      'Intel capitalized',
      'Intel and AMD',
      [
        ['intel', 'Intel'],
        ['amd', 'AMD'],
      ],
    ],
    ['split by line break', 'Alibaba\nCloud', [['alibaba-cloud', 'Alibaba\nCloud']]],
    ['soft hyphen inside', 'Ali\u00adbaba', [['alibaba-group', 'Ali\u00adbaba']]],
    ['footnote digit', 'Cambricon1 jumped', [['cambricon', 'Cambricon']]],
    ['product model code', 'DeepSeek-R1 is a model by DeepSeek', [['deepseek', 'DeepSeek']]],
    ['chatbot named after its company', 'Humain Chat, the chatbot of Humain', [['humain', 'Humain']]],
    ['the word chat is not a product name', 'Humain chat logs leaked', [['humain', 'Humain']]],
    ['ambiguous with context', 'Apple unveiled the iPhone', [['apple', 'Apple']]],
    ['ambiguous without evidence', 'Apple harvest starts early in the valley', []],
    ['Amazon rainforest', 'fires in the Amazon rainforest', []],
    ['Chinese name', '阿里云发布', [['alibaba-cloud', '阿里云']]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('leading article', () => {
  it('a recorded name beginning with "The" is matched without it; a one-word remainder keeps it', () => {
    expect(withoutLeadingArticle('the blackstone group')).toBe('blackstone group');
    expect(withoutLeadingArticle('the information')).toBe('the information');
    expect(found('Shares of The Blackstone Group rose.')).toEqual([['blackstone', 'Blackstone Group']]);
  });
});

describe('document API', () => {
  it('confirms an ambiguous form by an unambiguous mention elsewhere (one sense per discourse)', () => {
    const doc = matcher.createDocument();
    doc.setBlock(1, 'The board of Oracle met on Monday.');
    expect(doc.resolve().get(1)).toEqual([]);
    doc.setBlock(2, 'Oracle Corporation said it would expand.');
    const r = doc.resolve();
    expect(r.get(1)!.map((m) => [m.entityId, m.confirmedBy])).toEqual([['oracle', 'discourse']]);
    doc.removeBlock(2);
    expect(doc.resolve().get(1)).toEqual([]);
    expect(doc.resolve().has(2)).toBe(false);
  });

  it('Arabic ambiguous forms need the same word confirmed', () => {
    const doc = matcher.createDocument();
    doc.setBlock(1, 'تتولى خزنة داتا سنترز البناء.');
    doc.setBlock(2, 'وتملك حصة في خزنة منذ عامين.');
    doc.setBlock(3, 'سرق اللصوص خزنة حديدية.');
    const r = doc.resolve();
    expect(r.get(2)!.map((m) => m.entityId)).toEqual(['khazna']);
    expect(r.get(3)).toEqual([]);
  });

  it('honours excluded terms after normalization', () => {
    const doc = matcher.createDocument({ excludedTerms: ['HUAWEI', 'هواوى'] });
    doc.setBlock(0, 'Huawei and هواوي and Nvidia');
    expect(
      doc
        .resolve()
        .get(0)!
        .map((m) => m.entityId),
    ).toEqual(['nvidia']);
  });

  it('uses the compiled prefilter and class table exactly as it would compute them', () => {
    const payload = buildMatcher(real);
    const computed = new Scanner(payload);
    const compiled = withPrefilter(payload);
    expect(compiled.classRuns).toBeDefined();
    const shipped = new Scanner(compiled);
    const { derived, ...dfa } = shipped.tokenDfa;
    expect(dfa).toEqual(computed.tokenDfa);
    // The accept filter and the deferrable lists' tables, shipped with it, as the tab would derive them.
    expect(derived).toEqual(computed.derivedTables());
    // Every code unit's class, decoded from the runs, as the fold and script tables give it.
    expect(shipped.cls).toEqual(computed.cls);
    // Which nodes have outputs, shipped in place of the output node list.
    expect(compiled.outputTables).toBeDefined();
    expect(compiled.outNodes).toBe('');
    expect(shipped.outs).toEqual(computed.outs);
    const text = 'وقادت مجموعة علي بابا جولة في مون شوت، and Nvidia’s H20 sales to Tencent-backed labs.';
    expect(shipped.scan(text)).toEqual(computed.scan(text));
  });

  it('loads in steps to the same matcher as in one go', () => {
    const payload = withPrefilter(buildMatcher(real));
    const steps = loadMatcherSteps(payload);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3);
    const text =
      'قادت مجموعة علي بابا جولة في مون شوت، and Apple’s iPhone team met Nvidia and Tencent-backed labs.';
    const whole = loadMatcher(payload, { allowBare: true });
    expect(r.value.scan(text)).toEqual(whole.scan(text));
    expect(r.value.findMentions(text)).toEqual(whole.findMentions(text));
    expect(r.value.findMentions(text).length).toBeGreaterThan(4);
  });

  it('rejects a tampered artifact', () => {
    const payload = buildMatcher(real);
    const artifact = {
      header: {
        notice: 'x',
        kind: 'matcher',
        formatVersion: MATCHER_FORMAT_VERSION,
        snapshotDates: {},
        checksum: '00000000',
      },
      payload,
    };
    expect(() => loadMatcher(artifact)).toThrow(/checksum/);
  });
});

describe('variants', () => {
  it('generates space, g-letter and long-vowel variants', () => {
    const v = arabicVariants(normalize('ميني ماكس'));
    expect(v).toContain('مينيماكس');
    expect(arabicVariants(normalize('جوجل'))).toContain('غوغل');
    expect(arabicVariants(normalize('تينسنت'))).toContain('تنسنت');
  });

  it('no context word in the dataset removes a generated variant of a name', () => {
    // A context word is matched at the same trie node as a variant with the same letters, and the
    // compiler then leaves the variant out (it may be an ordinary word): G42's «جي42» was lost
    // this way to another record's context word written without the space.
    const shadowed: { variant: string; entity: string }[] = [];
    buildMatcher(real, { variantsShadowedByContextOut: shadowed });
    expect(shadowed).toEqual([]);
  });

  it('keeps context words only for entities with an ambiguous form (nothing else reads them)', () => {
    const src: NamesSource = {
      version: 1,
      entities: [
        entity('plain', { en: ['Nvidia'], contextWords: { en: ['GPU'], ar: [] } }),
        entity('amb', { ambiguous: ['Arm'], contextWords: { en: ['chip designer'], ar: [] } }),
      ],
    };
    const payload = buildMatcher(src);
    expect(payload.stats.contextWords).toBe(1);
    const m = loadMatcher(payload, { allowBare: true });
    expect(m.scan('GPU maker').ctx.length).toBe(0);
    expect(m.scan('the chip designer Arm').ctx.length).toBe(3);
  });

  it('reports a variant shadowed by a context word', () => {
    const shadowed: { variant: string; entity: string }[] = [];
    const src: NamesSource = {
      version: 1,
      entities: [
        entity('g', { ar: ['جي 42'] }),
        entity('i', { ambiguous: ['إنسيبشن'], contextWords: { en: [], ar: ['جي42'] } }),
      ],
    };
    buildMatcher(src, { variantsShadowedByContextOut: shadowed });
    expect(shadowed).toEqual([{ variant: 'جي42', entity: 'g' }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property test: the engine against a naive reference matcher (string comparisons on the
// normalized text) on random text.

const small: NamesSource = {
  version: 1,
  entities: [
    entity('a', {
      en: ['Alibaba', 'Alibaba Cloud', 'e&', 'G42'],
      ar: ['علي بابا', 'علي بابا كلاود', 'جي 42'],
    }),
    entity('b', { en: ['Cloud Nine', 'Baba'], ar: ['بابا نويل', 'الشركة الدولية'], zh: ['阿里云'] }),
    entity('c', { ambiguous: ['Ali'], contextWords: { en: ['cloud'], ar: ['كلاود', 'شركة'] } }),
  ],
};

interface Cand {
  start: number;
  end: number;
}

function naiveCandidates(text: string, patterns: string[]): Cand[] {
  const { text: t, starts, ends } = normalizeWithMap(text);
  const n = t.length;
  const sc = (i: number) => scriptOf(t.charCodeAt(i));
  const endOk = (e: number) => {
    if (e >= n) return true;
    const last = sc(e - 1);
    if (last === NONWORD || last === CJK) return true;
    const s = sc(e);
    if (s === NONWORD || s === CJK) return true;
    if (s === last) return false;
    return last !== DIGIT;
  };
  const longestAt = (p: number) => {
    let best = -1;
    for (const pat of patterns)
      if (t.startsWith(pat, p) && endOk(p + pat.length)) best = Math.max(best, p + pat.length);
    return best;
  };
  const out: Cand[] = [];
  let lastEnd = 0;
  for (let p = 0; p < n; p++) {
    const prev = p === 0 ? NONWORD : sc(p - 1);
    if (!isStartScript(prev, sc(p))) continue;
    let bStart = p;
    let bEnd = longestAt(p);
    if (sc(p) === ARABIC) {
      for (const { s } of [...CLITICS].sort((a, b) => a.s.length - b.s.length)) {
        const q = p + s.length;
        if (!t.startsWith(s, p) || q >= n || sc(q) !== ARABIC) continue;
        const e = longestAt(q);
        if (e > bEnd) {
          bEnd = e;
          bStart = q;
        }
      }
    }
    if (bEnd < 0) continue;
    const os = starts[bStart];
    if (os! < lastEnd) continue;
    lastEnd = ends[bEnd - 1]!;
    out.push({ start: os!, end: ends[bEnd - 1]! });
  }
  return out;
}

const PIECES = [
  'Alibaba',
  'Cloud',
  'Nine',
  'Baba',
  'Ali',
  'e&',
  'G42',
  'g',
  '42',
  'ALIBABA',
  'alibaba',
  "'s",
  '-',
  ' ',
  ' ',
  '  ',
  '\n',
  'علي',
  'بابا',
  'كلاود',
  'نويل',
  'جي',
  '٤٢',
  'و',
  'ب',
  'ال',
  'لل',
  'ف',
  'ـ',
  '\u064e',
  'ى',
  'ة',
  'الشركة',
  'الدولية',
  'شركة',
  'x',
  'ab',
  '.',
  ',',
  '«',
  '»',
  '\u200c',
  '\u00ad',
  '阿里云',
  '阿',
  'Ε',
  '1',
];

describe('property: engine = naive reference on random text', () => {
  it('finds the same leftmost-longest candidates', () => {
    const payload = buildMatcher(small, { variants: false });
    const scanner = new Scanner(payload);
    const patterns = [
      ...small.entities.flatMap((e) => [...e.names.en, ...e.names.ar, ...e.names.zh, ...e.ambiguous]),
    ].map(normalize);
    const r = seededRandom(1234);
    for (let trial = 0; trial < 1500; trial++) {
      let text = '';
      const len = 1 + Math.floor(r() * 25);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(r() * PIECES.length)];
      const fast = scanner.scan(text);
      const got: Cand[] = [];
      for (let c = 0; c < fast.cands.length; c += 4)
        got.push({ start: fast.cands[c]!, end: fast.cands[c + 1]! });
      expect(got, JSON.stringify(text)).toEqual(naiveCandidates(text, patterns));
      const complete = scanner.scanComplete(text);
      expect(scanner.scanReference(text), JSON.stringify(text)).toEqual(complete);
      expectContextWhereWeighed(scanner, text, fast, complete);
      // A candidate's node spells the normalized text it was read from (mentions report it as `form`).
      for (let c = 0; c < fast.cands.length; c += 4)
        expect(scanner.formOf(fast.cands[c + 2]!), JSON.stringify(text)).toBe(
          normalize(text.slice(fast.cands[c]!, fast.cands[c + 1]!)),
        );
    }
  });

  it('fast token-filter loop = reference loop with the real tables', () => {
    const scanner = new Scanner(buildMatcher(real));
    const r = seededRandom(99);
    const words = real.entities.flatMap((e) => [
      ...e.names.en,
      ...e.names.ar,
      ...e.ambiguous,
      ...e.contextWords.ar,
      ...e.contextWords.en,
    ]);
    const glue = [' ', ' و', ' ال', ' بـ', '، ', '-', "'s ", '\n', ' the ', ' في ', '\u200c', 'x'];
    let fewer = 0;
    let weighed = 0;
    for (let trial = 0; trial < 400; trial++) {
      let text = '';
      for (let i = 0; i < 12; i++)
        text +=
          (r() < 0.5 ? words[Math.floor(r() * words.length)] : '')! + glue[Math.floor(r() * glue.length)]!;
      const hits = scanner.scan(text);
      const complete = scanner.scanComplete(text);
      expect(complete, JSON.stringify(text)).toEqual(scanner.scanReference(text));
      weighed += expectContextWhereWeighed(scanner, text, hits, complete);
      if (hits.ctx.length < complete.ctx.length) fewer++;
      // The document path's view: the same result, in the scanner's buffers.
      const view = scanner.scanView(text);
      expect(view.cands.slice(0, view.candLen)).toEqual(hits.cands);
      expect(view.ctx.slice(0, view.ctxLen), JSON.stringify(text)).toEqual(hits.ctx);
      for (let c = 0; c < hits.cands.length; c += 4)
        expect(scanner.formOf(hits.cands[c + 2]!), JSON.stringify(text)).toBe(
          normalize(text.slice(hits.cands[c]!, hits.cands[c + 1]!)),
        );
    }
    // Both sides are exercised: words left unwalked, and hits that a candidate weighs; and both
    // kinds of deferred lists exist (walks that reach only context words; members that emit only
    // context words where the filter finds no walk going on).
    expect(fewer).toBeGreaterThan(100);
    expect(weighed).toBeGreaterThan(50);
    const { deferKind } = scanner.derivedTables();
    expect(deferKind.includes(1) && deferKind.includes(2)).toBe(true);
  });
});

/**
 * scan's result (hits) is scanComplete's (complete), less hits that no candidate weighs: the same candidates, and
 * of the context and exclude hits, every one that resolve.ts reads — a word of an entity of a
 * candidate that weighs such words (an ambiguous form, or a name of an entity with exclude words),
 * starting from CONTEXT_REACH before that candidate to WINDOW after it. No hit twice, none that
 * the complete scan lacks, in start order. Returns how many weighed hits there were.
 */
function expectContextWhereWeighed(
  scanner: Scanner,
  text: string,
  hits: BlockHits,
  complete: BlockHits,
): number {
  expect(hits.cands, JSON.stringify(text)).toEqual(complete.cands);
  const { outs, outData } = scanner;
  const outputs = (node: number) => {
    const out: number[] = [];
    for (let o = firstOutput(outs, node); o < endOutput(outs, node); o++) out.push(outData[o]!);
    return out;
  };
  const withExclude = new Set(
    Array.from(outData)
      .filter((e) => (e & 3) === K_EXCLUDE)
      .map((e) => e >>> OUT_SHIFT),
  );
  const stretches: { from: number; to: number; entities: Set<number> }[] = [];
  for (let c = 0; c < complete.cands.length; c += 4) {
    const entities = new Set(
      outputs(complete.cands[c + 2]!)
        .filter((e) => (e & 3) === K_AMBIG || ((e & 3) === K_NAME && withExclude.has(e >>> OUT_SHIFT)))
        .map((e) => e >>> OUT_SHIFT),
    );
    if (entities.size > 0)
      stretches.push({
        from: complete.cands[c]! - CONTEXT_REACH,
        to: complete.cands[c + 1]! + WINDOW,
        entities,
      });
  }
  const triples = (ctx: Int32Array) => {
    const out: string[] = [];
    for (let h = 0; h < ctx.length; h += 3) out.push(`${ctx[h]},${ctx[h + 1]},${ctx[h + 2]}`);
    return out;
  };
  const got = triples(hits.ctx);
  expect(new Set(got).size).toBe(got.length);
  for (let h = 3; h < hits.ctx.length; h += 3) expect(hits.ctx[h]!).toBeGreaterThanOrEqual(hits.ctx[h - 3]!);
  const all = new Set(triples(complete.ctx));
  expect(
    got.every((t) => all.has(t)),
    JSON.stringify(text),
  ).toBe(true);
  const have = new Set(got);
  let weighed = 0;
  for (let h = 0; h < complete.ctx.length; h += 3) {
    const start = complete.ctx[h]!;
    const node = complete.ctx[h + 2]!;
    const entities = outputs(node)
      .filter((e) => (e & 3) >= 2)
      .map((e) => e >>> OUT_SHIFT);
    const read = stretches.some(
      (s) => start >= s.from && start <= s.to && entities.some((e) => s.entities.has(e)),
    );
    if (!read) continue;
    weighed++;
    expect(
      have.has(`${start},${complete.ctx[h + 1]},${node}`),
      `${JSON.stringify(text)} hit at ${start}`,
    ).toBe(true);
  }
  return weighed;
}
