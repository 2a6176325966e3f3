import { FOLD_EXPAND, FOLD_REMOVE } from './fold-values';

/**
 * The rules of the fold (see the pipeline description in normalize.ts) and their computation.
 * Build time only: the runtime reads the computed tables (tables.ts).
 */

const expansions = new Map<number, string>();

const REMOVED_RANGES: [number, number][] = [
  [0x0300, 0x036f],
  [0x0610, 0x061a],
  [0x061c, 0x061c],
  [0x0640, 0x0640],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff],
];

const SINGLE: Record<number, number> = {
  0x0623: 0x0627,
  0x0625: 0x0627,
  0x0622: 0x0627,
  0x0671: 0x0627,
  0x0672: 0x0627,
  0x0673: 0x0627,
  0x0649: 0x064a,
  0x0629: 0x0647,
  0x0624: 0x0648,
  0x0626: 0x064a,
  0x06cc: 0x064a,
  0x06d0: 0x064a,
  0x06d2: 0x064a,
  0x06d3: 0x064a,
  0x06a9: 0x0643,
  0x06aa: 0x0643,
  0x06af: 0x0643,
  0x06a4: 0x0641,
  0x06a5: 0x0641,
  0x06c1: 0x0647,
  0x06c0: 0x0647,
  0x06d5: 0x0647,
  0x0679: 0x062a,
  0x060c: 0x2c,
  0x061b: 0x3b,
  0x061f: 0x3f,
  0x066a: 0x25,
  0x066b: 0x2e,
  0x066c: 0x2c,
  0x2019: 0x27,
  0x2018: 0x27,
  0x02bc: 0x27,
  0x02bb: 0x27,
  0x2032: 0x27,
  0x60: 0x27,
  0xb4: 0x27,
  0x201b: 0x27,
  0x2010: 0x2d,
  0x2011: 0x2d,
  0x2012: 0x2d,
  0x2013: 0x2d,
  0x2014: 0x2d,
  0x2015: 0x2d,
  0x2212: 0x2d,
  0xfe58: 0x2d,
  0xfe63: 0x2d,
  0xff0d: 0x2d,
  0x201c: 0x22,
  0x201d: 0x22,
  0x201e: 0x22,
  0x2033: 0x22,
  0xf8: 0x6f,
  0xd8: 0x6f,
  0x142: 0x6c,
  0x141: 0x6c,
  0x111: 0x64,
  0x110: 0x64,
  0x131: 0x69,
};

const WS = /\s/;

function computeFold(c: number, table: Uint16Array): number {
  for (const [a, b] of REMOVED_RANGES) if (c >= a && c <= b) return FOLD_REMOVE;
  const single = SINGLE[c];
  if (single !== undefined) return single;
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + (c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + (c - 0x06f0);
  const ch = String.fromCharCode(c);
  if (WS.test(ch) || c === 0x2028 || c === 0x2029) return 0x20;
  if (
    (c >= 0xfb00 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefe) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2000 && c <= 0x206f && c !== 0x2010)
  ) {
    const k = ch.normalize('NFKC');
    if (k !== ch) {
      let out = '';
      for (let i = 0; i < k.length; i++) {
        const kc = k.charCodeAt(i);
        const f = kc < 0x10000 && kc !== c ? foldOne(kc, table) : kc;
        if (f === FOLD_REMOVE) continue;
        if (f === FOLD_EXPAND) out += expansions.get(kc) ?? '';
        else out += String.fromCharCode(f);
      }
      if (out.length === 1) return out.charCodeAt(0);
      if (out.length === 0) return FOLD_REMOVE;
      expansions.set(c, out);
      return FOLD_EXPAND;
    }
  }
  if (c < 0x0600 || (c >= 0x1e00 && c <= 0x1fff)) {
    const d = ch.normalize('NFD');
    let base = d.charCodeAt(0);
    if (d.length > 1 && base !== c) {
      const f = foldOne(base, table);
      if (f !== FOLD_EXPAND && f !== FOLD_REMOVE) base = f;
      return base;
    }
    const lower = ch.toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
    return c;
  }
  return c;
}

function foldOne(c: number, table: Uint16Array): number {
  // table slot 1 is the "not computed yet" sentinel for c !== 1 during the build
  return computeFold(c, table);
}

/**
 * Computes the fold table from the rules above and the JavaScript engine's Unicode data (NFKC,
 * NFD, case mapping). Build time only: `npm run data` stores the result in
 * data/generated/text-tables.json, so every browser folds exactly as the compiler did.
 */
export function computeFoldTable(): { table: Uint16Array; expansions: Map<number, string> } {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const ranges: [number, number][] = [
    [0x0000, 0x058f],
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x08a0, 0x08ff],
    [0x1e00, 0x1fff],
    [0x2000, 0x206f],
    [0x2100, 0x214f],
    [0x2212, 0x2212],
    [0x3000, 0x3000],
    [0xfb00, 0xfdff],
    [0xfe00, 0xfe0f],
    [0xfe50, 0xfeff],
    [0xff00, 0xffef],
  ];
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) t[c] = computeFold(c, t);
  // The fold is idempotent: fold(fold(c)) === fold(c) for single-character results.
  for (let c = 0; c < 0x10000; c++) {
    const f = t[c];
    if (f !== FOLD_REMOVE && f !== FOLD_EXPAND && f !== c) {
      const g = t[f!];
      if (g !== f && g !== FOLD_EXPAND) t[c] = g!;
    }
  }
  return { table: t, expansions };
}
