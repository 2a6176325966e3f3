// The fast scan (token automaton + walks resumed from its accept lists, no class buffer) must give
// exactly what the reference loop gives (a walk at every token start), including on the rare paths:
// removed characters, ligatures that fold to several characters (ﻻ ﷲ ﬁ ﷺ), punctuation
// expansions (…), CJK, digits, script changes, runs of spaces, text edges — and with the automaton
// cut short by its state bound (then keys are accepted early and the walks go on from there).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/seeded-random';
import type { NamesSource } from '../data/names-source';
import { verifyArtifact } from '../data/artifact';
import { buildMatcher } from './build';
import { Scanner } from './scan';

const small: NamesSource = {
  version: 1,
  entities: [
    {
      id: 'a',
      names: {
        en: ['Alibaba', 'Alibaba Cloud', 'e&', 'G42', 'fin'],
        ar: ['علي بابا', 'جي 42', 'لا'],
        zh: ['阿里云'],
      },
      ambiguous: ['Ali'],
      contextWords: { en: ['cloud'], ar: ['شركة', 'الله'] },
      excludeContext: { en: [], ar: ['بابا نويل'] },
    },
  ],
};

const PIECES = [
  'Alibaba',
  'Cloud',
  'Ali',
  'baba',
  'e&',
  'G42',
  'fin',
  'ﬁn',
  'ﬁ',
  'x',
  '42',
  '٤٢',
  '1',
  'علي',
  'بابا',
  'جي',
  'شركة',
  'نويل',
  'لا',
  'ﻻ',
  'ﻵ',
  'ﷲ',
  'ﷺ',
  'و',
  'ب',
  'ال',
  'لل',
  'ف',
  'ـ',
  '\u064e',
  '\u200c',
  '\u00ad',
  '\u200f',
  ' ',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '.',
  ',',
  '…',
  '-',
  "'s",
  '«',
  '»',
  '&',
  '阿里云',
  '阿',
  '云',
  'Ε',
  'Ω',
];

function randomText(r: () => number, pieces: string[], len: number): string {
  let text = '';
  for (let i = 0; i < len; i++) text += pieces[Math.floor(r() * pieces.length)];
  return text;
}

function readSource(path: string, kind: string): NamesSource {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return json.header ? verifyArtifact<NamesSource>(json, kind, json.header.formatVersion) : json;
}

describe('fast loop = reference loop', () => {
  it('on random text with every rare path (small tables)', () => {
    const scanner = new Scanner(buildMatcher(small, { variants: false }));
    const r = seededRandom(7);
    for (let trial = 0; trial < 3000; trial++) {
      const text = randomText(r, PIECES, 1 + Math.floor(r() * 30));
      expect(scanner.scanComplete(text), JSON.stringify(text)).toEqual(scanner.scanReference(text));
    }
  });

  it('on long texts, with several scanners alive and repeated scans (state is reset)', () => {
    const real = readSource('data/generated/names-source.json', 'names-source');
    const a = new Scanner(buildMatcher(real));
    const b = new Scanner(buildMatcher(small, { variants: false }));
    const words = real.entities.flatMap((e) => [...e.names.en, ...e.names.ar, ...e.names.zh, ...e.ambiguous]);
    const r = seededRandom(42);
    const pieces = [...PIECES, ...words.slice(0, 400)];
    const texts = Array.from({ length: 20 }, () => randomText(r, pieces, 400));
    for (const text of texts) {
      const ra = a.scanComplete(text);
      const rb = b.scanComplete(text);
      expect(ra).toEqual(a.scanReference(text));
      expect(rb).toEqual(b.scanReference(text));
      expect(a.scanComplete(text)).toEqual(ra);
    }
    // One long text: the loop runs across many hits and special characters.
    const long = texts.join(' ');
    expect(a.scanComplete(long)).toEqual(a.scanReference(long));
    expect(b.scanComplete(long)).toEqual(b.scanReference(long));
    // The dense table holds the rows of the states these scans entered, not of every state.
    const fresh = new Scanner(buildMatcher(real));
    const before = fresh.dfaRowsInUse();
    fresh.scan(long);
    expect(fresh.dfaRowsInUse()).toBeGreaterThan(before);
    expect(fresh.dfaRowsInUse()).toBeLessThan(fresh.dfaStates / 2);
  });

  it('with the automaton cut at a few states (keys accepted early)', () => {
    const r = seededRandom(11);
    for (const maxStates of [9, 10, 12, 16, 24, 40]) {
      const scanner = new Scanner(buildMatcher(small, { variants: false }), { maxStates });
      expect(scanner.dfaStates).toBeLessThanOrEqual(maxStates);
      for (let trial = 0; trial < 800; trial++) {
        const text = randomText(r, PIECES, 1 + Math.floor(r() * 30));
        expect(scanner.scanComplete(text), `${maxStates} ${JSON.stringify(text)}`).toEqual(
          scanner.scanReference(text),
        );
      }
    }
    const real = readSource('data/generated/names-source.json', 'names-source');
    const words = real.entities.flatMap((e) => [
      ...e.names.en,
      ...e.names.ar,
      ...e.ambiguous,
      ...e.contextWords.en,
      ...e.contextWords.ar,
    ]);
    const pieces = [...PIECES, ...words, ' و', 'ال', 'بال', 'لل', 'وال'];
    for (const maxStates of [60, 400]) {
      const scanner = new Scanner(buildMatcher(real), { maxStates, acceptFilter: maxStates === 400 });
      for (let trial = 0; trial < 40; trial++) {
        const text = randomText(r, pieces, 200);
        expect(scanner.scanComplete(text)).toEqual(scanner.scanReference(text));
      }
    }
  });

  it('when the accept filter skips the walks of common first tokens', () => {
    // Names that begin with everyday words: "new ", "the ", "first " are keys the automaton
    // accepts everywhere in running text; the filter must skip the walks that cannot go on and
    // keep every match.
    // A context word that begins a longer one ("bank", "bank account"): after "bank" the filter
    // proves most walks dead and keeps only the word's own hit (EMIT_ONLY).
    const names = ['New Alpha Holdings', 'New Beta', 'The Gamma Group', 'First Delta Bank', 'First Delta'];
    const source: NamesSource = {
      version: 1,
      entities: names.map((n, i) => ({
        id: `e${i}`,
        names: { en: [n], ar: [], zh: [] },
        // Context words are compiled for entities with an ambiguous form.
        ambiguous: i === 0 ? ['Alpha'] : [],
        contextWords: { en: i === 0 ? ['bank', 'bank account'] : [], ar: [] },
        excludeContext: { en: [], ar: [] },
      })),
    };
    const words = [
      'new',
      'the',
      'first',
      'alpha',
      'beta',
      'gamma',
      'delta',
      'holdings',
      'group',
      'bank',
      'york',
      'time',
      'betamax',
      'deltas',
    ];
    const pieces = [...words, ...names, ' ', ' ', ' ', '  ', ', ', '-', '\u00ad', 'ﬁ'];
    const r = seededRandom(5);
    for (const maxStates of [undefined, 12]) {
      const scanner = new Scanner(buildMatcher(source, { variants: false }), {
        maxStates,
        acceptFilter: true,
      });
      for (let trial = 0; trial < 1500; trial++) {
        const text = randomText(r, pieces, 1 + Math.floor(r() * 40));
        expect(scanner.scanComplete(text), JSON.stringify(text)).toEqual(scanner.scanReference(text));
      }
      expect(scanner.acceptFilter!.skipped).toBeGreaterThan(20);
      // (Cut at 12 states, the automaton accepts before "bank" is complete: no member emits.)
      if (maxStates === undefined) expect(scanner.acceptFilter!.emitOnly).toBeGreaterThan(20);
    }
    const scanner = new Scanner(buildMatcher(source, { variants: false }), { acceptFilter: true });
    const text = 'The new time: New Beta and the First Delta Bank, first in New York.';
    const found = Array.from(
      scanner.scan(text).cands.filter((_, i) => i % 4 === 0),
      (s, j) => {
        const end = scanner.scan(text).cands[j * 4 + 1]!;
        return text.slice(s, end);
      },
    );
    expect(found).toEqual(['New Beta', 'First Delta Bank']);
  });

  it('records a context hit once when a ligature follows it', () => {
    const scanner = new Scanner(buildMatcher(small, { variants: false }));
    for (const text of ['Cloudﻵ', 'شركةﻻ', 'Alibaba Cloudﬁ']) {
      const { ctx } = scanner.scanComplete(text);
      const triples = new Set<string>();
      for (let h = 0; h < ctx.length; h += 3) triples.add(`${ctx[h]},${ctx[h + 1]},${ctx[h + 2]}`);
      expect(triples.size, text).toBe(ctx.length / 3);
      expect(ctx.length, text).toBeGreaterThan(0);
      expect(scanner.scanComplete(text)).toEqual(scanner.scanReference(text));
    }
  });

  it('reports the proclitic of a name whose alphabet lacks the proclitic letters', () => {
    // و ب ا ل are not in this alphabet: they share one class, and the flags must still be the
    // reference's (cliticAccept of the proclitic automaton), not guessed from the letters.
    const src: NamesSource = {
      version: 1,
      entities: [
        {
          id: 'g',
          names: { en: [], ar: ['جي 42', 'جيج'], zh: [] },
          ambiguous: [],
          contextWords: { en: [], ar: [] },
          excludeContext: { en: [], ar: [] },
        },
      ],
    };
    const scanner = new Scanner(buildMatcher(src, { variants: false }));
    for (const pre of ['', 'و', 'ب', 'ال', 'وب', 'ول', 'لل', 'وال', 'فلل', 'بال'])
      for (const name of ['جي 42', 'جيج']) {
        const text = `x ${pre}${name} ${pre}\u064e${name}`;
        expect(scanner.scanComplete(text), JSON.stringify(text)).toEqual(scanner.scanReference(text));
      }
  });

  it('handles empty, special-only and edge texts', () => {
    const scanner = new Scanner(buildMatcher(small, { variants: false }));
    for (const text of [
      '',
      ' ',
      '\u064e',
      'ﻻ',
      'ﷲ',
      '阿里云',
      'Alibaba',
      'x\u00adAlibaba',
      'ﬁn',
      'ﬁn.',
      '…Alibaba…',
      'وﷲ',
      'G42ﻻ',
    ]) {
      expect(scanner.scanComplete(text), JSON.stringify(text)).toEqual(scanner.scanReference(text));
    }
  });
});
