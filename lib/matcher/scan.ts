/**
 * The hot loop. Tables (all typed arrays, built or decoded once at load):
 *  - cls: Uint16Array(65536) code unit → class. This IS the normalization of normalize.ts
 *    (fold table) composed with the compressed alphabet, so page text needs no separate
 *    normalization pass: removed characters get class SKIP, all whitespace class SPACE, case and
 *    letter variants share a class;
 *  - script: Uint8Array(classes) class → NONWORD/LATIN/ARABIC/DIGIT/CJK;
 *  - rootNext: Int32Array(classes) dense root transitions; deeper nodes use CSR edges (edgeFirst,
 *    edgeLabel sorted per node, target of edge e = e + 1): linear scan for small fan-out, binary
 *    search otherwise;
 *  - outFirst/outData: outputs per node;
 *  - cliticNext/cliticAccept: a tiny dense automaton of the Arabic proclitic combinations.
 * No per-character object or Map lookups; the scan is a closure over local constants.
 *
 * Boundaries: a walk starts only at a token start (previous non-removed character is not a word
 * character, or is a letter of another script; every CJK position is a start) or after an
 * attached Arabic proclitic combination (و ف + ب ل ك + ال, ل+ال written لل); a name is accepted
 * only where the next non-removed character is not a word character of the same script (so
 * possessives and hyphenated compounds match, nothing matches inside a longer word; a letter
 * followed by digits is a boundary for footnote markers). Leftmost-longest: among the starts of
 * one word the longest name wins (ties: the start without clitic); a candidate overlapping the
 * previous one is dropped.
 */
import { getFoldTable, FOLD_EXPAND, FOLD_REMOVE, foldExpansion } from '../normalize/normalize';
import { getScriptTable, ARABIC, CJK, DIGIT, NONWORD } from '../normalize/script';
import { base64ToBytes, decodeU32 } from './base64';
import {
  C_ARABIC,
  C_CJK,
  C_DIGIT,
  C_EXPAND,
  C_LATIN,
  C_NONWORD,
  C_SKIP,
  C_SPACE,
  FIRST_ALPHA,
  K_CONTEXT,
  type MatcherPayload,
} from './types';

/** Raw result of scanning one block. */
export interface BlockHits {
  /** Leftmost-longest name candidates: [start, end, node, cliticFlags] quadruples (cliticFlags: 1 clitic, 2 article). */
  cands: number[];
  /** Context/exclude word hits: [start, end, node] triples (node has context/exclude outputs), sorted by start. */
  ctx: number[];
}

/** Proclitic combinations (normalized): (و|ف)? (ب|ل|ك)? (ال)?, with ل + ال written لل. */
export const CLITICS: { s: string; article: boolean }[] = [];
for (const conj of ['', 'و', 'ف']) {
  for (const prep of ['', 'ب', 'ل', 'ك']) {
    for (const art of ['', 'ال']) {
      if (!conj && !prep && !art) continue;
      const s = prep === 'ل' && art ? conj + 'لل' : conj + prep + art;
      CLITICS.push({ s, article: !!art });
    }
  }
}

/**
 * Token start: a word character after a non-word one, any CJK character, or a letter after a
 * letter of another script (Latin ↔ Arabic). Digits never start a token inside a word and letters
 * after digits do not either (جي42, a16z are one token; the end check still lets "Cambricon1" end
 * after the letters).
 */
export function isStartScript(prev: number, s: number): boolean {
  return s !== NONWORD && (prev === NONWORD || s === CJK || (s !== prev && s !== DIGIT && prev !== DIGIT));
}

const FILTER_DENSITY = 32;
export class Scanner {
  readonly payload: MatcherPayload;
  readonly cls: Uint16Array;
  readonly script: Uint8Array;
  readonly rootNext: Int32Array;
  readonly edgeFirst: Uint32Array;
  readonly edgeLabel: Uint16Array | Uint8Array;
  readonly outFirst: Uint32Array;
  readonly outData: Uint32Array;
  readonly entities: string[];
  readonly classCount: number;
  /** Scans one text (a block): leftmost-longest name candidates and context-word hits. */
  readonly scan: (text: string) => BlockHits;
  /** The same result by the reference main loop (a walk at every token start); for tests. */
  readonly scanReference: (text: string) => BlockHits;

  constructor(payload: MatcherPayload) {
    this.payload = payload;
    this.entities = payload.entities;
    const fold = getFoldTable();
    const scr = getScriptTable();
    const K = FIRST_ALPHA + payload.alphabet.length;
    this.classCount = K;
    const alphaClass = new Map<number, number>();
    const script = new Uint8Array(K);
    script[C_LATIN] = 1;
    script[C_ARABIC] = ARABIC;
    script[C_DIGIT] = DIGIT;
    script[C_CJK] = CJK;
    for (let i = 0; i < payload.alphabet.length; i++) {
      const c = payload.alphabet.charCodeAt(i);
      alphaClass.set(c, FIRST_ALPHA + i);
      script[FIRST_ALPHA + i] = scr[c]!;
    }
    const generic = [C_NONWORD, C_LATIN, C_ARABIC, C_DIGIT, C_CJK];
    const classOfFolded = (f: number): number =>
      f === 0x20 ? C_SPACE : (alphaClass.get(f) ?? generic[scr[f]!]!);
    const cls = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const f = fold[c];
      cls[c] = f === FOLD_REMOVE ? C_SKIP : f === FOLD_EXPAND ? C_EXPAND : classOfFolded(f!);
      // An expansion of punctuation only (… → ...) is plain punctuation for matching.
      if (f === FOLD_EXPAND) {
        const e = foldExpansion(c);
        let word = false;
        for (let j = 0; j < e.length; j++) if (scr[e.charCodeAt(j)] !== NONWORD) word = true;
        if (!word) cls[c] = C_NONWORD;
      }
    }
    for (let c = 0xd800; c <= 0xdfff; c++) cls[c] = C_NONWORD;
    this.cls = cls;
    this.script = script;

    const N = payload.nodeCount;
    const countBytes = base64ToBytes(payload.childCount);
    const counts = payload.childCountBytes === 2 ? new Uint16Array(countBytes.buffer, 0, N) : countBytes;
    const edgeFirst = new Uint32Array(N + 1);
    for (let v = 0; v < N; v++) edgeFirst[v + 1] = edgeFirst[v]! + counts[v]!;
    this.edgeFirst = edgeFirst;
    const labelBytes = base64ToBytes(payload.edgeLabel);
    // Labels are widened to Uint16 so the hot loop sees one typed-array kind.
    const edgeLabel =
      payload.labelBytes === 2
        ? new Uint16Array(labelBytes.buffer, 0, labelBytes.byteLength >> 1)
        : Uint16Array.from(labelBytes);
    this.edgeLabel = edgeLabel;
    const outNodes = decodeU32(payload.outNodes);
    const outCount = base64ToBytes(payload.outCount);
    const outData = decodeU32(payload.outData);
    this.outData = outData;
    const outFirst = new Uint32Array(N + 1);
    for (let t = 0, o = 0, v = 0; v <= N; v++) {
      outFirst[v] = o;
      if (t < outNodes.length && outNodes[t] === v) o += outCount[t++]!;
    }
    this.outFirst = outFirst;
    const root = new Int32Array(K).fill(-1);
    for (let e = edgeFirst[0]; e! < edgeFirst[1]!; e!++) root[edgeLabel[e!]!] = e! + 1;
    this.rootNext = root;
    // Dense depth-2 table: pair[k1 * K + k2] = node reached by k1 k2 from the root, or -1. Most
    // walks end within two characters, so this replaces a search among many root children.
    const pair = new Int32Array(K * K).fill(-1);
    for (let e = edgeFirst[0]; e! < edgeFirst[1]!; e!++) {
      const v1 = e! + 1;
      for (let f = edgeFirst[v1]; f! < edgeFirst[v1 + 1]!; f!++)
        pair[edgeLabel[e!]! * K + edgeLabel[f!]!] = f! + 1;
    }

    // Clitic automaton (dense; a few dozen states).
    const cStates: Map<number, number>[] = [new Map()];
    const cAcceptList: number[] = [0];
    for (const { s, article } of CLITICS) {
      let st = 0;
      for (const ch of s) {
        const k = classOfFolded(ch.charCodeAt(0));
        let nx = cStates[st]!.get(k);
        if (nx === undefined) {
          nx = cStates.length;
          cStates.push(new Map());
          cAcceptList.push(0);
          cStates[st]!.set(k, nx);
        }
        st = nx;
      }
      cAcceptList[st] = article ? 3 : 1;
    }
    const cliticNext = new Int16Array(cStates.length * K).fill(-1);
    cStates.forEach((m, st) => m.forEach((nx, k) => (cliticNext[st * K + k] = nx)));
    const cliticAccept = Uint8Array.from(cAcceptList);

    // ---- hot path: closure over local constants ----
    const expandScript = (c: number, first: boolean): number => {
      const e = foldExpansion(c);
      return e ? scr[e.charCodeAt(first ? 0 : e.length - 1)]! : NONWORD;
    };

    // Class buffer of the text being scanned: one pass maps every code unit to its class, so the
    // main loop and the walks read a Uint16Array instead of the string (one code path for one-byte,
    // two-byte, flat and concatenated strings).
    let cb = new Uint16Array(1024);
    const fillClasses = (text: string): void => {
      const n = text.length;
      if (cb.length < n + 1) cb = new Uint16Array(Math.max(n + 1, cb.length * 2));
      const b = cb;
      for (let i = 0; i < n; i++) b[i] = cls[text.charCodeAt(i)]!;
    };

    const step = (v: number, k: number): number => {
      if (v === 0) return root[k]!;
      let lo = edgeFirst[v];
      let hi = edgeFirst[v + 1];
      if (hi! - lo! <= 8) {
        for (; lo! < hi!; lo!++) {
          const l = edgeLabel[lo!];
          if (l === k) return lo! + 1;
          if (l! > k) return -1;
        }
        return -1;
      }
      hi!--;
      while (lo! <= hi!) {
        const mid = (lo! + hi!) >>> 1;
        const l = edgeLabel[mid];
        if (l === k) return mid + 1;
        if (l! < k) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    };

    /** Does a form ending at i (exclusive) whose last character has script `last` end on a boundary? */
    const endOk = (text: string, i: number, last: number): boolean => {
      const n = text.length;
      let k = C_SKIP;
      while (i < n && (k = cb[i]!) === C_SKIP) i++;
      if (i >= n || last === NONWORD || last === CJK) return true;
      const s = k === C_EXPAND ? expandScript(text.charCodeAt(i), true) : script[k];
      if (s === NONWORD || s === CJK) return true;
      if (s === last) return false;
      return last !== DIGIT;
    };

    let bestEnd = -1;
    let bestNode = -1;

    /** Walks the trie from p (generic path); sets bestEnd/bestNode; records context hits. */
    const walkSlow = (text: string, p: number, ctx: number[]): void => {
      const n = text.length;
      bestEnd = -1;
      bestNode = -1;
      let v = 0;
      let i = p;
      let lastSpace = false;
      while (i < n) {
        const k = cb[i];
        if (k === C_SKIP) {
          i++;
          continue;
        }
        let last: number;
        if (k === C_EXPAND) {
          const c = text.charCodeAt(i);
          const e = foldExpansion(c);
          for (let j = 0; j < e.length && v >= 0; j++) v = step(v, classOfFolded(e.charCodeAt(j)));
          last = expandScript(c, false);
          lastSpace = false;
        } else {
          if (k === C_SPACE) {
            if (lastSpace) {
              i++;
              continue;
            }
            lastSpace = true;
          } else lastSpace = false;
          v = step(v, k!);
          last = script[k!]!;
        }
        if (v < 0) return;
        i++;
        if (outFirst[v] !== outFirst[v + 1]) emit(text, p, i, v, last, ctx);
      }
    };

    /** Outputs of node v reached at i (exclusive) from a walk started at p. */
    const emit = (text: string, p: number, i: number, v: number, last: number, ctx: number[]): void => {
      const onBoundary = endOk(text, i, last);
      const o0 = outFirst[v];
      const o1 = outFirst[v + 1];
      if (onBoundary && (outData[o0!]! & 3) < K_CONTEXT) {
        bestEnd = i;
        bestNode = v;
      }
      // Entries are sorted names first, then context/exclude words.
      if ((outData[o1! - 1]! & 3) >= K_CONTEXT) {
        if (onBoundary || (i - p >= 4 && last !== NONWORD)) ctx.push(p, i, v);
      }
    };

    /** Walks the trie from p: the first two characters through the dense pair table. */
    const walk = (text: string, p: number, ctx: number[]): void => {
      const n = text.length;
      bestEnd = -1;
      bestNode = -1;
      let i = p;
      let k = C_SKIP;
      while (i < n && (k = cb[i]!) === C_SKIP) i++;
      if (i >= n) return;
      if (k === C_EXPAND) return walkSlow(text, p, ctx);
      const k1 = k;
      let v = root[k1];
      if (v! < 0) return;
      if (outFirst[v!] !== outFirst[v! + 1]) return walkSlow(text, p, ctx);
      i++;
      while (i < n && (k = cb[i]!) === C_SKIP) i++;
      if (i >= n) return;
      if (k === C_EXPAND) return walkSlow(text, p, ctx);
      v = pair[k1 * K + k];
      if (v! < 0) return;
      i++;
      let lastSpace = k === C_SPACE;
      if (outFirst[v!] !== outFirst[v! + 1]) emit(text, p, i, v!, script[k]!, ctx);
      while (i < n) {
        k = cb[i]!;
        if (k === C_SKIP) {
          i++;
          continue;
        }
        if (k === C_SPACE) {
          if (lastSpace) {
            i++;
            continue;
          }
          lastSpace = true;
        } else if (k === C_EXPAND) return walkSlow(text, p, ctx);
        else lastSpace = false;
        // inline child search (labels sorted)
        let lo = edgeFirst[v!];
        const hi = edgeFirst[v! + 1];
        v = -1;
        if (hi! - lo! <= 8) {
          for (; lo! < hi!; lo!++) {
            const l = edgeLabel[lo!];
            if (l! >= k) {
              if (l === k) v = lo! + 1;
              break;
            }
          }
        } else {
          let h = hi! - 1;
          while (lo! <= h) {
            const mid = (lo! + h) >>> 1;
            const l = edgeLabel[mid];
            if (l === k) {
              v = mid + 1;
              break;
            }
            if (l! < k) lo = mid + 1;
            else h = mid - 1;
          }
        }
        if (v! < 0) return;
        i++;
        if (outFirst[v!] !== outFirst[v! + 1]) emit(text, p, i, v, script[k]!, ctx);
      }
    };

    /** All starts of the word at p: p itself and after each proclitic combination. */
    const wordStart = (
      text: string,
      p: number,
      s: number,
      cands: number[],
      ctx: number[],
      lastEnd: number,
    ): void => {
      walk(text, p, ctx);
      let bStart = p;
      let bEnd = bestEnd;
      let bNode = bestNode;
      let bFlags = 0;
      if (s === ARABIC) {
        const n = text.length;
        let st = 0;
        let i = p;
        while (i < n) {
          const k = cb[i];
          if (k === C_SKIP) {
            i++;
            continue;
          }
          st = cliticNext[st * K + k!]!;
          if (st < 0) break;
          i++;
          const acc = cliticAccept[st];
          // A clitic attaches to an Arabic-script remainder; a Latin name after و is its own token.
          let r = i;
          while (r < n && cb[r] === C_SKIP) r++;
          if (acc !== 0 && r < n && script[cb[r]!] === ARABIC) {
            walk(text, r, ctx);
            if (bestEnd > bEnd) {
              bEnd = bestEnd;
              bNode = bestNode;
              bStart = r;
              bFlags = acc!;
            }
          }
        }
      }
      if (bEnd < 0) return;
      if (bStart < lastEnd) return; // leftmost-longest: overlaps an earlier candidate
      cands.push(bStart, bEnd, bNode, bFlags);
    };

    // Main-loop tables over (previous script, class): start[prev * K + k] = 1 where a walk may
    // start (token start and the class has a root transition), next[prev * K + k] = new "previous
    // script" (unchanged for removed characters).
    // quick[k] = 1: a start with class k needs no walk if pair[k][next] is empty (k does not
    // begin a proclitic and no one-character form exists).
    const quick = new Uint8Array(K);
    for (let k = 0; k < K; k++) {
      const v = root[k];
      quick[k] = v! >= 0 && outFirst[v!] === outFirst[v! + 1] && cliticNext[k]! < 0 ? 1 : 0;
    }
    const startTab = new Uint8Array(5 * K);
    const nextTab = new Uint8Array(5 * K);
    for (let prev = 0; prev < 5; prev++) {
      for (let k = 0; k < K; k++) {
        const s = script[k];
        nextTab[prev * K + k] = k === C_SKIP ? prev : s!;
        const isStart = isStartScript(prev, script[k]!);
        startTab[prev * K + k] =
          k !== C_SKIP && k !== C_EXPAND && isStart && (root[k]! >= 0 || cliticNext[k]! >= 0) ? 1 : 0;
      }
    }

    /** Reference main loop: calls wordStart at every token start (used when the text has CJK or ligature characters). */
    const scanFull = (text: string): BlockHits => {
      fillClasses(text);
      const cands: number[] = [];
      const ctx: number[] = [];
      const n = text.length;
      let prevK = 0; // previous script × K
      let lastEnd = 0;
      for (let i = 0; i < n; i++) {
        const k = cb[i];
        if (startTab[prevK + k!] === 1) {
          // Quick reject without a call: the first two characters lead nowhere in the trie.
          if (quick[k!] === 1 && i + 1 < n) {
            const k2 = cb[i + 1];
            if (k2 !== C_SKIP && k2 !== C_EXPAND && pair[k! * K + k2!]! < 0) {
              prevK = nextTab[prevK + k!]! * K;
              continue;
            }
          }
          wordStart(text, i, script[k!]!, cands, ctx, lastEnd);
          if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
        } else if (k === C_EXPAND) {
          const c = text.charCodeAt(i);
          const prev = prevK / K;
          const s0 = expandScript(c, true);
          if (isStartScript(prev, s0)) {
            wordStart(text, i, s0, cands, ctx, lastEnd);
            if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
          }
          prevK = expandScript(c, false) * K;
          continue;
        }
        prevK = nextTab[prevK + k!]! * K;
      }
      return { cands, ctx };
    };
    // ---- Token filter (the fast main loop) ----
    // A token is a maximal run of word characters without an internal token start (script change,
    // CJK). The hash of every pattern's FIRST token followed by its delimiter (space or punctuation,
    // if the pattern goes on) — and, for Arabic tokens, of every proclitic combination + that — is
    // set in a bitset. The main loop keeps the hash of the
    // current token prefix branch-free and looks it up before each character; only on a hit does it
    // call wordStart for that token (which then walks exactly as the reference loop would). Any
    // walk that can match from a token start makes its prefix (clitic + first token) hash hit, so
    // the filter only removes calls, never matches (false positives just cost a walk).
    const SEED = 0x2f6b3a91 | 0;
    const PRIME = 0x01000193;
    const isStartAt = (prevS: number, k: number): boolean => {
      const s = script[k];
      return isStartScript(prevS, s!);
    };
    const tokenHashes: number[] = [];
    const cliticClassSeqs = CLITICS.map(({ s }) => Array.from(s, (ch) => classOfFolded(ch.charCodeAt(0))));
    const walkTokens = (v: number, hashes: number[], prevS: number, depth: number): void => {
      let ends = outFirst[v] !== outFirst[v + 1];
      for (let e = edgeFirst[v]; e! < edgeFirst[v + 1]!; e!++) {
        const k = edgeLabel[e!];
        if (depth > 0 && script[k!] === NONWORD) {
          // the pattern continues after a delimiter: the filter key includes it ("t." ≠ "t ")
          for (const h of hashes) tokenHashes.push(Math.imul(h ^ (k! + 1), PRIME));
          continue;
        }
        if (depth > 0 && isStartAt(prevS, k!)) {
          ends = true;
          continue;
        }
        if (depth === 0 && script[k!] === NONWORD) continue;
        let next: number[];
        if (depth === 0 && script[k!] === ARABIC) {
          next = [
            SEED,
            ...cliticClassSeqs.map((seq) => seq.reduce((h, c) => Math.imul(h ^ (c + 1), PRIME), SEED)),
          ];
        } else next = hashes;
        next = next.map((h) => Math.imul(h ^ (k! + 1), PRIME));
        walkTokens(e! + 1, next, script[k!]!, depth + 1);
      }
      if (ends && depth > 0) for (const h of hashes) tokenHashes.push(h);
    };
    walkTokens(0, [SEED], NONWORD, 0);
    let LOG = 16;
    while (LOG < 25 && 1 << LOG < tokenHashes.length * FILTER_DENSITY) LOG++;
    const SHIFT = 32 - LOG;
    const bits = new Int32Array(1 << (LOG - 5));
    for (const h of tokenHashes) {
      const x = h >>> SHIFT;
      bits[x >>> 5]! |= 1 << (x & 31);
    }
    // Per (previous script, class): keep = -1 if the class continues the current token, else 0.
    const keep = new Int32Array(5 * K);
    const seedTab = new Int32Array(5 * K);
    const nextK = new Int32Array(5 * K);
    const special = new Uint8Array(K);
    for (let prev = 0; prev < 5; prev++) {
      for (let k = 0; k < K; k++) {
        const t = prev * K + k;
        // The hash runs over a token AND its first delimiter; it restarts after a delimiter or at a
        // script change.
        const cont = prev !== NONWORD && !isStartAt(prev, k);
        keep[t] = cont ? -1 : 0;
        seedTab[t] = cont ? 0 : SEED;
        nextK[t] = (k === C_SKIP ? prev : script[k])! * K;
      }
    }
    for (let k = 0; k < K; k++) special[k] = k === C_EXPAND || script[k] === CJK ? 1 : 0;

    this.scan = (text: string): BlockHits => {
      fillClasses(text);
      const b = cb;
      const cands: number[] = [];
      const ctx: number[] = [];
      const n = text.length;
      let prevK = 0;
      let h = SEED;
      let ts = 0;
      let lastTs = -1;
      let lastEnd = 0;
      for (let i = 0; i < n; i++) {
        const k = b[i];
        if (k === C_SKIP) continue;
        const x = h >>> SHIFT;
        if (((bits[x >>> 5]! >>> (x & 31)) & 1) !== 0 && ts !== lastTs) {
          lastTs = ts;
          const k0 = b[ts];
          if (script[k0!] !== NONWORD) {
            wordStart(text, ts, script[k0!]!, cands, ctx, lastEnd);
            if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
          }
        }
        if (special[k!] === 1) {
          // CJK (every character a token start) or a ligature that folds to several letters:
          // handled like the reference loop, then the token counts as already walked.
          const c = text.charCodeAt(i);
          const s0 = k === C_EXPAND ? expandScript(c, true) : CJK;
          const prevS = prevK / K;
          if (isStartScript(prevS, s0)) ts = i;
          if (s0 !== NONWORD && ts !== lastTs) {
            lastTs = ts;
            const k0 = b[ts];
            wordStart(text, ts, ts === i ? s0 : script[k0!]!, cands, ctx, lastEnd);
            if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
          }
          const s1 = k === C_EXPAND ? expandScript(c, false) : CJK;
          prevK = s1 * K;
          h = SEED;
          if (s1 === NONWORD) ts = i + 1;
          continue;
        }
        const t = prevK + k!;
        const kp = keep[t];
        ts = (ts & kp!) | (i & ~kp!);
        h = Math.imul(((h & kp!) | seedTab[t]!) ^ (k! + 1), PRIME);
        prevK = nextK[t]!;
      }
      const x = h >>> SHIFT;
      if (((bits[x >>> 5]! >>> (x & 31)) & 1) !== 0 && ts !== lastTs && ts < n) {
        const k0 = b[ts];
        if (script[k0!] !== NONWORD) wordStart(text, ts, script[k0!]!, cands, ctx, lastEnd);
      }
      return { cands, ctx };
    };
    this.scanReference = scanFull;
    // Warm-up: give every path type feedback before a long text triggers on-stack optimization
    // (otherwise the optimized loop deoptimizes at its first return).
    // Page text arrives as one-byte (Latin-1) and two-byte strings, flat or concatenated: warm up
    // with each kind so the optimized loop does not deoptimize on the first string of another kind.
    const samples = [
      'Alibaba-backed وعلي بابا، ﻻ x1 G42 جي ٤٢ 阿里云 e& Amazon.\n',
      'Alibaba Cloud-led e& a16z Google, Intel.',
    ];
    for (let r = 0; r < 3; r++) for (const t of samples) this.scan(t);
  }
}
