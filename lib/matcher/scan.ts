/**
 * The hot loop. Tables (all typed arrays, built or decoded once at load):
 *  - cls: Uint16Array(65536) code unit → class. This IS the normalization of normalize.ts
 *    (fold table) composed with the compressed alphabet, so page text needs no separate
 *    normalization pass: removed characters get class SKIP, all whitespace class SPACE, case and
 *    letter variants share a class;
 *  - script: Uint8Array(classes) class → NONWORD/LATIN/ARABIC/DIGIT/CJK;
 *  - rootNext: Int32Array(classes) dense root transitions; pair: Int32Array(root classes × classes)
 *    dense depth-2 transitions; deeper nodes use CSR edges (edgeFirst, edgeLabel sorted per node, target of edge
 *    e = e + 1): linear scan for small fan-out, binary search otherwise;
 *  - outs/outData: which nodes have outputs (a bit per node) and their entries (node-outputs.ts);
 *  - cliticNext/cliticAccept: a tiny dense automaton of the Arabic proclitic combinations;
 *  - the token automaton (buildTokenDfa; shipped sparse in the artifact, expanded at load by
 *    expandDfa): D, Int32Array(states × columns) of next-state row offsets, and col,
 *    Uint8Array(65536) (Uint16 past 255 columns) code unit → column (the class, or one column per script for classes no
 *    key uses; removed characters: a column that keeps the state; ligatures and CJK: SPECIAL).
 * Main loop (runLoop: no calls, per code unit one col load and one D load, nothing else): runs
 * the token automaton, which reads every token from its start and ACCEPTS as soon as the token
 * read so far is a key — the first token of a pattern (+ its delimiter if the pattern goes on),
 * for Arabic also after each proclitic combination — however long the word goes on (so context
 * words still match as prefixes of longer words). It leaves runLoop only on an entry < 0: an
 * accept, where acceptWord goes on with the walks from the trie nodes the automaton reached (its
 * accept list; the token is not read again), or a ligature/CJK character (rare), where the token
 * is walked from its start (wordStart: trie walk from the start and after each proclitic). A
 * token is walked at most once (state WALKED). Any walk that can match is alive until its token
 * accepts, so the automaton only removes walks, never matches; compared with the previous
 * per-character hash + Bloom test this is one dependent load per character and no false
 * positives. The walks are plain functions over one monomorphic table object (Walk) rather than
 * closures, so with several scanners alive their optimized code does not reload captured tables
 * per access; results go to typed buffers in Walk (pushing onto large JS arrays is slow).
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
import { scriptOf, ARABIC, CJK, DIGIT, NONWORD } from '../normalize/script';
import { base64ToBytes, bytesToBase64, decodeU16, decodeU32 } from './base64';
import { endOutput, firstOutput, hasOutputs, nodeOutputs, rankOf, type NodeOutputs } from './node-outputs';
import {
  C_ARABIC,
  C_CJK,
  C_DIGIT,
  C_EXPAND,
  C_LATIN,
  C_NONWORD,
  C_SKIP,
  C_SPACE,
  CONTEXT_REACH,
  FIRST_ALPHA,
  K_CONTEXT,
  OUT_SHIFT,
  WINDOW,
  type EncodedDfa,
  type MatcherPayload,
} from './types';

/** Raw result of scanning one block. */
export interface BlockHits {
  /** Leftmost-longest name candidates: [start, end, node, cliticFlags] quadruples (cliticFlags: 1 clitic, 2 article). */
  cands: Int32Array;
  /**
   * Context/exclude word hits: [start, end, node] triples (node has context/exclude outputs),
   * sorted by start. Context words that no name begins are looked for only where a candidate
   * weighs them (see Scanner.scan); Scanner.scanComplete has every hit.
   */
  ctx: Int32Array;
}

/**
 * BlockHits in the scanner's buffers: entries [0, candLen) and [0, ctxLen) are this scan's, until
 * the next scan (a page scans thousands of blocks; two typed arrays allocated per block cost more
 * than scanning a short paragraph).
 */
export interface ScanView {
  cands: Int32Array;
  candLen: number;
  ctx: Int32Array;
  ctxLen: number;
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

// Fixed states of the token automaton (see buildTokenDfa): ROOT, then per script s (1..4) a
// dead state "token not walked" (DEAD + s) and "token already walked" (WALKED + s).
const ROOT = 0;
const DEAD = 0;
const WALKED = 4;
const FIRST_STATE = 9;
// Automaton entries below 0: -1 a special character (ligature, CJK); -2 - a: a key accepted, the
// walks go on from accept list a.
const SPECIAL = -1;
const ACCEPT = -2;
/**
 * Default most states of a token automaton: 8,192, or one per NODES_PER_STATE trie nodes for a
 * larger trie, up to 65,536. The bound cuts long tokens (breadth-first): a cut token accepts where
 * it is cut and leaves the loop for the accept filter. With the listed entities' names (700,000
 * nodes) a bound of 8,192 cut English words after four or five letters ("compa", "serv", "said"),
 * two loop exits per 100 characters; a bound that grows with the trie keeps the listed index's
 * scan near the curated one's (measured: 14.4 → 11.3 ns per character of English). The curated
 * automaton (~18,000 states uncut) gains nothing from states beyond 8,192 (measured), and each
 * adds to the shipped index. Rows of the dense table are filled only for the states a page
 * enters, so the bound costs the artifact, not the tab.
 */
const MIN_STATES = 8192;
const MAX_STATES = 65536;
const NODES_PER_STATE = 16;

function maxStatesFor(trieNodes: number): number {
  return Math.min(MAX_STATES, Math.max(MIN_STATES, Math.ceil(trieNodes / NODES_PER_STATE)));
}

/** Class tables of a payload: the fold of normalize.ts composed with the payload's alphabet. */
interface ClassTables {
  K: number;
  script: Uint8Array;
  cls: Uint16Array;
  /** cls as runs: Uint16 pairs (first code unit, class). */
  runs: Uint16Array;
  classOfFolded: (f: number) => number;
}

/** Parts of a Scanner built ahead, so construction can be spread over several tasks. */
interface ScannerParts {
  classes: ClassTables;
  trie?: TrieTables;
  dfa?: SparseDfa;
  expanded?: DenseDfa;
}

/** Runs steps (a generator built for spreading work over tasks) to the end, at once. */
function runToEnd<T>(steps: Generator<void, T, undefined>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The runs of a class table: Uint16 pairs (first code unit, class). */
export function classRunsOf(cls: Uint16Array): Uint16Array {
  const runs: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (c === 0 || cls[c] !== cls[c - 1]) runs.push(c, cls[c]!);
  return Uint16Array.from(runs);
}

/**
 * The class tables: from the payload's compiled runs (a few thousand fills), else computed from
 * the fold table (payloads built for tests; and at compile time, to make the runs).
 */
function* classTablesSteps(payload: MatcherPayload): Generator<void, ClassTables, undefined> {
  const K = FIRST_ALPHA + payload.alphabet.length;
  // The alphabet is sorted by code point (build.ts): a character's class by binary search. It is
  // needed on rare paths only (ligature expansions, the proclitic automaton), where a table over
  // every code unit would keep 128 KB per tab.
  const alphabet = Uint16Array.from(payload.alphabet, (ch) => ch.charCodeAt(0));
  const script = new Uint8Array(K);
  script[C_LATIN] = 1;
  script[C_ARABIC] = ARABIC;
  script[C_DIGIT] = DIGIT;
  script[C_CJK] = CJK;
  for (let i = 0; i < alphabet.length; i++) script[FIRST_ALPHA + i] = scriptOf(alphabet[i]!);
  const alphaClass = (f: number): number => {
    let lo = 0;
    let hi = alphabet.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = alphabet[mid]!;
      if (c === f) return FIRST_ALPHA + mid;
      if (c < f) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const generic = Uint16Array.of(C_NONWORD, C_LATIN, C_ARABIC, C_DIGIT, C_CJK);
  const classOfFolded = (f: number): number => {
    if (f === 0x20) return C_SPACE;
    const a = alphaClass(f);
    return a >= 0 ? a : generic[scriptOf(f)]!;
  };
  const cls = new Uint16Array(0x10000);
  if (payload.classRuns) {
    const runs = decodeU16(payload.classRuns);
    for (let j = 0; j < runs.length; j += 2)
      cls.fill(runs[j + 1]!, runs[j]!, j + 2 < runs.length ? runs[j + 2]! : 0x10000);
    return { K, script, cls, runs, classOfFolded };
  }
  const fold = getFoldTable();
  yield;
  for (let c = 0; c < 0x10000; c++) {
    if (c > 0 && (c & 0x3fff) === 0) yield;
    const f = fold[c]!;
    if (f === FOLD_REMOVE) cls[c] = C_SKIP;
    else if (f !== FOLD_EXPAND) {
      cls[c] = classOfFolded(f);
    } else {
      // An expansion of punctuation only (… → ...) is plain punctuation for matching.
      const e = foldExpansion(c);
      let word = false;
      for (let j = 0; j < e.length; j++) if (scriptOf(e.charCodeAt(j)) !== NONWORD) word = true;
      cls[c] = word ? C_EXPAND : C_NONWORD;
    }
  }
  cls.fill(C_NONWORD, 0xd800, 0xe000);
  return { K, script, cls, runs: classRunsOf(cls), classOfFolded };
}

// Loops over every trie node run in plain functions, not in the generators that call them: a
// page runs them cold, and a generator's loop ran slower (measured in Chromium on a page's first
// load: the 60k-node prefix sum took 10.8 ms inside trieTablesSteps, 7.0 ms as a function).

/** First edge of every node: prefix sums of the child counts. */
function prefixSums(counts: Uint8Array | Uint16Array, n: number): Uint32Array {
  const first = new Uint32Array(n + 1);
  let sum = 0;
  for (let v = 0; v < n; v++) {
    sum += counts[v]!;
    first[v + 1] = sum;
  }
  return first;
}

/** The trie's tables, decoded from the payload (see trieTablesSteps). */
interface TrieTables {
  edgeFirst: Uint32Array;
  edgeLabel: Uint16Array;
  outs: NodeOutputs;
  outData: Uint32Array;
  root: Int32Array;
  pair: Int32Array;
  pairRow: Int32Array;
}

/** Decodes the trie's arrays in steps (yield between them): their size grows with the names index. */
function* trieTablesSteps(payload: MatcherPayload, K: number): Generator<void, TrieTables, undefined> {
  const N = payload.nodeCount;
  const countBytes = base64ToBytes(payload.childCount);
  const counts = payload.childCountBytes === 2 ? new Uint16Array(countBytes.buffer, 0, N) : countBytes;
  const edgeFirst = prefixSums(counts, N);
  yield;
  const labelBytes = base64ToBytes(payload.edgeLabel);
  // Labels are widened to Uint16 so the hot loop sees one typed-array kind.
  const edgeLabel =
    payload.labelBytes === 2
      ? new Uint16Array(labelBytes.buffer, 0, labelBytes.byteLength >> 1)
      : Uint16Array.from(labelBytes);
  yield;
  const outData = decodeU32(payload.outData);
  const compiled = payload.outputTables;
  const outs: NodeOutputs = compiled
    ? {
        bits: decodeU32(compiled.bits),
        rankBefore: decodeU32(compiled.rankBefore),
        start: decodeU32(compiled.start),
      }
    : nodeOutputs(decodeU32(payload.outNodes), base64ToBytes(payload.outCount), N);
  yield;
  const root = new Int32Array(K).fill(-1);
  for (let e = edgeFirst[0]; e! < edgeFirst[1]!; e!++) root[edgeLabel[e!]!] = e! + 1;
  // Dense depth-2 table: pair[pairRow[k1] + k2] = node reached by k1 k2 from the root, or -1. Most
  // walks end within two characters, so this replaces a search among many root children. Rows
  // only for the classes that begin some form (about a third of them), each K entries.
  const pairRow = new Int32Array(K).fill(-1);
  const rootEdges = edgeFirst[1]! - edgeFirst[0]!;
  const pair = new Int32Array(rootEdges * K).fill(-1);
  for (let e = edgeFirst[0]!; e < edgeFirst[1]!; e++) {
    const row = (e - edgeFirst[0]!) * K;
    pairRow[edgeLabel[e]!] = row;
    const v1 = e + 1;
    for (let f = edgeFirst[v1]!; f < edgeFirst[v1 + 1]!; f++) pair[row + edgeLabel[f]!] = f + 1;
  }
  return { edgeFirst, edgeLabel, outs, outData, root, pair, pairRow };
}

/**
 * Builds a Scanner in steps (yield between them): the class tables (in quarters), the automaton's
 * decoding and its dense expansion, the rest, then the accept filter. A page's first load runs cold code, where each of these
 * takes milliseconds to tens of milliseconds; as steps they are separate tasks, none long.
 */
export function* createScannerSteps(payload: MatcherPayload): Generator<void, Scanner, undefined> {
  const classes = yield* classTablesSteps(payload);
  yield;
  const trie = yield* trieTablesSteps(payload, classes.K);
  yield;
  if (!payload.tokenDfa) return new Scanner(payload, {}, { classes, trie });
  const dfa = decodeDfa(payload.tokenDfa);
  yield;
  const expanded = expandDfa(dfa, classes.runs, classes.script, classes.K);
  yield;
  const scanner = new Scanner(payload, { acceptFilter: 'later' }, { classes, trie, dfa, expanded });
  yield;
  scanner.buildAcceptFilter();
  yield;
  yield* scanner.buildDeferrableSteps();
  for (let r = 0; r < WARM_UP_ROUNDS; r++) {
    yield;
    scanner.warmUpRound();
  }
  return scanner;
}

/** Warm-up texts of a new scanner: every path type, one-byte and two-byte strings. */
const WARM_UP_SAMPLES = [
  'Alibaba-backed وعلي بابا، ﻻ x1 G42 جي ٤٢ 阿里云 e& Amazon.\n',
  'Alibaba Cloud-led e& a16z Google, Intel.',
];
export const WARM_UP_ROUNDS = 3;

export class Scanner {
  /**
   * The normalized form a trie node spells (the path from the root: a pattern's characters, one
   * space between words), which is normalize() of any text a walk read to reach it. Cached per
   * node, so each form is one string per tab, however often the page names it.
   */
  formOf(node: number): string {
    const known = this.forms.get(node);
    if (known !== undefined) return known;
    const { edgeFirst, edgeLabel, alphabet } = this;
    const chars: string[] = [];
    // Breadth-first layout: node v is reached by edge v - 1, whose source is the node u with
    // edgeFirst[u] ≤ v - 1 < edgeFirst[u + 1].
    for (let v = node; v > 0;) {
      const e = v - 1;
      const k = edgeLabel[e]!;
      chars.push(k === C_SPACE ? ' ' : alphabet[k - FIRST_ALPHA]!);
      let lo = 0;
      let hi = edgeFirst.length - 2;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (edgeFirst[mid]! <= e) lo = mid;
        else hi = mid - 1;
      }
      v = lo;
    }
    const form = chars.reverse().join('');
    this.forms.set(node, form);
    return form;
  }

  readonly cls: Uint16Array;
  readonly script: Uint8Array;
  readonly rootNext: Int32Array;
  readonly edgeFirst: Uint32Array;
  readonly edgeLabel: Uint16Array | Uint8Array;
  readonly outs: NodeOutputs;
  readonly outData: Uint32Array;
  readonly entities: string[];
  readonly classCount: number;
  /** The token automaton in sparse form (written into the artifact by the compiler). */
  readonly tokenDfa: SparseDfa;
  /** Its dense table: row width (columns) and number of states. */
  readonly dfaWidth: number;
  readonly dfaStates: number;
  /** Rows of the dense automaton in use: the fixed states and those a scan has entered. */
  readonly dfaRowsInUse: () => number;
  /** The filter in front of the walks of an accept (null when turned off, for comparisons). */
  acceptFilter: AcceptFilter | null = null;
  /** Builds the accept filter (a separate step when the scanner is built in steps). */
  readonly buildAcceptFilter: () => void;
  /** Builds the tables of deferrable accept lists, in steps (a scan defers nothing until then). */
  readonly buildDeferrableSteps: () => Generator<void, void, undefined>;
  /** One round of the warm-up scans (see the constructor). */
  readonly warmUpRound: () => void;
  /** The tables the compiler ships with the automaton (SparseDfa.derived). */
  readonly derivedTables: () => NonNullable<SparseDfa['derived']>;
  /**
   * Scans one text (a block): leftmost-longest name candidates, and context-word hits. The walks
   * of accepts that can only find context or exclude words (common words: «شركة», «الصين», "cloud",
   * "chips", most accepts of a news text) wait until the names are found, and run only where a
   * candidate weighs their words (walkDeferredWhereWeighed): every hit that resolve.ts reads is
   * found.
   */
  readonly scan: (text: string) => BlockHits;
  /** scan with every context-word hit of the text (tests: equal to scanReference). */
  readonly scanComplete: (text: string) => BlockHits;
  /**
   * scan without copies, for the document path: the scanner's own buffers and their filled
   * lengths, valid until the next scan (a page scans thousands of blocks; two typed arrays
   * allocated per block cost more than scanning a short paragraph).
   */
  readonly scanView: (text: string) => ScanView;
  /** 1 for an entity with exclude-context words (its every candidate weighs them). */
  readonly entityHasExclude: Uint8Array;
  /** The same result by the reference main loop (a walk at every token start); for tests. */
  readonly scanReference: (text: string) => BlockHits;
  /** Normalized forms of the trie nodes asked for so far (formOf): one string per node. */
  private readonly forms = new Map<number, string>();
  private readonly alphabet: string;

  /**
   * options.maxStates: bound of the token automaton when it is built here (tests; default
   * maxStatesFor the trie); options.acceptFilter: false leaves the accept filter out (comparisons), 'later'
   * leaves it to buildAcceptFilter and the warm-up to warmUpRound (a scanner built in steps).
   */
  constructor(
    payload: MatcherPayload,
    options: { maxStates?: number; acceptFilter?: boolean | 'later' } = {},
    prebuilt?: ScannerParts,
  ) {
    this.entities = payload.entities;
    this.alphabet = payload.alphabet;
    const classes = prebuilt?.classes ?? runToEnd(classTablesSteps(payload));
    const { K, script, cls, classOfFolded } = classes;
    this.classCount = K;
    this.cls = cls;
    this.script = script;

    const { edgeFirst, edgeLabel, outs, outData, root, pair, pairRow } =
      prebuilt?.trie ?? runToEnd(trieTablesSteps(payload, K));
    this.edgeFirst = edgeFirst;
    this.edgeLabel = edgeLabel;
    this.outData = outData;
    this.outs = outs;
    this.entityHasExclude = new Uint8Array(payload.entities.length);
    for (let o = 0; o < outData.length; o++)
      if ((outData[o]! & 3) === 3 /* K_EXCLUDE */) this.entityHasExclude[outData[o]! >>> OUT_SHIFT] = 1;
    this.rootNext = root;

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
      pairRow,
      edgeFirst,
      edgeLabel as Uint16Array,
      outs,
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
      quick[k] = v! >= 0 && !hasOutputs(outs, v!) && cliticNext[k]! < 0 ? 1 : 0;
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
      w.candLen = 0;
      w.ctxLen = 0;
      const n = text.length;
      let prevK = 0; // previous script × K
      let lastEnd = 0;
      for (let i = 0; i < n; i++) {
        const k = cls[text.charCodeAt(i)]!;
        if (startTab[prevK + k] === 1) {
          // Quick reject without a call: the first two characters lead nowhere in the trie.
          if (quick[k] === 1 && i + 1 < n) {
            const k2 = cls[text.charCodeAt(i + 1)]!;
            if (k2 !== 0 /* C_SKIP */ && k2 !== 7 /* C_EXPAND */ && pair[pairRow[k]! + k2]! < 0) {
              prevK = nextTab[prevK + k]! * K;
              continue;
            }
          }
          wordStart(w, text, i, script[k]!, lastEnd);
          if (w.candLen > 0) lastEnd = w.cands[w.candLen - 3]!;
        } else if (k === 7 /* C_EXPAND */) {
          const c = text.charCodeAt(i);
          const prev = prevK / K;
          const s0 = expandScript(c, true);
          if (isStartScript(prev, s0)) {
            wordStart(w, text, i, s0, lastEnd);
            if (w.candLen > 0) lastEnd = w.cands[w.candLen - 3]!;
          }
          prevK = expandScript(c, false) * K;
          continue;
        }
        prevK = nextTab[prevK + k]! * K;
      }
      return hitsOf(w);
    };

    // ---- Token automaton (the fast main loop) ----
    const dfa =
      prebuilt?.dfa ??
      (payload.tokenDfa
        ? decodeDfa(payload.tokenDfa)
        : buildTokenDfa(w, options.maxStates ?? maxStatesFor(edgeFirst.length - 1)));
    this.tokenDfa = dfa;
    const dense = prebuilt?.expanded ?? expandDfa(dfa, classes.runs, script, K);
    const { col, width: W, enter, stateOfSlot } = dense;
    this.dfaRowsInUse = dense.rowsInUse;
    this.dfaWidth = W;
    w.setAccepts(dfa.acceptFirst, dfa.accept);
    this.dfaStates = dfa.script.length;
    const stateScript = dfa.script;

    // Accept lists whose walks can only reach context/exclude words (deferred by a scan until a
    // candidate needs them), and the nodes whose candidates do; built with the accept filter (in
    // later steps when the scanner is built in steps).
    let deferrable: DeferrableLists | null = null;
    let needsContext: Uint32Array | null = null;
    const hasExclude = this.entityHasExclude;
    this.buildAcceptFilter = () => {
      this.acceptFilter ??= dfa.derived
        ? new AcceptFilter(w, dfa, dfa.derived.filterable, dfa.derived.filterBits)
        : new AcceptFilter(w, dfa);
    };
    this.buildDeferrableSteps = function* () {
      const d = dfa.derived;
      deferrable ??= d
        ? { deferKind: d.deferKind, contextEntities: d.contextEntities }
        : yield* deferrableListsSteps(w, dfa);
      yield;
      needsContext ??= nodesNeedingContext(outs, outData, hasExclude, edgeFirst.length - 1);
    };
    this.derivedTables = () => {
      this.buildAcceptFilter();
      runToEnd(this.buildDeferrableSteps());
      return { ...deferrable!, ...this.acceptFilter!.tables() };
    };
    if (options.acceptFilter === undefined || options.acceptFilter === true) {
      this.buildAcceptFilter();
      runToEnd(this.buildDeferrableSteps());
    }
    // Loop state handed between runLoop and scan: the current state (row offset).
    const st = new Int32Array(1);
    const scanIntoWalk = (text: string, defer: boolean): void => {
      w.candLen = 0;
      w.ctxLen = 0;
      w.defLen = 0;
      const deferred = defer && deferrable !== null ? deferrable.deferKind : null;
      const n = text.length;
      let lastEnd = 0;
      let s = ROOT;
      let i = 0;
      let D = dense.D;
      for (;;) {
        st[0] = s;
        i = runLoop(text, i, n, D, col, st);
        if (i >= n) break;
        s = st[0]!;
        const c = text.charCodeAt(i);
        const t = D[s + col[c]!]!;
        if (t <= PENDING) {
          // The first step into this state from here: enter it (its row is filled, the table may
          // grow), point the entry at its slot and read the character again.
          const slot = enter(PENDING - t);
          D = dense.D;
          D[s + col[c]!] = slot * W;
          continue;
        }
        if (t !== SPECIAL) {
          // A key accepted at i: the walks of this token go on from the trie nodes the automaton
          // has reached (accept list ACCEPT - t); the rest of the token needs no walk.
          const k = cls[c]!;
          const a = ACCEPT - t;
          if (deferred !== null && deferred[a] === 1) pushDeferred(w, i, a);
          else {
            // Unless the walks of this accept provably die within the next few characters.
            const filter = this.acceptFilter;
            const need = filter === null ? WALK_ALL : filter.decide(text, i, k, a);
            if (need === EMIT_ONLY && deferred !== null && deferred[a] === 2) pushDeferred(w, i, a);
            else if (need !== SKIP) {
              acceptWord(w, text, i, k, a, lastEnd, need === WALK_ALL);
              if (w.candLen > 0) lastEnd = w.cands[w.candLen - 3]!;
            }
          }
          const sk = script[k]!;
          s = sk === 0 /* NONWORD */ ? ROOT : (WALKED + sk) * W;
        } else {
          // A ligature that folds to several characters, or CJK (every character a token start).
          // If it starts a token, the walk starts here (the token before it accepted no key, or
          // was walked); else the current token, if not walked yet, is walked from its start now
          // (the walk reads the expansion). Either way the rest of its token needs no walk.
          const q = stateOfSlot((s / W) | 0);
          const ls = stateScript[q]!;
          const k = cls[c]!;
          const s0 = k === 7 /* C_EXPAND */ ? expandScript(c, true) : 4; /* CJK */
          const s1 = k === 7 /* C_EXPAND */ ? expandScript(c, false) : 4; /* CJK */
          if (isStartScript(ls, s0)) {
            wordStart(w, text, i, s0, lastEnd);
            if (w.candLen > 0) lastEnd = w.cands[w.candLen - 3]!;
          } else if (ls !== 0 /* NONWORD */ && (q <= WALKED || q >= FIRST_STATE)) {
            const p = tokenStart(w, text, i);
            wordStart(w, text, p, script[cls[text.charCodeAt(p)]!]!, lastEnd);
            if (w.candLen > 0) lastEnd = w.cands[w.candLen - 3]!;
          }
          s = s1 === 0 /* NONWORD */ ? ROOT : (WALKED + s1) * W;
        }
        i++;
      }
    };
    /**
     * Walks the deferred accepts whose words a candidate of this scan weighs: those whose hits can
     * start in the stretch resolve.ts reads around a candidate that needs context (from
     * CONTEXT_REACH before it to WINDOW after it), and whose walks can reach a word of one of that
     * candidate's entities (their signatures meet). The rest are common words no candidate here
     * weighs. The hits are merged into ctx in start order.
     */
    const sig = new Uint32Array(2);
    const walkDeferredWhereWeighed = (text: string): void => {
      if (w.defLen === 0 || needsContext === null || deferrable === null) return;
      const needs = needsContext;
      const { deferKind, contextEntities } = deferrable;
      const cands = w.cands;
      const def = w.def;
      const filter = this.acceptFilter;
      const before = w.ctxLen;
      let d = 0;
      for (let c = 0; c < w.candLen && d < w.defLen; c += 4) {
        const node = cands[c + 2]!;
        if (((needs[node >>> 5]! >>> (node & 31)) & 1) === 0) continue;
        // The candidate's entities that weigh context or exclude words, as a signature.
        sig[0] = 0;
        sig[1] = 0;
        const outEnd = endOutput(outs, node);
        for (let o = firstOutput(outs, node); o < outEnd; o++)
          if ((outData[o]! & 3) < 2 /* K_CONTEXT */) addToSignature(sig, 0, outData[o]! >>> OUT_SHIFT);
        const from = cands[c]! - CONTEXT_REACH;
        const to = cands[c + 1]! + WINDOW;
        // Deferred accepts are in position order and the stretches move right: an accept before
        // this stretch (a hit starts at or before its accept) is behind every later one too.
        while (d < w.defLen && def[d]! < from) d += 2;
        for (let e = d; e < w.defLen; e += 2) {
          const i = def[e]!;
          const a = def[e + 1]!;
          // Its hits start in its token: past the stretch once the token starts past it (and so do
          // the tokens of later accepts).
          if (i > to && delimitedStart(w, text, i) > to) break;
          if (a < 0) continue; // marked already for an earlier stretch
          if ((contextEntities[2 * a]! & sig[0]!) !== 0 || (contextEntities[2 * a + 1]! & sig[1]!) !== 0)
            def[e + 1] = -1 - a;
        }
      }
      // The marked accepts, in position order (so their hits come in start order).
      for (let e = 0; e < w.defLen; e += 2) {
        if (def[e + 1]! >= 0) continue;
        const i = def[e]!;
        const a = -1 - def[e + 1]!;
        const k = cls[text.charCodeAt(i)]!;
        // These walks emit no name, so no candidate (and no lastEnd) changes. A list deferred
        // after the filter (kind 2) emits its members' outputs only, as the filter decided.
        const need =
          deferKind[a] === 2 ? EMIT_ONLY : filter === null ? WALK_ALL : filter.decide(text, i, k, a);
        if (need !== SKIP) acceptWord(w, text, i, k, a, 0, need === WALK_ALL);
      }
      if (w.ctxLen > before) mergeContextHits(w, before);
    };
    this.scan = (text: string): BlockHits => {
      scanIntoWalk(text, true);
      walkDeferredWhereWeighed(text);
      return hitsOf(w);
    };
    this.scanComplete = (text: string): BlockHits => {
      scanIntoWalk(text, false);
      return hitsOf(w);
    };
    const view: ScanView = { cands: w.cands, candLen: 0, ctx: w.ctx, ctxLen: 0 };
    this.scanView = (text: string): ScanView => {
      scanIntoWalk(text, true);
      walkDeferredWhereWeighed(text);
      // The view shows the walk's buffers (which a scan may have replaced by larger ones).
      view.cands = w.cands;
      view.candLen = w.candLen;
      view.ctx = w.ctx;
      view.ctxLen = w.ctxLen;
      return view;
    };
    this.scanReference = scanFull;
    // Warm-up: give every path type feedback before a long text triggers on-stack optimization
    // (otherwise the optimized loop deoptimizes at its first return).
    // Page text arrives as one-byte (Latin-1) and two-byte strings, flat or concatenated: warm up
    // with each kind so the optimized loop does not deoptimize on the first string of another kind.
    // A scanner built in steps warms up in steps of its own (warmUpRound, three rounds).
    this.warmUpRound = () => {
      for (const t of WARM_UP_SAMPLES) this.scan(t);
    };
    if (options.acceptFilter !== 'later') for (let r = 0; r < WARM_UP_ROUNDS; r++) this.warmUpRound();
  }
}

// ---- Walks: plain functions over one monomorphic table object (W). With several scanners alive
// (curated + listed) closures would share optimized code that reloads every captured table per
// access; these functions copy the tables they use into locals once per call. ----

/** A copy of the last scan's results (the walk's buffers are reused by the next scan). */
function hitsOf(w: Walk): BlockHits {
  return { cands: w.cands.slice(0, w.candLen), ctx: w.ctx.slice(0, w.ctxLen) };
}

/** Tables and results of the walks of one scanner. */
class Walk {
  /** Results of the last walk: end (exclusive) and node of the longest name ending on a boundary. */
  bestEnd = -1;
  bestNode = -1;
  /** Results of a scan: candidate quadruples and context-hit triples (BlockHits), grown as needed. */
  cands = new Int32Array(256);
  candLen = 0;
  ctx = new Int32Array(256);
  ctxLen = 0;
  /** Deferred accepts of a scanView: (position, accept list) pairs; spare: a buffer for merging ctx. */
  def = new Int32Array(256);
  defLen = 0;
  spare = new Int32Array(256);
  /**
   * First node of each depth (characters from the root), and one past the last node: the
   * breadth-first layout keeps the nodes of one depth consecutive, so a few dozen numbers give
   * every node's depth (depthOf) where an array of one per node was a fifth of a megabyte per tab.
   */
  readonly levelStart: Uint32Array;
  /** Accept lists of the automaton (SparseDfa.acceptFirst/accept); set once it is built. */
  acceptFirst: Uint32Array = new Uint32Array(1);
  accept: Int32Array = new Int32Array(0);
  /**
   * Per accept-list member c ≥ 1 (parallel to accept): its depth | ACCEPT_HAS_OUT (outputs at c)
   * | ACCEPT_HAS_EDGES (children): what acceptWord needs of c, next to the member itself rather
   * than in three node tables (each a cache miss at the moment of an accept).
   */
  acceptInfo: Int32Array = new Int32Array(0);
  constructor(
    readonly cls: Uint16Array,
    readonly script: Uint8Array,
    readonly root: Int32Array,
    /** Depth-2 table: rows only for classes with a root child (pairRow[k1]: the row's offset). */
    readonly pair: Int32Array,
    readonly pairRow: Int32Array,
    readonly edgeFirst: Uint32Array,
    readonly edgeLabel: Uint16Array,
    readonly outs: NodeOutputs,
    readonly outData: Uint32Array,
    readonly cliticNext: Int16Array,
    readonly cliticAccept: Uint8Array,
    readonly K: number,
    /** Class of a folded character (expansions of ligatures; rare path). */
    readonly classOfFolded: (f: number) => number,
  ) {
    // Breadth-first layout: the children of the nodes [from, to) are the nodes
    // edgeFirst[from] + 1 .. edgeFirst[to].
    const starts = [0];
    for (let from = 0, to = 1; from < to;) {
      [from, to] = [edgeFirst[from]! + 1, edgeFirst[to]! + 1];
      starts.push(from);
    }
    this.levelStart = Uint32Array.from(starts);
  }

  /** The automaton's accept lists, and what acceptWord needs of their members (acceptInfo). */
  setAccepts(acceptFirst: Uint32Array, accept: Int32Array): void {
    this.acceptFirst = acceptFirst;
    this.accept = accept;
    const info = new Int32Array(accept.length);
    const { edgeFirst, outs } = this;
    for (let m = 0; m < accept.length; m++) {
      const c = accept[m]!;
      if (c <= 0) continue;
      info[m] =
        Math.min(depthOf(this, c), ACCEPT_DEPTH) |
        (hasOutputs(outs, c) ? ACCEPT_HAS_OUT : 0) |
        (edgeFirst[c] !== edgeFirst[c + 1] ? ACCEPT_HAS_EDGES : 0);
    }
    this.acceptInfo = info;
  }
}

/** acceptInfo fields. */
const ACCEPT_DEPTH = 0xffff;
const ACCEPT_HAS_OUT = 1 << 16;
const ACCEPT_HAS_EDGES = 1 << 17;

/** Characters from the root to node v (levelStart: nodes of one depth are consecutive). */
function depthOf(w: Walk, v: number): number {
  const starts = w.levelStart;
  let d = 0;
  while (starts[d + 1]! <= v) d++;
  return d;
}

// The results go to typed buffers reused across scans and are copied out once per scan: pushing
// onto a growing JS array costs tens of ns per entry once it is large (one long text).
/** A copy of b in a buffer twice its size (the result buffers grow by doubling). */
function doubled(b: Int32Array): Int32Array<ArrayBuffer> {
  const nb = new Int32Array(b.length * 2);
  nb.set(b);
  return nb;
}

function pushHit(w: Walk, p: number, i: number, v: number): void {
  const n = w.ctxLen;
  if (n + 3 > w.ctx.length) w.ctx = doubled(w.ctx);
  const b = w.ctx;
  b[n] = p;
  b[n + 1] = i;
  b[n + 2] = v;
  w.ctxLen = n + 3;
}

function pushCand(w: Walk, start: number, end: number, node: number, flags: number): void {
  const n = w.candLen;
  if (n + 4 > w.cands.length) w.cands = doubled(w.cands);
  const b = w.cands;
  b[n] = start;
  b[n + 1] = end;
  b[n + 2] = node;
  b[n + 3] = flags;
  w.candLen = n + 4;
}

function pushDeferred(w: Walk, i: number, a: number): void {
  const n = w.defLen;
  if (n + 2 > w.def.length) w.def = doubled(w.def);
  const b = w.def;
  b[n] = i;
  b[n + 1] = a;
  w.defLen = n + 2;
}

/**
 * Merges ctx[0, before) and ctx[before, ctxLen) — each in (start, end) order — into one run in
 * (start, end) order: the order of scanReference, where each walk start emits its hits by end.
 */
function mergeContextHits(w: Walk, before: number): void {
  const a = w.ctx;
  const n = w.ctxLen;
  if (before === 0 || before === n) return;
  let out = w.spare;
  if (out.length < a.length) out = w.spare = new Int32Array(a.length);
  let x = 0;
  let y = before;
  let o = 0;
  while (x < before || y < n) {
    const takeX = y >= n || (x < before && (a[x]! < a[y]! || (a[x] === a[y] && a[x + 1]! <= a[y + 1]!)));
    const from = takeX ? x : y;
    out[o] = a[from]!;
    out[o + 1] = a[from + 1]!;
    out[o + 2] = a[from + 2]!;
    o += 3;
    if (takeX) x += 3;
    else y += 3;
  }
  w.spare = a;
  w.ctx = out;
}

/**
 * Adds an entity to a signature: two Uint32 words at sig[at], sig[at + 1], one bit per entity
 * (hashed), telling which entities' words a walk can reach.
 */
function addToSignature(sig: Uint32Array, at: number, entity: number): void {
  const bit = Math.imul(entity + 1, 0x9e3779b1) >>> 26;
  sig[at + (bit >>> 5)]! |= 1 << (bit & 31);
}

/** Deferrable accept lists and what their walks can find (see deferrableListsSteps). */
interface DeferrableLists {
  /**
   * Per accept list: 1 where every walk can only reach context or exclude words (deferred before
   * the accept filter); 2 where the members' own outputs are only such words (deferred when the
   * filter finds that no walk goes on past the members); else 0.
   */
  deferKind: Uint8Array;
  /** Per accept list, two Uint32 words: the signature (addToSignature) of the entities of those words. */
  contextEntities: Uint32Array;
}

/**
 * Accept lists that a scan may defer (in steps over the trie's nodes): every walk of the list can
 * only reach context or exclude words (no member is a proclitic state, which starts new walks, and
 * no node at or below a member has a name output), with the signature of the entities whose words
 * those walks can reach. One pass over the trie, children after parents (breadth-first layout).
 */
function* deferrableListsSteps(w: Walk, dfa: SparseDfa): Generator<void, DeferrableLists, undefined> {
  const N = w.edgeFirst.length - 1;
  const reachesName = new Uint8Array(N);
  const below = new Uint32Array(2 * N);
  // Children have higher numbers (breadth-first): from the last node back, in steps.
  for (let to = N; to > 0; to -= 0x10000) {
    markNodesBelow(w, reachesName, below, Math.max(0, to - 0x10000), to);
    if (to > 0x10000) yield;
  }
  const lists = dfa.acceptFirst.length - 1;
  const deferKind = new Uint8Array(lists);
  const contextEntities = new Uint32Array(2 * lists);
  for (let a = 0; a < lists; a++) {
    let ok = true;
    let lo = 0;
    let hi = 0;
    for (let m = dfa.acceptFirst[a]!; m < dfa.acceptFirst[a + 1]! && ok; m++) {
      const x = dfa.accept[m]!;
      if (x <= 0 || reachesName[x] === 1) ok = false;
      else {
        lo |= below[2 * x]!;
        hi |= below[2 * x + 1]!;
      }
    }
    if (ok) {
      deferKind[a] = 1;
      contextEntities[2 * a] = lo;
      contextEntities[2 * a + 1] = hi;
    } else if (membersEmitOnlyContext(w, dfa, a, contextEntities)) deferKind[a] = 2;
  }
  return { deferKind, contextEntities };
}

/**
 * Are the members of accept list a trie nodes whose own outputs are only context or exclude words
 * (at least one output)? Then their signature goes to contextEntities[2a, 2a + 1].
 */
function membersEmitOnlyContext(w: Walk, dfa: SparseDfa, a: number, contextEntities: Uint32Array): boolean {
  const { outs, outData } = w;
  let any = false;
  for (let m = dfa.acceptFirst[a]!; m < dfa.acceptFirst[a + 1]!; m++) {
    const x = dfa.accept[m]!;
    if (x <= 0) return false;
    const outEnd = endOutput(outs, x);
    for (let o = firstOutput(outs, x); o < outEnd; o++) {
      if ((outData[o]! & 3) < 2 /* K_CONTEXT */) return false;
      any = true;
    }
  }
  if (!any) return false;
  for (let m = dfa.acceptFirst[a]!; m < dfa.acceptFirst[a + 1]!; m++) {
    const x = dfa.accept[m]!;
    const outEnd = endOutput(outs, x);
    for (let o = firstOutput(outs, x); o < outEnd; o++)
      addToSignature(contextEntities, 2 * a, outData[o]! >>> OUT_SHIFT);
  }
  return true;
}

/**
 * For nodes v in [from, to) (children, numbered higher, done first): reachesName[v] = 1 if a name
 * output is at or below v; below[2v], below[2v + 1]: the signature of the entities of the context
 * and exclude words at or below v. A plain function: see fillRows.
 */
function markNodesBelow(
  w: Walk,
  reachesName: Uint8Array,
  below: Uint32Array,
  from: number,
  to: number,
): void {
  const { edgeFirst, outs, outData } = w;
  for (let v = to - 1; v >= from; v--) {
    let r = 0;
    const outEnd = endOutput(outs, v);
    for (let o = firstOutput(outs, v); o < outEnd; o++) {
      const entry = outData[o]!;
      if ((entry & 3) < 2 /* K_CONTEXT */) r = 1;
      else addToSignature(below, 2 * v, entry >>> OUT_SHIFT);
    }
    for (let e = edgeFirst[v]!; e < edgeFirst[v + 1]!; e++) {
      const c = e + 1;
      r |= reachesName[c]!;
      below[2 * v]! |= below[2 * c]!;
      below[2 * v + 1]! |= below[2 * c + 1]!;
    }
    reachesName[v] = r;
  }
}

/**
 * The start of the token at i, or earlier: just after the last delimiter (a non-word character
 * that is not removed) before i, or the text's start.
 */
function delimitedStart(w: Walk, text: string, i: number): number {
  const { cls, script } = w;
  while (i > 0) {
    const k = cls[text.charCodeAt(i - 1)]!;
    if (k !== 0 /* C_SKIP */ && k !== 7 /* C_EXPAND */ && script[k] === 0 /* NONWORD */) break;
    i--;
  }
  return i;
}

/**
 * Nodes whose candidates weigh context or exclude words (an ambiguous form, or a name of an entity
 * with exclude words), a bit per node.
 */
function nodesNeedingContext(
  outs: NodeOutputs,
  outData: Uint32Array,
  /** Per entity: 1 if it has exclude words. */
  hasExclude: Uint8Array,
  n: number,
): Uint32Array {
  const bits = new Uint32Array((n + 31) >>> 5);
  // Only the nodes with outputs (a sixth of them), in order: the r-th has entries start[r] ..
  // start[r + 1].
  let r = 0;
  for (let word = 0; word < bits.length; word++) {
    for (let rest = outs.bits[word]!; rest !== 0; rest &= rest - 1, r++) {
      for (let o = outs.start[r]!; o < outs.start[r + 1]!; o++) {
        const entry = outData[o]!;
        const kind = entry & 3;
        if (kind === 1 /* K_AMBIG */ || (kind === 0 /* K_NAME */ && hasExclude[entry >>> OUT_SHIFT] === 1)) {
          bits[word]! |= rest & -rest;
          break;
        }
      }
    }
  }
  return bits;
}

/** Characters the accept filter looks ahead. */
const FILTER_AHEAD = 4;

/**
 * A filter in front of acceptWord. An accept leaves the automaton's loop and walks the trie from
 * the accept list's nodes, and with many names (the listed entities) the trie is megabytes: each
 * walk costs a few cache misses. Most accepts then are common words that begin some name ("the ",
 * "new ") or long tokens cut at the automaton's state bound ("partner", "company"), and the walk
 * dies within a few characters. For each accept list without proclitic states the filter holds
 * every class sequence of up to FILTER_AHEAD characters the trie has below the members, hashed
 * with the list into one bit set, with a second bit where a node on that path has outputs.
 * Reading the next characters: a clear first bit proves that every walk ends without an output
 * there; a set output bit, or a character the walks would skip, expand or collapse, falls back to
 * the walk, as does reaching FILTER_AHEAD. Proven dead walks cost nothing when the members emit
 * nothing where they stand (kind 1: acceptWord is skipped) and only the members' own outputs when
 * they do (kind 2: a context word such as «الصين» or "chips", whose walk would otherwise go on into
 * the next word for the longer forms that begin with it). A false positive only costs the walk,
 * so matches are unchanged.
 */
export class AcceptFilter {
  /** Accepts skipped, and accepts reduced to their members' outputs, so far (tests: the filter is exercised). */
  skipped = 0;
  emitOnly = 0;
  /** Per accept list: 0 not filtered, 1 members without outputs, 2 members with outputs. */
  private readonly filterable: Uint8Array;
  /** Two bits per hash slot: 1 the path exists, 2 a node on it has outputs. */
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private readonly cls: Uint16Array;

  constructor(w: Walk, dfa: SparseDfa, compiledFilterable?: Uint8Array, compiledBits?: Uint32Array) {
    const { edgeFirst, edgeLabel, outs } = w;
    this.cls = w.cls;
    if (compiledFilterable && compiledBits) {
      // Compiled (SparseDfa.derived): the same tables as computed below.
      this.filterable = compiledFilterable;
      this.bits = compiledBits;
      this.mask = compiledBits.length * 16 - 1;
      return;
    }
    const lists = dfa.acceptFirst.length - 1;
    const filterable = new Uint8Array(lists);
    const hasOut = (v: number) => hasOutputs(outs, v);
    // (hash, flag) pairs; the table is sized once their number is known.
    const keys: number[] = [];
    const below = (v: number, h: number, depth: number): void => {
      for (let e = edgeFirst[v]!; e < edgeFirst[v + 1]!; e++) {
        const c = e + 1;
        const hc = AcceptFilter.mix(h, edgeLabel[e]!);
        if (hasOut(c)) keys.push(hc, 3);
        else {
          keys.push(hc, 1);
          if (depth + 1 < FILTER_AHEAD) below(c, hc, depth + 1);
        }
      }
    };
    for (let a = 0; a < lists; a++) {
      let kind = 1;
      for (let m = dfa.acceptFirst[a]!; m < dfa.acceptFirst[a + 1]! && kind > 0; m++) {
        const x = dfa.accept[m]!;
        if (x <= 0) kind = 0;
        else if (hasOut(x)) kind = 2;
      }
      if (kind === 0) continue;
      filterable[a] = kind;
      for (let m = dfa.acceptFirst[a]!; m < dfa.acceptFirst[a + 1]!; m++) below(dfa.accept[m]!, a, 0);
    }
    // 8 slots per path: about one in eight absent paths still passes.
    let size = 1024;
    while (size < keys.length * 4) size *= 2;
    this.bits = new Uint32Array(size >>> 4);
    this.mask = size - 1;
    for (let j = 0; j < keys.length; j += 2) {
      const slot = (keys[j]! & this.mask) << 1;
      this.bits[slot >>> 5]! |= keys[j + 1]! << (slot & 31);
    }
    this.filterable = filterable;
  }

  /** Its tables, as the compiler ships them. */
  tables(): { filterable: Uint8Array; filterBits: Uint32Array } {
    return { filterable: this.filterable, filterBits: this.bits };
  }

  /** Hash of a path extended by class k (the path of length 0 is its list's number). */
  private static mix(h: number, k: number): number {
    h = Math.imul(h ^ Math.imul(k + 1, 0x85ebca77), 0x9e3779b1);
    return h ^ (h >>> 15);
  }

  /**
   * What acceptWord must do for accept list a, accepted at i on class k, reading the next
   * FILTER_AHEAD characters as resume reads them: WALK_ALL, EMIT_ONLY (no walk goes on past the
   * members: only their own outputs) or SKIP (neither).
   */
  decide(text: string, i: number, k: number, a: number): number {
    const kind = this.filterable[a]!;
    if (kind === 0 || i + FILTER_AHEAD >= text.length) return WALK_ALL;
    const cls = this.cls;
    const bits = this.bits;
    const mask = this.mask;
    let h = a;
    let prev = k;
    for (let j = 1; j <= FILTER_AHEAD; j++) {
      const kj = cls[text.charCodeAt(i + j)]!;
      if (kj === 0 /* C_SKIP */ || kj === 7 /* C_EXPAND */ || (kj === 1 && prev === 1) /* C_SPACE */)
        return WALK_ALL;
      h = AcceptFilter.mix(h, kj);
      const slot = (h & mask) << 1;
      const b = (bits[slot >>> 5]! >>> (slot & 31)) & 3;
      if (b === 0) {
        if (kind === 1) {
          this.skipped++;
          return SKIP;
        }
        this.emitOnly++;
        return EMIT_ONLY;
      }
      if (b !== 1) return WALK_ALL;
      prev = kj;
    }
    return WALK_ALL;
  }
}

/** AcceptFilter.decide: what an accept needs. */
const SKIP = 0;
const EMIT_ONLY = 1;
const WALK_ALL = 2;

/** Script of the first/last character of the expansion of a ligature code unit. */
function expandScript(c: number, first: boolean): number {
  const e = foldExpansion(c);
  return e ? scriptOf(e.charCodeAt(first ? 0 : e.length - 1)) : 0; /* NONWORD */
}

/** Child of node v by class k, or -1. */
function step(w: Walk, v: number, k: number): number {
  return v === 0 ? w.root[k]! : childOf(w.edgeFirst, w.edgeLabel, v, k);
}

/** Child of node v by class k in the CSR edges (labels sorted per node), or -1. */
function childOf(edgeFirst: Uint32Array, edgeLabel: Uint16Array, v: number, k: number): number {
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
function emit(w: Walk, text: string, p: number, i: number, v: number, last: number): void {
  const onBoundary = endOk(w, text, i, last);
  const outData = w.outData;
  // Called only for nodes with outputs.
  const r = rankOf(w.outs, v);
  const o0 = w.outs.start[r]!;
  const o1 = w.outs.start[r + 1]!;
  if (onBoundary && (outData[o0]! & 3) < 2 /* K_CONTEXT */) {
    w.bestEnd = i;
    w.bestNode = v;
  }
  // Entries are sorted names first, then context/exclude words.
  if ((outData[o1 - 1]! & 3) >= 2 /* K_CONTEXT */) {
    if (onBoundary || (i - p >= 4 && last !== 0) /* NONWORD */) pushHit(w, p, i, v);
  }
}

/** Walks the trie from p (generic path: ligatures, one-character forms); sets bestEnd/bestNode; records context hits. */
function walkSlow(w: Walk, text: string, p: number): void {
  const cls = w.cls;
  const script = w.script;
  const outs = w.outs;
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
    if (hasOutputs(outs, v)) emit(w, text, p, i, v, last);
  }
}

/** Walks the trie from p: the first two characters through the dense pair table. */
function walk(w: Walk, text: string, p: number): void {
  const cls = w.cls;
  const script = w.script;
  const outs = w.outs;
  const edgeFirst = w.edgeFirst;
  const edgeLabel = w.edgeLabel;
  const n = text.length;
  w.bestEnd = -1;
  w.bestNode = -1;
  let i = p;
  let k = 0; /* C_SKIP */
  while (i < n && (k = cls[text.charCodeAt(i)]!) === 0 /* C_SKIP */) i++;
  if (i >= n) return;
  if (k === 7 /* C_EXPAND */) return walkSlow(w, text, p);
  const k1 = k;
  let v = w.root[k1]!;
  if (v < 0) return;
  if (hasOutputs(outs, v)) return walkSlow(w, text, p);
  i++;
  while (i < n && (k = cls[text.charCodeAt(i)]!) === 0 /* C_SKIP */) i++;
  if (i >= n) return;
  if (k === 7 /* C_EXPAND */) return walkSlow(w, text, p);
  v = w.pair[w.pairRow[k1]! + k]!;
  if (v < 0) return;
  i++;
  let lastSpace = k === 1; /* C_SPACE */
  if (hasOutputs(outs, v)) emit(w, text, p, i, v, script[k]!);
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
    } else if (k === 7 /* C_EXPAND */) {
      // Go on through the ligature's expansion (restarting from p would emit context hits twice).
      resume(w, text, p, i, v, lastSpace);
      return;
    } else lastSpace = false;
    v = childOf(edgeFirst, edgeLabel, v, k);
    if (v < 0) return;
    i++;
    if (hasOutputs(outs, v)) emit(w, text, p, i, v, script[k]!);
  }
}

/** All starts of the word at p: p itself and after each proclitic combination. */
function wordStart(w: Walk, text: string, p: number, s: number, lastEnd: number): void {
  walk(w, text, p);
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
        walk(w, text, r);
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
  pushCand(w, bStart, bEnd, bNode, bFlags);
}

/**
 * Continues a walk started at p that is at node v before position i (lastSpace: the last
 * character read was a space); emits as walkSlow does.
 */
function resume(w: Walk, text: string, p: number, i: number, v: number, lastSpace: boolean): void {
  const cls = w.cls;
  const script = w.script;
  const outs = w.outs;
  const edgeFirst = w.edgeFirst;
  const edgeLabel = w.edgeLabel;
  const n = text.length;
  while (i < n) {
    const k = cls[text.charCodeAt(i)]!;
    if (k === 0 /* C_SKIP */) {
      i++;
      continue;
    }
    if (k === 7 /* C_EXPAND */) {
      // A ligature inside the walk: step through its expansion.
      const c = text.charCodeAt(i);
      const e = foldExpansion(c);
      for (let j = 0; j < e.length && v >= 0; j++) v = step(w, v, w.classOfFolded(e.charCodeAt(j)));
      if (v < 0) return;
      i++;
      lastSpace = false;
      if (hasOutputs(outs, v)) emit(w, text, p, i, v, expandScript(c, false));
      continue;
    }
    if (k === 1 /* C_SPACE */) {
      if (lastSpace) {
        i++;
        continue;
      }
      lastSpace = true;
    } else lastSpace = false;
    v = childOf(edgeFirst, edgeLabel, v, k);
    if (v < 0) return;
    i++;
    if (hasOutputs(outs, v)) emit(w, text, p, i, v, script[k]!);
  }
}

/**
 * cliticFlags of a walk that starts at p inside a token the automaton accepted (no ligature or
 * CJK in it): 0 if p starts the token, else cliticAccept of the proclitic combination from the
 * token start to p, as wordStart reads it.
 */
function cliticFlags(w: Walk, text: string, p: number): number {
  const cls = w.cls;
  let j = p - 1;
  while (j >= 0 && cls[text.charCodeAt(j)] === 0 /* C_SKIP */) j--;
  if (j < 0) return 0;
  const k = cls[text.charCodeAt(j)]!;
  const prev = k === 7 /* C_EXPAND */ ? expandScript(text.charCodeAt(j), false) : w.script[k]!;
  if (isStartScript(prev, w.script[cls[text.charCodeAt(p)]!]!)) return 0;
  let st = 0;
  for (let x = tokenStart(w, text, j); x < p; x++) {
    const kx = cls[text.charCodeAt(x)]!;
    if (kx !== 0 /* C_SKIP */) st = w.cliticNext[st * w.K + kx]!;
  }
  return w.cliticAccept[st]!;
}

/**
 * The walks of one token whose key the automaton accepted at i (class k): what wordStart(token
 * start) would do, without reading the token again. Accept list a holds, sorted by start, the
 * walks alive after i: trie node c reached from one start (the token start, or after a
 * proclitic) as c ≥ 1 — its start is the depth(c)-th
 * non-removed character back from i, and as no walk passed a node with outputs before (that would
 * have been accepted) the walk goes on from c at i + 1 — then the proclitic automaton's state
 * (-1 - state), whose later starts are walked as wordStart does. walkOn false: the accept filter
 * proved that no walk goes on past its member (EMIT_ONLY), so only the members' outputs count.
 */
function acceptWord(
  w: Walk,
  text: string,
  i: number,
  k: number,
  a: number,
  lastEnd: number,
  walkOn: boolean,
): void {
  const accept = w.accept;
  const acceptInfo = w.acceptInfo;
  const cls = w.cls;
  const sk = w.script[k]!;
  let bStart = -1;
  let bEnd = -1;
  let bNode = -1;
  let bFlags = 0;
  for (let m = w.acceptFirst[a]!; m < w.acceptFirst[a + 1]!; m++) {
    const x = accept[m]!;
    if (x < 0) {
      // Inside a proclitic combination: starts after each complete one (cf. wordStart).
      const K = w.K;
      const n = text.length;
      let st = -1 - x;
      let j = i + 1;
      for (;;) {
        const acc = w.cliticAccept[st]!;
        let r = j;
        while (r < n && cls[text.charCodeAt(r)] === 0 /* C_SKIP */) r++;
        if (acc !== 0 && r < n && w.script[cls[text.charCodeAt(r)]!] === 2 /* ARABIC */) {
          walk(w, text, r);
          if (w.bestEnd > bEnd) {
            bEnd = w.bestEnd;
            bNode = w.bestNode;
            bStart = r;
            bFlags = acc;
          }
        }
        if (r >= n) break;
        st = w.cliticNext[st * K + cls[text.charCodeAt(r)]!]!;
        if (st < 0) break;
        j = r + 1;
      }
      continue;
    }
    const c = x;
    const info = acceptInfo[m]!;
    let p = i;
    for (let d = (info & ACCEPT_DEPTH) - 1; d > 0; d--) {
      p--;
      while (cls[text.charCodeAt(p)] === 0 /* C_SKIP */) p--;
    }
    w.bestEnd = -1;
    w.bestNode = -1;
    if ((info & ACCEPT_HAS_OUT) !== 0) emit(w, text, p, i + 1, c, sk);
    if (walkOn && (info & ACCEPT_HAS_EDGES) !== 0) resume(w, text, p, i + 1, c, k === 1 /* C_SPACE */);
    if (w.bestEnd > bEnd) {
      bEnd = w.bestEnd;
      bNode = w.bestNode;
      bStart = p;
      bFlags = -1; // read off the text below, for the chosen start only
    }
  }
  if (bEnd < 0) return;
  if (bStart < lastEnd) return; // leftmost-longest: overlaps an earlier candidate
  pushCand(w, bStart, bEnd, bNode, bFlags >= 0 ? bFlags : cliticFlags(w, text, bStart));
}

/**
 * Start of the token that contains j (a non-removed character): going back over removed
 * characters, the last position that is a token start after its predecessor (isStartScript, with
 * the first/last script of a ligature's expansion). Runs once per walk, not per character.
 */
function tokenStart(w: Walk, text: string, j: number): number {
  const cls = w.cls;
  const script = w.script;
  let q = j;
  let k = cls[text.charCodeAt(j)]!;
  let sq = k === 7 /* C_EXPAND */ ? expandScript(text.charCodeAt(j), true) : script[k]!;
  for (let p = j - 1; p >= 0; p--) {
    k = cls[text.charCodeAt(p)]!;
    if (k === 0 /* C_SKIP */) continue;
    const c = text.charCodeAt(p);
    if (isStartScript(k === 7 /* C_EXPAND */ ? expandScript(c, false) : script[k]!, sq)) return q;
    q = p;
    sq = k === 7 /* C_EXPAND */ ? expandScript(c, true) : script[k]!;
  }
  return q;
}

/**
 * The tight loop of Scanner.scan: from i, one automaton step per code unit until an entry < 0 (a
 * key accepted or a special character) or the end; returns that position, the state (row offset)
 * in st[0]. A plain function without calls whose tables arrive as arguments: its state stays in
 * registers and nothing is reloaded from a closure context per character, however many scanners
 * exist.
 */
function runLoop(
  text: string,
  i: number,
  n: number,
  D: Int32Array,
  col: Uint8Array | Uint16Array,
  st: Int32Array,
): number {
  let s = st[0]!;
  for (; i < n; i++) {
    const t = D[s + col[text.charCodeAt(i)]!]!;
    if (t < 0) break;
    s = t;
  }
  st[0] = s;
  return i;
}

// ---- The token automaton ----

/**
 * The token automaton in sparse form, as stored in the artifact: per state the script of the last
 * character read, and the transitions that differ from the defaults (expandDfa): on class label[e]
 * (first[q] ≤ e < first[q + 1]) go to state target[e] ≥ 0, or accept with accept list
 * ACCEPT - target[e]: the walks alive after that character, accept[acceptFirst[a] ..
 * acceptFirst[a + 1]) (see acceptWord).
 */
export interface SparseDfa {
  script: Uint8Array;
  first: Uint32Array;
  label: Uint16Array;
  target: Int32Array;
  acceptFirst: Uint32Array;
  accept: Int32Array;
  /**
   * Derived from the automaton and the trie at compile time, so a tab does not walk the whole
   * trie to derive them (cold code, tens of milliseconds): the accept lists whose walks reach
   * only context words with the signatures of those words' entities (deferrableListsSteps), and
   * the accept filter's tables (AcceptFilter).
   */
  derived?: {
    deferKind: Uint8Array;
    contextEntities: Uint32Array;
    filterable: Uint8Array;
    filterBits: Uint32Array;
  };
}

/**
 * Builds the token automaton from the trie: a DFA over classes that reads each token from its
 * start and accepts as soon as the token read so far is a KEY: the first token of a pattern — with
 * its delimiter if the pattern goes on after it ("t." ≠ "t "), and for Arabic after every
 * proclitic combination. As a key is accepted however long the word goes on, context words that
 * match as prefixes of longer words are covered. Subset construction: a state stands for the
 * walks that are still alive — members: trie node v ≥ 1 reached from the token start or after a
 * proclitic (the same node cannot be reached from two starts: it fixes how many characters the
 * walk read); the root 0 (in ROOT: a walk starting here; elsewhere: a proclitic just ended, a walk
 * starts at the next, Arabic, character); the state of the proclitic automaton as -1 - state. A member reaching a node where a key ends, or a new state
 * beyond maxStates (breadth-first, so only long tokens are cut), makes the transition accept,
 * with the members after that character as its accept list: the walks go on from them
 * (acceptWord). Any walk that can match from a token start is alive until an accept in its
 * token, so the automaton only removes walks, never matches.
 * States 0..8: ROOT (after a delimiter or at the text start), DEAD + s (no walk alive in this
 * token; last script s), WALKED + s (the token's walks are done; last script s).
 */
function buildTokenDfa(w: Walk, maxStates: number): SparseDfa {
  const { root, edgeFirst, edgeLabel, outs, script, cliticNext, cliticAccept, K } = w;
  // A trie node ends a key if a pattern ends there or a pattern goes on with a token start
  // (another script, CJK). The edge into node v is v - 1 (breadth-first layout).
  const keyEnd = (v: number): boolean => {
    if (hasOutputs(outs, v)) return true;
    const sv = script[edgeLabel[v - 1]!]!;
    for (let e = edgeFirst[v]!; e < edgeFirst[v + 1]!; e++) {
      const sl = script[edgeLabel[e]!]!;
      if (sl !== 0 /* NONWORD */ && isStartScript(sv, sl)) return true;
    }
    return false;
  };
  const child = (v: number, k: number): number => {
    if (v === 0) return root[k]!;
    for (let e = edgeFirst[v]!; e < edgeFirst[v + 1]!; e++) if (edgeLabel[e] === k) return e + 1;
    return -1;
  };
  const cliticLabels: number[][] = [];
  for (let c = 0; c * K < cliticNext.length; c++) {
    const ls: number[] = [];
    for (let k = 0; k < K; k++) if (cliticNext[c * K + k]! >= 0) ls.push(k);
    cliticLabels.push(ls);
  }
  // Members sorted as acceptWord needs them: trie members by start (deepest node first), then the
  // proclitic state (its starts come later).
  const byStart = (a: number, b: number): number =>
    a < 0 || b < 0 ? b - a : depthOf(w, b) - depthOf(w, a) || a - b;
  const members: number[][] = [[0, -1]];
  const stScript: number[] = [0];
  for (let q = 1; q < FIRST_STATE; q++) {
    members.push([]);
    stScript.push(q <= WALKED ? q : q - WALKED);
  }
  const ids = new Map<string, number>();
  const acceptIds = new Map<string, number>();
  const acceptFirst: number[] = [0];
  const acceptData: number[] = [];
  const acceptList = (list: number[]): number => {
    list.sort(byStart);
    const key = list.join(',');
    let a = acceptIds.get(key);
    if (a === undefined) {
      a = acceptFirst.length - 1;
      acceptIds.set(key, a);
      acceptData.push(...list);
      acceptFirst.push(acceptData.length);
    }
    return a;
  };
  const first: number[] = [0];
  const label: number[] = [];
  const target: number[] = [];
  const seen = new Int32Array(K).fill(-1);
  const labels: number[] = [];
  const order = [ROOT];
  for (let h = 0; h < order.length; h++) {
    const q = order[h]!;
    const mem = members[q]!;
    const ls = stScript[q]!;
    labels.length = 0;
    const addLabel = (k: number) => {
      if (seen[k] !== q) {
        seen[k] = q;
        labels.push(k);
      }
    };
    for (const x of mem) {
      if (x < 0) for (const k of cliticLabels[-x - 1]!) addLabel(k);
      else
        for (let e = edgeFirst[x]!; e < edgeFirst[x + 1]!; e++)
          if (x !== 0 || q === ROOT || script[edgeLabel[e]!] === 2 /* ARABIC */) addLabel(edgeLabel[e]!);
    }
    labels.sort((a, b) => a - b);
    for (const k of labels) {
      const sk = script[k]!;
      if (k === 0 /* C_SKIP */ || k === 7 /* C_EXPAND */ || sk === 4 /* CJK */) continue;
      if (sk === 0 /* NONWORD */) {
        // A delimiter ends the token: accepted if it is part of a key, else back to ROOT.
        const next: number[] = [];
        if (q !== ROOT)
          for (const x of mem) {
            const c = x > 0 ? child(x, k) : -1;
            if (c >= 0) next.push(c);
          }
        if (next.length > 0) {
          label.push(k);
          target.push(ACCEPT - acceptList(next));
        }
        continue;
      }
      if (q !== ROOT && isStartScript(ls, sk)) continue; // a token start: the ROOT transition
      const next: number[] = [];
      let accept = false;
      for (const x of mem) {
        if (x < 0) {
          const nc = cliticNext[(-x - 1) * K + k]!;
          if (nc < 0) continue;
          next.push(-1 - nc);
          if (cliticAccept[nc] !== 0) next.push(0); // a walk starts at the next character
          continue;
        }
        if (x === 0 && q !== ROOT && sk !== 2 /* ARABIC */) continue;
        const c = child(x, k);
        if (c < 0) continue;
        if (keyEnd(c)) accept = true;
        next.push(c);
      }
      if (next.length === 0 && !accept) continue; // DEAD + sk, the default
      next.sort(byStart);
      let id = -1;
      if (!accept) {
        const key = next.join(',');
        id = ids.get(key) ?? -1;
        if (id < 0 && members.length < maxStates) {
          id = members.length;
          ids.set(key, id);
          members.push(next);
          stScript.push(sk);
          order.push(id);
        }
      }
      label.push(k);
      // The walks alive after k; a proclitic just ended (node 0) is the proclitic state's job.
      target.push(id >= 0 ? id : ACCEPT - acceptList(next.filter((x) => x !== 0)));
    }
    // States are processed in id order (ROOT, then new states as created); 1..8 have no explicit
    // transitions.
    if (q === ROOT) for (let d = 1; d < FIRST_STATE; d++) first.push(label.length);
    first.push(label.length);
  }
  return {
    script: Uint8Array.from(stScript),
    first: Uint32Array.from(first),
    label: Uint16Array.from(label),
    target: Int32Array.from(target),
    acceptFirst: Uint32Array.from(acceptFirst),
    accept: Int32Array.from(acceptData),
  };
}

/**
 * The dense table of the automaton: D[state * W + column] = next state's row offset, or < 0
 * (SPECIAL, or ACCEPT - a: accept list a). Columns: removed characters, special characters,
 * one per class with an explicit transition, one per script for all other classes (they behave
 * alike everywhere). Transitions not stored (defaults): a removed character keeps the state; a
 * delimiter leads to ROOT; a token start (isStartScript) takes ROOT's transition; a continuing
 * character leads to DEAD (or WALKED, from a WALKED state) + its script.
 */
/**
 * Entries at or below PENDING lead to a state without a slot yet: PENDING - state. Below every
 * accept code (ACCEPT - a); slots that no state has taken hold UNUSED.
 */
const PENDING = -0x40000000;
const UNUSED = -0x80000000;

/**
 * The dense table and its column of every code unit. Rows live in slots: the fixed states (ROOT,
 * DEAD + s, WALKED + s) in their own numbers, every other state in the next free slot when the
 * scan first enters it (`enter`, which fills its row). A page reaches a few hundred of the
 * automaton's thousands of states, so the table holds those rows, not all of them (2.5 MB of typed
 * array per tab for every state was most of the names index's memory). An entry leading to a
 * state that has no slot yet is PENDING - state; following it enters the state and patches the
 * entry. `D` grows (and is replaced) as slots are added: read it again after `enter`.
 */
interface DenseDfa {
  D: Int32Array;
  col: Uint8Array | Uint16Array;
  width: number;
  /** The slot of a state, entering it (slot and row) if the scan has not been there yet. */
  enter: (state: number) => number;
  /** The state whose row is in this slot. */
  stateOfSlot: (slot: number) => number;
  /** Slots taken (rows filled). */
  rowsInUse: () => number;
}

/** Rows a new table has room for before it grows. */
const INITIAL_SLOTS = 256;

/** The token automaton as a dense table: ROOT's and the fixed states' rows filled, the rest on first use. */
function expandDfa(dfa: SparseDfa, runs: Uint16Array, script: Uint8Array, K: number): DenseDfa {
  const colOf = new Int32Array(K).fill(-1);
  const rep: number[] = [0, 7];
  colOf[0] = 0; // C_SKIP
  for (let k = 1; k < K; k++) if (k === 7 /* C_EXPAND */ || script[k] === 4 /* CJK */) colOf[k] = 1;
  const own = new Uint8Array(K);
  for (let e = 0; e < dfa.label.length; e++) own[dfa.label[e]!] = 1;
  // Columns in class order (the alphabet is sorted by code point): a row's entries for one
  // script's letters are adjacent, so text of one script touches few cache lines of each row.
  const generic = new Int32Array(5).fill(-1);
  for (let k = 1; k < K; k++) {
    if (colOf[k]! >= 0) continue;
    const s = script[k]!;
    if (own[k] === 0 && generic[s]! >= 0) {
      colOf[k] = generic[s]!;
      continue;
    }
    colOf[k] = rep.length;
    if (own[k] === 0) generic[s] = rep.length;
    rep.push(k);
  }
  const W = rep.length;
  const N = dfa.script.length;
  const fixed = Math.min(N, FIRST_STATE);
  const table: Slots = {
    D: new Int32Array(Math.max(INITIAL_SLOTS, fixed) * W).fill(UNUSED),
    slotOf: new Int32Array(N).fill(-1),
    stateOf: new Int32Array(Math.max(INITIAL_SLOTS, fixed)).fill(-1),
    used: fixed,
    W,
  };
  for (let q = 0; q < fixed; q++) {
    table.slotOf[q] = q;
    table.stateOf[q] = q;
  }
  // The defaults depend only on the last script and on DEAD/WALKED: one template row each (ROOT's
  // own row first, as token starts take its entries), copied into every row.
  const template = (ls: number, dead: number): Int32Array => {
    const row = new Int32Array(W);
    row[1] = SPECIAL;
    for (let c = 2; c < W; c++) {
      const sk = script[rep[c]!]!;
      row[c] =
        sk === 0 /* NONWORD */
          ? ROOT
          : ls !== 0 && isStartScript(ls, sk)
            ? table.D[ROOT * W + c]!
            : dead + sk * W;
    }
    return row;
  };
  table.D.set(template(0, DEAD * W), ROOT * W);
  fillRows(table, dfa, colOf, [], ROOT, ROOT + 1);
  const templates: Int32Array[] = [];
  for (let ls = 0; ls < 5; ls++) templates.push(template(ls, DEAD * W), template(ls, WALKED * W));
  fillRows(table, dfa, colOf, templates, 1, fixed);
  // One byte per code unit while the row is at most 255 columns wide (it is under 140 with the
  // listed entities' names): half the memory of a Uint16 table.
  const col = W <= 0xff ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  for (let j = 0; j < runs.length; j += 2)
    col.fill(colOf[runs[j + 1]!]!, runs[j]!, j + 2 < runs.length ? runs[j + 2]! : 0x10000);
  const dense: DenseDfa = {
    D: table.D,
    col,
    width: W,
    enter: (state) => {
      const known = table.slotOf[state]!;
      if (known >= 0) return known;
      const slot = slotFor(table, state);
      fillRows(table, dfa, colOf, templates, slot, slot + 1);
      dense.D = table.D;
      return slot;
    },
    stateOfSlot: (slot) => table.stateOf[slot]!,
    rowsInUse: () => table.used,
  };
  return dense;
}

/** The dense table's rows and which state each slot holds (see DenseDfa). */
interface Slots {
  D: Int32Array;
  /** Slot of every state, or -1 if no filled row has named it yet. */
  slotOf: Int32Array;
  /** State of every slot in use. */
  stateOf: Int32Array;
  used: number;
  W: number;
}

/** A new slot for state t (its row still to be filled). */
function slotFor(table: Slots, t: number): number {
  const slot = table.used++;
  if (slot === table.stateOf.length) {
    // A quarter more room (not twice: the table is most of the index's memory), new rows unused.
    const rows = slot + (slot >> 2);
    const D = new Int32Array(rows * table.W).fill(UNUSED);
    D.set(table.D);
    table.D = D;
    const stateOf = new Int32Array(rows).fill(-1);
    stateOf.set(table.stateOf);
    table.stateOf = stateOf;
  }
  table.slotOf[t] = slot;
  table.stateOf[slot] = t;
  return slot;
}

/**
 * Rows of slots [from, to) of the dense automaton: the template of each state's script (none for
 * ROOT), then its explicit transitions, to the slots of their target states (PENDING - state for
 * a state not entered yet). A plain function, not part of the generator (see prefixSums).
 */
function fillRows(
  table: Slots,
  dfa: SparseDfa,
  colOf: Int32Array,
  templates: Int32Array[],
  from: number,
  to: number,
): void {
  const W = table.W;
  for (let slot = from; slot < to; slot++) {
    const q = table.stateOf[slot]!;
    const row = slot * W;
    if (q !== ROOT) {
      table.D.set(templates[dfa.script[q]! * 2 + (q > WALKED && q < FIRST_STATE ? 1 : 0)]!, row);
      table.D[row] = row; // a removed character keeps the state
    }
    for (let e = dfa.first[q]!; e < dfa.first[q + 1]!; e++) {
      const t = dfa.target[e]!;
      const slot = t >= 0 ? table.slotOf[t]! : -1;
      table.D[row + colOf[dfa.label[e]!]!] = t < 0 ? t : slot >= 0 ? slot * W : PENDING - t;
    }
  }
}

export function encodeDfa(d: SparseDfa): EncodedDfa {
  const enc = (a: Uint8Array | Uint16Array | Uint32Array | Int32Array): string =>
    bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return {
    script: enc(d.script),
    first: enc(d.first),
    label: enc(d.label),
    target: enc(d.target),
    acceptFirst: enc(d.acceptFirst),
    accept: enc(d.accept),
    ...(d.derived && {
      deferKind: enc(d.derived.deferKind),
      contextEntities: enc(d.derived.contextEntities),
      filterable: enc(d.derived.filterable),
      filterBits: enc(d.derived.filterBits),
    }),
  };
}

function decodeDfa(e: EncodedDfa): SparseDfa {
  const bytes = (s: string) => {
    const b = base64ToBytes(s);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  return {
    script: new Uint8Array(bytes(e.script)),
    first: new Uint32Array(bytes(e.first)),
    label: new Uint16Array(bytes(e.label)),
    target: new Int32Array(bytes(e.target)),
    acceptFirst: new Uint32Array(bytes(e.acceptFirst)),
    accept: new Int32Array(bytes(e.accept)),
    ...(e.deferKind &&
      e.contextEntities &&
      e.filterable &&
      e.filterBits && {
        derived: {
          deferKind: new Uint8Array(bytes(e.deferKind)),
          contextEntities: new Uint32Array(bytes(e.contextEntities)),
          filterable: new Uint8Array(bytes(e.filterable)),
          filterBits: new Uint32Array(bytes(e.filterBits)),
        },
      }),
  };
}
