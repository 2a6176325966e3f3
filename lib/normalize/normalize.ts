/**
 * Siyaq's ONE normalization pipeline — used for dictionary names at compile time, for context
 * words and user-excluded terms at load time, and (through the same fold table, compiled into the
 * matcher's class table) for page text at match time. Browser-safe, no dependencies.
 *
 * Per UTF-16 code unit (BMP; astral characters pass through unchanged):
 *  1. Presentation forms and compatibility characters (U+FB00–U+FDFF, U+FE70–U+FEFF, U+FF00–U+FFEF)
 *     → NFKC. A form that expands to several characters (ﻻ → لا, ﷲ) is an "expansion": every
 *     output character maps back to the one source character.
 *  2. Removed (no output, no effect on boundaries): tashkeel U+064B–U+065F, superscript alef U+0670,
 *     Quranic marks U+0610–U+061A and U+06D6–U+06ED, tatweel U+0640, zero-width and direction
 *     marks (ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D, LRM U+200E, RLM U+200F, ALM U+061C, word joiner
 *     U+2060, BOM U+FEFF, bidi embeddings/isolates U+202A–U+202E, U+2066–U+2069), soft hyphen
 *     U+00AD, Latin combining marks U+0300–U+036F.
 *  3. Arabic letters: alef variants أ إ آ ٱ → ا; ى → ي; ة → ه; hamza carriers ؤ → و, ئ → ي;
 *     Persian/Urdu letters ی ې ے → ي, ک → ك, گ → ك, ڤ → ف, ہ ۀ ە → ه, ٹ → ت.
 *     Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits → ASCII digits.
 *     Arabic comma/semicolon/question mark → , ; ?
 *  4. Latin (and Greek/Cyrillic): lower-case; diacritics stripped (NFD base letter: é → e,
 *     İ → i); ø → o, ł → l, đ → d.
 *  5. Apostrophes ’ ‘ ʼ ʻ ′ ` ´ → '; dashes ‐ ‑ ‒ – — ― − → -; “ ” „ ″ → ".
 *  6. Every whitespace character (incl. NBSP, thin spaces, line/paragraph separators) → one
 *     space; a run of whitespace (even interrupted by removed characters) is ONE space.
 *
 * `normalizeWithMap` returns the normalized string and, for each normalized code unit i,
 * `starts[i]`/`ends[i]`: the [start, end) of the original code units it came from. A normalized
 * span [s, e) maps back to the original [starts[s], ends[e - 1]) — removed characters inside
 * the span are covered, removed characters at its edges are not.
 */

import { FOLD_EXPAND, FOLD_REMOVE } from './fold-values';
import { getFoldTable, getExpansions } from './tables';

export { FOLD_EXPAND, FOLD_REMOVE } from './fold-values';
export { foldExpansion, getFoldTable } from './tables';

export interface NormalizedText {
  text: string;
  /** Original start offset of each normalized code unit. */
  starts: Uint32Array;
  /** Original end offset (exclusive) of each normalized code unit. */
  ends: Uint32Array;
}

/** Normalizes `input` and returns the offset map back to it. */
export function normalizeWithMap(input: string): NormalizedText {
  const t = getFoldTable();
  const n = input.length;
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const f = t[c];
    if (f === FOLD_REMOVE) continue;
    if (f === 0x20) {
      if (lastSpace) {
        ends[ends.length - 1] = i + 1;
        continue;
      }
      lastSpace = true;
      out.push(0x20);
      starts.push(i);
      ends.push(i + 1);
      continue;
    }
    lastSpace = false;
    if (f === FOLD_EXPAND) {
      const e = getExpansions().get(c) ?? '';
      for (let k = 0; k < e.length; k++) {
        const ec = e.charCodeAt(k);
        if (ec === 0x20) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        out.push(ec);
        starts.push(i);
        ends.push(i + 1);
      }
      continue;
    }
    out.push(f!);
    starts.push(i);
    ends.push(i + 1);
  }
  let text = '';
  for (let k = 0; k < out.length; k += 4096) text += String.fromCharCode(...out.slice(k, k + 4096));
  return { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** Normalized text only (dictionary names, context words, excluded terms, surfaces): trimmed. Same pipeline, no map. */
export function normalize(input: string): string {
  const t = getFoldTable();
  let out = '';
  let lastSpace = true; // also drops leading whitespace
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const f = t[c];
    if (f === FOLD_REMOVE) continue;
    if (f === 0x20) {
      if (!lastSpace) pendingSpace = true;
      lastSpace = true;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    lastSpace = false;
    if (f === FOLD_EXPAND) {
      const e = getExpansions().get(c) ?? '';
      out += e;
      if (e.endsWith(' ')) lastSpace = true;
    } else out += String.fromCharCode(f!);
  }
  return out.trim();
}

/** Maps a normalized span [s, e) back to the original text. */
export function toOriginalSpan(map: NormalizedText, s: number, e: number): [number, number] {
  return [map.starts[s]!, map.ends[e - 1]!];
}
