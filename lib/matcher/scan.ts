/**
 * The hot loop. Tables (all typed arrays, built or decoded once at load):
 *  - cls: Uint16Array(65536) code unit → class. This IS the normalization of normalize.ts
 *    (fold table) composed with the compressed alphabet, so page text needs no separate
 *    normalization pass: removed characters get class SKIP, all whitespace class SPACE, case and
 *    letter variants share a class;
 *  - script: Uint8Array(classes) class → NONWORD/LATIN/ARABIC/DIGIT/CJK;
 *  - rootNext: Int32Array(classes) dense root transitions; pair: Int32Array(classes²) dense depth-2
 *    transitions; deeper nodes use CSR edges (edgeFirst, edgeLabel sorted per node, target of edge
 *    e = e + 1): linear scan for small fan-out, binary search otherwise;
 *  - outFirst/outData: outputs per node;
 *  - cliticNext/cliticAccept: a tiny dense automaton of the Arabic proclitic combinations;
 *  - loopTab: one Int32Array read by the main loop: per code unit (class + 1) | script << 16 |
 *    SPECIAL (removed, ligature, CJK), the token-continuation tables keepS/seedS over (previous
 *    script, script), and the token filter's Bloom bits.
 * Main loop (runLoop, no calls, one table load per code unit besides the filter bits, no class
 * buffer pass): keeps a hash of the current token prefix (+ its first delimiter) branch-free and
 * tests it against a Bloom filter (two bits) of the patterns' first tokens (with Arabic proclitic
 * combinations); it returns to scan() only on a filter hit or a special character, where the walk
 * from that token start runs (wordStart: trie walk from the start and after each proclitic). The
 * walks are plain functions over one monomorphic table object (Walk) rather than closures, so with
 * several scanners alive their optimized code does not reload captured tables per access.
 * scanReference is the plain reference loop (a walk at every token start) for tests.
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

// The hot code below writes these constants as literals (an imported binding can cost a getter
// call per use when modules are transpiled to CommonJS); they must agree with types.ts/script.ts.
if (C_SKIP !== 0 || C_SPACE !== 1 || C_NONWORD !== 2 || C_EXPAND !== 7 || K_CONTEXT !== 2)
  throw new Error('scan.ts: class constants changed');
if (NONWORD !== 0 || ARABIC !== 2 || DIGIT !== 3 || CJK !== 4)
  throw new Error('scan.ts: script constants changed');

const FILTER_DENSITY = 32;
const SEED = 0x2f6b3a91;
const PRIME = 0x01000193;
const GOLD = 0x9e3779b1 | 0; // second Bloom hash: Math.imul(h, GOLD)
const SPECIAL = 0x100000;
const U_KEEP = 0x10000;
const U_SEED = 0x10040;
const U_BITS = 0x10080;
// runLoop/bloomHit write these as literals too.
if (
  SPECIAL !== 0x100000 ||
  U_KEEP !== 0x10000 ||
  U_SEED !== 0x10040 ||
  U_BITS !== 0x10080 ||
  GOLD !== -0x61c8864f
)
  throw new Error('scan.ts: loop constants changed');
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
  /** The token prefilter in use (written into the artifact by the compiler). */
  readonly filter: { log: number; bits: Int32Array };
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

    const w = new Walk(
      cls,
      script,
      root,
      pair,
      edgeFirst,
      edgeLabel as Uint16Array,
      outFirst,
      outData,
      cliticNext,
      cliticAccept,
      K,
      classOfFolded,
    );

    // Main-loop tables over (previous script, class): start[prev * K + k] = 1 where a walk may
    // start (token start and the class has a root transition or begins a proclitic), next[prev * K + k] = new "previous
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
        nextTab[prev * K + k] = k === 0 /* C_SKIP */ ? prev : s!;
        const isStart = isStartScript(prev, script[k]!);
        startTab[prev * K + k] =
          k !== 0 /* C_SKIP */ && k !== 7 /* C_EXPAND */ && isStart && (root[k]! >= 0 || cliticNext[k]! >= 0)
            ? 1
            : 0;
      }
    }
    /** Reference main loop: calls wordStart at every token start (one character at a time). */
    const scanFull = (text: string): BlockHits => {
      const cands: number[] = [];
      const ctx: number[] = [];
      const n = text.length;
      let prevK = 0; // previous script × K
      let lastEnd = 0;
      for (let i = 0; i < n; i++) {
        const k = cls[text.charCodeAt(i)]!;
        if (startTab[prevK + k] === 1) {
          // Quick reject without a call: the first two characters lead nowhere in the trie.
          if (quick[k] === 1 && i + 1 < n) {
            const k2 = cls[text.charCodeAt(i + 1)]!;
            if (k2 !== 0 /* C_SKIP */ && k2 !== 7 /* C_EXPAND */ && pair[k * K + k2]! < 0) {
              prevK = nextTab[prevK + k]! * K;
              continue;
            }
          }
          wordStart(w, text, i, script[k]!, cands, ctx, lastEnd);
          if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
        } else if (k === 7 /* C_EXPAND */) {
          const c = text.charCodeAt(i);
          const prev = prevK / K;
          const s0 = expandScript(c, true);
          if (isStartScript(prev, s0)) {
            wordStart(w, text, i, s0, cands, ctx, lastEnd);
            if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
          }
          prevK = expandScript(c, false) * K;
          continue;
        }
        prevK = nextTab[prevK + k]! * K;
      }
      return { cands, ctx };
    };

    // ---- Token filter (the fast main loop) ----
    // A token is a maximal run of word characters without an internal token start (script change,
    // CJK). The hash of every pattern's FIRST token followed by its delimiter (space or punctuation,
    // if the pattern goes on) — and, for Arabic tokens, of every proclitic combination + that — is
    // set in a Bloom filter (two bits per hash). The main loop keeps the hash of the current token
    // prefix branch-free and tests it before each character; only on a hit does it call wordStart
    // for that token (which then walks exactly as the reference loop would). Any walk that can
    // match from a token start makes its prefix (clitic + first token) hash hit, so the filter only
    // removes calls, never matches (false positives just cost a walk).
    // Hash value of a class: (class + 1) | script << 16 — the per-code-unit table entry itself.
    const hv = (k: number): number => (k + 1) | (script[k]! << 16);
    const isStartAt = (prevS: number, k: number): boolean => {
      const s = script[k];
      return isStartScript(prevS, s!);
    };
    const computeFilter = (): { LOG: number; bits: Int32Array } => {
      const tokenHashes: number[] = [];
      const cliticClassSeqs = CLITICS.map(({ s }) => Array.from(s, (ch) => classOfFolded(ch.charCodeAt(0))));
      const walkTokens = (v: number, hashes: number[], prevS: number, depth: number): void => {
        let ends = outFirst[v] !== outFirst[v + 1];
        for (let e = edgeFirst[v]; e! < edgeFirst[v + 1]!; e!++) {
          const k = edgeLabel[e!];
          if (depth > 0 && script[k!] === NONWORD) {
            // the pattern continues after a delimiter: the filter key includes it ("t." ≠ "t ")
            for (const h of hashes) tokenHashes.push(Math.imul(h ^ hv(k!), PRIME));
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
              ...cliticClassSeqs.map((seq) => seq.reduce((h, c) => Math.imul(h ^ hv(c), PRIME), SEED)),
            ];
          } else next = hashes;
          next = next.map((h) => Math.imul(h ^ hv(k!), PRIME));
          walkTokens(e! + 1, next, script[k!]!, depth + 1);
        }
        if (ends && depth > 0) for (const h of hashes) tokenHashes.push(h);
      };
      walkTokens(0, [SEED], NONWORD, 0);
      let LOG = 16;
      while (LOG < 25 && 1 << LOG < tokenHashes.length * FILTER_DENSITY) LOG++;
      const SHIFT = 32 - LOG;
      const bits = new Int32Array(1 << (LOG - 5));
      // Two bits per hash (a Bloom filter, k = 2): the second is only tested when the first is set.
      for (const h of tokenHashes) {
        const x = h >>> SHIFT;
        bits[x >>> 5]! |= 1 << (x & 31);
        const y = Math.imul(h, GOLD) >>> SHIFT;
        bits[y >>> 5]! |= 1 << (y & 31);
      }
      return { LOG, bits };
    };
    let LOG: number;
    let bits: Int32Array;
    if (payload.filter) {
      LOG = payload.filter.log;
      const bytes = base64ToBytes(payload.filter.bits);
      bits = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    } else {
      ({ LOG, bits } = computeFilter());
    }
    const SHIFT = 32 - LOG;
    this.filter = { log: LOG, bits };
    // Per code unit: (class + 1) | script << 16 | SPECIAL (removed character, ligature or CJK: the
    // rare path). One load per code unit gives the class and the script — no class-buffer pass.
    // keepS[prev << 3 | s] = -1 if a character of script s continues the token after one of script
    // prev (the hash goes on, its start stays), else 0 (a token start or a character after a
    // delimiter: the hash restarts from seedS = SEED). Everything the tight loop reads lives in one
    // Int32Array: unit | keepS | seedS | bits (offsets U_KEEP, U_SEED, U_BITS).
    const loopTab = new Int32Array(U_BITS + bits.length);
    for (let c = 0; c < 0x10000; c++) {
      const k = cls[c]!;
      const special = k === C_SKIP || k === C_EXPAND || script[k] === CJK;
      loopTab[c] = hv(k) | (special ? SPECIAL : 0);
    }
    for (let prev = 0; prev < 5; prev++)
      for (let s = 0; s < 5; s++) {
        const cont = prev !== NONWORD && !isStartScript(prev, s);
        loopTab[U_KEEP + ((prev << 3) | s)] = cont ? -1 : 0;
        loopTab[U_SEED + ((prev << 3) | s)] = cont ? 0 : SEED;
      }
    loopTab.set(bits, U_BITS);
    const T = loopTab;

    // Loop state shared by runLoop and scan: h, ps (previous script << 3), ts (token start), lastTs.
    const st = new Int32Array(4);
    this.scan = (text: string): BlockHits => {
      const cands: number[] = [];
      const ctx: number[] = [];
      const n = text.length;
      st[0] = SEED;
      st[1] = 0;
      st[2] = 0;
      st[3] = -1;
      let lastEnd = 0;
      let i = 0;
      for (;;) {
        i = runLoop(text, i, n, T, SHIFT, st);
        if (i >= n) break;
        // A filter hit before character i, or a special character at i: the per-character step
        // of runLoop, with the calls.
        let h: number = st[0]!;
        let ps: number = st[1]!;
        let ts: number = st[2]!;
        const u = T[text.charCodeAt(i)]!;
        if (bloomHit(T, SHIFT, h) && ts !== st[3]) {
          st[3] = ts;
          const s0 = script[cls[text.charCodeAt(ts)]!]!;
          if (s0 !== 0 /* NONWORD */) {
            wordStart(w, text, ts, s0, cands, ctx, lastEnd);
            if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
          }
        }
        if (u >= 0x100000 /* SPECIAL */) {
          // CJK (every character a token start) or a ligature that folds to several letters:
          // handled like the reference loop, then the token counts as already walked.
          const k = (u & 0xffff) - 1;
          const c = text.charCodeAt(i);
          const s0 = k === 7 /* C_EXPAND */ ? expandScript(c, true) : 4; /* CJK */
          if (isStartScript(ps >> 3, s0)) ts = i;
          if (s0 !== 0 /* NONWORD */ && ts !== st[3]) {
            st[3] = ts;
            wordStart(w, text, ts, ts === i ? s0 : script[cls[text.charCodeAt(ts)]!]!, cands, ctx, lastEnd);
            if (cands.length > 0) lastEnd = cands[cands.length - 3]!;
          }
          const s1 = k === 7 /* C_EXPAND */ ? expandScript(c, false) : 4; /* CJK */
          ps = s1 << 3;
          h = SEED;
          if (s1 === 0 /* NONWORD */) ts = i + 1;
        } else {
          const j = ps | (u >>> 16);
          const kp = T[U_KEEP + j]!;
          ts = (ts & kp) | (i & ~kp);
          h = Math.imul((h & kp) ^ T[U_SEED + j]! ^ u, 0x01000193 /* PRIME */);
          ps = (u >>> 13) & 0x38;
        }
        st[0] = h;
        st[1] = ps;
        st[2] = ts;
        i++;
      }
      const ts = st[2]!;
      if (bloomHit(T, SHIFT, st[0]!) && ts !== st[3] && ts < n) {
        const s0 = script[cls[text.charCodeAt(ts)]!]!;
        if (s0 !== 0 /* NONWORD */) wordStart(w, text, ts, s0, cands, ctx, lastEnd);
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

// ---- Walks: plain functions over one monomorphic table object (W). With several scanners alive
// (curated + listed) closures would share optimized code that reloads every captured table per
// access; these functions copy the tables they use into locals once per call. ----

/** Tables and results of the walks of one scanner. */
class Walk {
  /** Results of the last walk: end (exclusive) and node of the longest name ending on a boundary. */
  bestEnd = -1;
  bestNode = -1;
  constructor(
    readonly cls: Uint16Array,
    readonly script: Uint8Array,
    readonly root: Int32Array,
    readonly pair: Int32Array,
    readonly edgeFirst: Uint32Array,
    readonly edgeLabel: Uint16Array,
    readonly outFirst: Uint32Array,
    readonly outData: Uint32Array,
    readonly cliticNext: Int16Array,
    readonly cliticAccept: Uint8Array,
    readonly K: number,
    /** Class of a folded character (expansions of ligatures; rare path). */
    readonly classOfFolded: (f: number) => number,
  ) {}
}

/** Script of the first/last character of the expansion of a ligature code unit. */
function expandScript(c: number, first: boolean): number {
  const e = foldExpansion(c);
  return e ? getScriptTable()[e.charCodeAt(first ? 0 : e.length - 1)]! : 0; /* NONWORD */
}

/** Child of node v by class k, or -1. */
function step(w: Walk, v: number, k: number): number {
  if (v === 0) return w.root[k]!;
  const edgeFirst = w.edgeFirst;
  const edgeLabel = w.edgeLabel;
  let lo = edgeFirst[v]!;
  let hi = edgeFirst[v + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) {
      const l = edgeLabel[lo]!;
      if (l === k) return lo + 1;
      if (l > k) return -1;
    }
    return -1;
  }
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = edgeLabel[mid]!;
    if (l === k) return mid + 1;
    if (l < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Does a form ending at i (exclusive) whose last character has script `last` end on a boundary? */
function endOk(w: Walk, text: string, i: number, last: number): boolean {
  const cls = w.cls;
  const n = text.length;
  let k = 0; /* C_SKIP */
  while (i < n && (k = cls[text.charCodeAt(i)]!) === 0 /* C_SKIP */) i++;
  if (i >= n || last === 0 /* NONWORD */ || last === 4 /* CJK */) return true;
  const s = k === 7 /* C_EXPAND */ ? expandScript(text.charCodeAt(i), true) : w.script[k]!;
  if (s === 0 /* NONWORD */ || s === 4 /* CJK */) return true;
  if (s === last) return false;
  return last !== 3; /* DIGIT */
}

/** Outputs of node v reached at i (exclusive) from a walk started at p. */
function emit(w: Walk, text: string, p: number, i: number, v: number, last: number, ctx: number[]): void {
  const onBoundary = endOk(w, text, i, last);
  const outFirst = w.outFirst;
  const outData = w.outData;
  const o0 = outFirst[v]!;
  const o1 = outFirst[v + 1]!;
  if (onBoundary && (outData[o0]! & 3) < 2 /* K_CONTEXT */) {
    w.bestEnd = i;
    w.bestNode = v;
  }
  // Entries are sorted names first, then context/exclude words.
  if ((outData[o1 - 1]! & 3) >= 2 /* K_CONTEXT */) {
    if (onBoundary || (i - p >= 4 && last !== 0) /* NONWORD */) ctx.push(p, i, v);
  }
}

/** Walks the trie from p (generic path: ligatures, one-character forms); sets bestEnd/bestNode; records context hits. */
function walkSlow(w: Walk, text: string, p: number, ctx: number[]): void {
  const cls = w.cls;
  const script = w.script;
  const outFirst = w.outFirst;
  const n = text.length;
  w.bestEnd = -1;
  w.bestNode = -1;
  let v = 0;
  let i = p;
  let lastSpace = false;
  while (i < n) {
    const k = cls[text.charCodeAt(i)]!;
    if (k === 0 /* C_SKIP */) {
      i++;
      continue;
    }
    let last: number;
    if (k === 7 /* C_EXPAND */) {
      const c = text.charCodeAt(i);
      const e = foldExpansion(c);
      for (let j = 0; j < e.length && v >= 0; j++) v = step(w, v, w.classOfFolded(e.charCodeAt(j)));
      last = expandScript(c, false);
      lastSpace = false;
    } else {
      if (k === 1 /* C_SPACE */) {
        if (lastSpace) {
          i++;
          continue;
        }
        lastSpace = true;
      } else lastSpace = false;
      v = step(w, v, k);
      last = script[k]!;
    }
    if (v < 0) return;
    i++;
    if (outFirst[v] !== outFirst[v + 1]) emit(w, text, p, i, v, last, ctx);
  }
}

/** Walks the trie from p: the first two characters through the dense pair table. */
function walk(w: Walk, text: string, p: number, ctx: number[]): void {
  const cls = w.cls;
  const script = w.script;
  const outFirst = w.outFirst;
  const edgeFirst = w.edgeFirst;
  const edgeLabel = w.edgeLabel;
  const n = text.length;
  w.bestEnd = -1;
  w.bestNode = -1;
  let i = p;
  let k = 0; /* C_SKIP */
  while (i < n && (k = cls[text.charCodeAt(i)]!) === 0 /* C_SKIP */) i++;
  if (i >= n) return;
  if (k === 7 /* C_EXPAND */) return walkSlow(w, text, p, ctx);
  const k1 = k;
  let v = w.root[k1]!;
  if (v < 0) return;
  if (outFirst[v] !== outFirst[v + 1]) return walkSlow(w, text, p, ctx);
  i++;
  while (i < n && (k = cls[text.charCodeAt(i)]!) === 0 /* C_SKIP */) i++;
  if (i >= n) return;
  if (k === 7 /* C_EXPAND */) return walkSlow(w, text, p, ctx);
  v = w.pair[k1 * w.K + k]!;
  if (v < 0) return;
  i++;
  let lastSpace = k === 1; /* C_SPACE */
  if (outFirst[v] !== outFirst[v + 1]) emit(w, text, p, i, v, script[k]!, ctx);
  while (i < n) {
    k = cls[text.charCodeAt(i)]!;
    if (k === 0 /* C_SKIP */) {
      i++;
      continue;
    }
    if (k === 1 /* C_SPACE */) {
      if (lastSpace) {
        i++;
        continue;
      }
      lastSpace = true;
    } else if (k === 7 /* C_EXPAND */) return walkSlow(w, text, p, ctx);
    else lastSpace = false;
    // inline child search (labels sorted)
    let lo = edgeFirst[v]!;
    const hi = edgeFirst[v + 1]!;
    v = -1;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) {
        const l = edgeLabel[lo]!;
        if (l >= k) {
          if (l === k) v = lo + 1;
          break;
        }
      }
    } else {
      let h = hi - 1;
      while (lo <= h) {
        const mid = (lo + h) >>> 1;
        const l = edgeLabel[mid]!;
        if (l === k) {
          v = mid + 1;
          break;
        }
        if (l < k) lo = mid + 1;
        else h = mid - 1;
      }
    }
    if (v < 0) return;
    i++;
    if (outFirst[v] !== outFirst[v + 1]) emit(w, text, p, i, v, script[k]!, ctx);
  }
}

/** All starts of the word at p: p itself and after each proclitic combination. */
function wordStart(
  w: Walk,
  text: string,
  p: number,
  s: number,
  cands: number[],
  ctx: number[],
  lastEnd: number,
): void {
  walk(w, text, p, ctx);
  let bStart = p;
  let bEnd = w.bestEnd;
  let bNode = w.bestNode;
  let bFlags = 0;
  if (s === 2 /* ARABIC */) {
    const cls = w.cls;
    const script = w.script;
    const cliticNext = w.cliticNext;
    const cliticAccept = w.cliticAccept;
    const K = w.K;
    const n = text.length;
    let st = 0;
    let i = p;
    while (i < n) {
      const k = cls[text.charCodeAt(i)]!;
      if (k === 0 /* C_SKIP */) {
        i++;
        continue;
      }
      st = cliticNext[st * K + k]!;
      if (st < 0) break;
      i++;
      const acc = cliticAccept[st]!;
      // A clitic attaches to an Arabic-script remainder; a Latin name after و is its own token.
      let r = i;
      while (r < n && cls[text.charCodeAt(r)] === 0 /* C_SKIP */) r++;
      if (acc !== 0 && r < n && script[cls[text.charCodeAt(r)]!] === 2 /* ARABIC */) {
        walk(w, text, r, ctx);
        if (w.bestEnd > bEnd) {
          bEnd = w.bestEnd;
          bNode = w.bestNode;
          bStart = r;
          bFlags = acc;
        }
      }
    }
  }
  if (bEnd < 0) return;
  if (bStart < lastEnd) return; // leftmost-longest: overlaps an earlier candidate
  cands.push(bStart, bEnd, bNode, bFlags);
}

/** Second Bloom bit of a first-bit hit (and the first bit again, for the callers outside the loop). */
function bloomHit(T: Int32Array, shift: number, h: number): boolean {
  const x = h >>> shift;
  if ((T[0x10080 /* U_BITS */ + (x >>> 5)]! & (1 << x)) === 0) return false;
  const y = Math.imul(h, -0x61c8864f /* GOLD */) >>> shift;
  return (T[0x10080 /* U_BITS */ + (y >>> 5)]! & (1 << y)) !== 0;
}

/**
 * The tight loop of Scanner.scan: from i, hashes token prefixes until a filter hit (both Bloom
 * bits set, token not walked yet), a special character (not removed) or the end; returns that
 * position, the state in st (h, ps, ts; lastTs is read). A plain function without calls whose
 * tables arrive as arguments (one Int32Array, see loopTab): its state stays in registers and
 * nothing is reloaded from a closure context per character, however many scanners exist.
 */
function runLoop(text: string, i: number, n: number, T: Int32Array, shift: number, st: Int32Array): number {
  let h = st[0]!;
  let ps = st[1]!;
  let ts = st[2]!;
  const lastTs = st[3]!;
  for (; i < n; i++) {
    const u = T[text.charCodeAt(i)]!;
    if (u >= 0x100000 /* SPECIAL */) {
      if ((u & 0xffff) === 1 /* C_SKIP + 1 */) continue;
      break;
    }
    const x = h >>> shift;
    if ((T[0x10080 /* U_BITS */ + (x >>> 5)]! & (1 << x)) !== 0 && ts !== lastTs) {
      const y = Math.imul(h, -0x61c8864f /* GOLD */) >>> shift;
      if ((T[0x10080 /* U_BITS */ + (y >>> 5)]! & (1 << y)) !== 0) break;
    }
    const j = ps | (u >>> 16);
    const kp = T[0x10000 /* U_KEEP */ + j]!;
    ts = (ts & kp) | (i & ~kp);
    h = Math.imul((h & kp) ^ T[0x10040 /* U_SEED */ + j]! ^ u, 0x01000193 /* PRIME */);
    ps = (u >>> 13) & 0x38;
  }
  st[0] = h;
  st[1] = ps;
  st[2] = ts;
  return i;
}
