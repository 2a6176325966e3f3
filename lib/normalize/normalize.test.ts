import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap } from './normalize';
import { ARABIC, CJK, DIGIT, LATIN, NONWORD, scriptOf } from './script';

describe('normalize: Arabic', () => {
  it.each([
    ['alef variants', 'أإآٱ', 'اااا'],
    ['alef maqsura → yeh', 'على', 'علي'],
    ['teh marbuta → heh', 'خزنة', 'خزنه'],
    ['hamza carriers', 'مؤسسة هيئة', 'موسسه هييه'],
    ['tashkeel removed', 'عَلِيّ بَابَا', 'علي بابا'],
    ['superscript alef removed', 'هٰذا', 'هذا'],
    ['tatweel removed', 'عـلي بـابـا', 'علي بابا'],
    ['Persian yeh/keheh/veh/gaf', 'هواوی کلاود ڤيديو گوگل', 'هواوي كلاود فيديو كوكل'],
    ['Arabic-Indic digits', 'جي ٤٢', 'جي 42'],
    ['Eastern Arabic-Indic digits', 'جي ۴۲', 'جي 42'],
    ['presentation forms (NFKC)', 'ﻋﻠﻲ ﺑﺎﺑﺎ', 'علي بابا'],
    ['lam-alef ligature expands', 'ﻻ', 'لا'],
    ['ZWNJ/ZWJ/RLM/LRM/ALM removed', 'مون\u200cشوت\u200d \u200fهواوي\u200e\u061c', 'مونشوت هواوي'],
    ['Arabic punctuation', 'أ، ب؛ ج؟', 'ا, ب; ج?'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('normalize: Latin and common', () => {
  it.each([
    ['case fold', 'ALIBABA Cloud', 'alibaba cloud'],
    ['diacritics stripped', 'Café Société İstanbul', 'cafe societe istanbul'],
    ['apostrophes unified', 'Nvidia’s Alibaba‘s ʼx', "nvidia's alibaba's 'x"],
    ['dashes unified', 'High‐Flyer – Alibaba—backed −1', 'high-flyer - alibaba-backed -1'],
    ['soft hyphen removed', 'Ali\u00adbaba', 'alibaba'],
    ['zero-width space removed', 'Ali\u200bbaba', 'alibaba'],
    ['whitespace runs and line breaks', 'Alibaba \n\t\u00a0 Cloud\u2009x', 'alibaba cloud x'],
    ['full-width forms', 'ＡＷＳ', 'aws'],
    ['quotes', '“Alibaba”', '"alibaba"'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('script classes', () => {
  it('classifies folded characters', () => {
    expect(scriptOf('a'.charCodeAt(0))).toBe(LATIN);
    expect(scriptOf('ب'.charCodeAt(0))).toBe(ARABIC);
    expect(scriptOf('4'.charCodeAt(0))).toBe(DIGIT);
    expect(scriptOf('阿'.charCodeAt(0))).toBe(CJK);
    expect(scriptOf('-'.charCodeAt(0))).toBe(NONWORD);
    expect(scriptOf(' '.charCodeAt(0))).toBe(NONWORD);
  });
});

// Deterministic PRNG for the property tests.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'علي',
  ' ',
  'بابا',
  'ـ',
  '\u064e',
  '\u0650',
  '\u0651',
  'أ',
  'إ',
  'ى',
  'ة',
  'ی',
  'ک',
  '٤',
  '۲',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u00ad',
  '\u200b',
  'Alibaba',
  'É',
  'e\u0301',
  '’',
  '—',
  '\n',
  '\u00a0',
  '  ',
  'ﻻ',
  'ﺑ',
  'x',
  'Z',
  '.',
  ',',
  '阿里',
  '🙂',
];

function randomText(r: () => number, len: number): string {
  let t = '';
  while (t.length < len) t += PIECES[Math.floor(r() * PIECES.length)];
  return t;
}

describe('offset map round trips', () => {
  it('maps every normalized span back to original text that normalizes to the same span', () => {
    const r = rng(42);
    for (let trial = 0; trial < 300; trial++) {
      const input = randomText(r, 1 + Math.floor(r() * 60));
      const { text, starts, ends } = normalizeWithMap(input);
      expect(starts.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) {
        expect(starts[i]).toBeLessThan(ends[i]!);
        if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
        expect(ends[i]).toBeLessThanOrEqual(input.length);
      }
      for (let k = 0; k < 20 && text.length > 0; k++) {
        let s = Math.floor(r() * text.length);
        let e = s + 1 + Math.floor(r() * (text.length - s));
        while (s < e && text[s] === ' ') s++;
        while (e > s && text[e - 1] === ' ') e--;
        if (s >= e) continue;
        // a span that splits a ligature expansion (ﻻ → لا) cannot map back to part of a character
        if ((s > 0 && starts[s] === starts[s - 1]) || (e < text.length && ends[e] === ends[e - 1])) continue;
        const original = input.slice(starts[s], ends[e - 1]);
        expect(normalizeWithMap(original).text).toBe(text.slice(s, e));
      }
    }
  });

  it('drops only removable characters', () => {
    const r = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const input = randomText(r, 40);
      const { starts, ends } = normalizeWithMap(input);
      const covered = new Uint8Array(input.length);
      for (let i = 0; i < starts.length; i++) for (let j = starts[i]; j! < ends[i]!; j!++) covered[j!] = 1;
      for (let j = 0; j < input.length; j++) {
        if (covered[j]) continue;
        const ch = input[j];
        // an uncovered character must be removable or whitespace merged into a previous run
        const code = ch!.charCodeAt(0);
        const removable =
          (code >= 0x064b && code <= 0x065f) ||
          code === 0x0670 ||
          code === 0x0640 ||
          (code >= 0x200b && code <= 0x200f) ||
          code === 0x061c ||
          code === 0x00ad ||
          (code >= 0x0300 && code <= 0x036f) ||
          /\s/.test(ch!);
        expect(removable).toBe(true);
      }
    }
  });
});
