/** Shared types and constants of the recognition engine (compile side and runtime). */

/** Bump whenever the serialized table layout changes; loaders reject other versions. */
export const MATCHER_FORMAT_VERSION = 5;
export const MATCHER_KIND = 'matcher';

// Fixed character classes; alphabet characters (those used in any pattern) start at FIRST_ALPHA.
export const C_SKIP = 0; // removed by normalization (tashkeel, tatweel, ZW/bidi marks, soft hyphen)
export const C_SPACE = 1; // any whitespace
export const C_NONWORD = 2; // punctuation/symbol not used in any pattern
export const C_LATIN = 3; // letter (Latin/Greek/Cyrillic…) not used in any pattern
export const C_ARABIC = 4; // Arabic letter not used in any pattern
export const C_DIGIT = 5; // digit not used in any pattern
export const C_CJK = 6; // CJK character not used in any pattern
export const C_EXPAND = 7; // folds to several characters (ligature presentation forms)
export const FIRST_ALPHA = 8;

// Output kinds (low 2 bits of an output entry).
export const K_NAME = 0; // a form that counts on its own
export const K_AMBIG = 1; // a form that needs evidence
export const K_CONTEXT = 2; // a context word of the entity
export const K_EXCLUDE = 3; // an exclude-context word of the entity
/** Flag: generated spelling variant (not a recorded form). */
export const F_VARIANT = 4;
/** Flag: the recorded Latin form has an upper-case letter (lower-case single tokens are rejected). */
export const F_HAS_UPPER = 8;
/** Flag: the form is CJK (no boundaries needed). */
export const F_CJK = 16;
export const OUT_SHIFT = 5;

/** Context window on each side of a mention, in UTF-16 code units (resolve.ts). */
export const WINDOW = 120;
/**
 * How far before a mention the context hits that weigh on it may start: the window, and a
 * context word's length (a hit that ends in the window may start before it).
 */
export const CONTEXT_REACH = WINDOW + 128;

/** The serialized matcher (payload of `data/generated/matcher-*.json`). Typed arrays are base64 (little-endian). */
export interface MatcherPayload {
  /** Folded characters used by patterns; class of alphabet[i] is FIRST_ALPHA + i. */
  alphabet: string;
  /** Entity ids, indexed by output entries (`entry >>> OUT_SHIFT`). */
  entities: string[];
  nodeCount: number;
  /**
   * Trie in breadth-first order: node v has childCount[v] children, whose edges are consecutive;
   * edgeFirst (prefix sums of childCount, rebuilt at load) gives the first edge of each node and
   * the target of edge e is node e + 1. Edge labels (classes) are sorted per node.
   */
  childCount: string;
  childCountBytes: 1 | 2;
  edgeLabel: string;
  labelBytes: 1 | 2;
  /**
   * Output lists: node outNodes[i] (ascending Uint32) has outCount[i] (Uint8) entries of outData
   * (Uint32). outNodes and outCount are empty when outputTables is present.
   */
  outNodes: string;
  outCount: string;
  outData: string;
  /**
   * The token automaton (scan.ts) in sparse form, computed at compile time because deriving it
   * from the trie takes tens of milliseconds — a long task in every tab. Absent in payloads built
   * for tests; then the loader computes it.
   */
  tokenDfa?: EncodedDfa;
  /**
   * The class of every code unit (scan.ts: the fold composed with the alphabet) as Uint16 pairs
   * (first code unit of a run, class), computed at compile time: computing it in a tab reads the
   * whole fold table, ~15 ms of cold code on every page. Absent in payloads built for tests.
   */
  classRuns?: string;
  /**
   * Which trie nodes have outputs, computed at compile time (node-outputs.ts: bits, rankBefore,
   * start; Uint32 each): derived in a tab it is loops over every output node in cold code, several
   * milliseconds per page, for tables of about the size of outNodes + outCount, which a payload
   * with these tables leaves empty. Absent in payloads built for tests.
   */
  outputTables?: { bits: string; rankBefore: string; start: string };
  stats: { names: number; variants: number; contextWords: number; patterns: number };
}

/** The token automaton of scan.ts as stored: little-endian typed arrays, base64. */
export interface EncodedDfa {
  /** Uint8 per state: script of the last character read. */
  script: string;
  /** Uint32 per state + 1: first explicit transition of each state. */
  first: string;
  /** Uint16 per transition: the class read. */
  label: string;
  /** Int32 per transition: the next state, or -2 - a: a key accepted, the walks in accept list a. */
  target: string;
  /** Uint32 per accept list + 1: its first entry. */
  acceptFirst: string;
  /** Int32 per entry: a walk alive after the accepted character (scan.ts, acceptWord). */
  accept: string;
  /** Uint8 per accept list: whether and when a scan defers its walks (scan.ts, DeferrableLists). */
  deferKind?: string;
  /** Uint32 × 2 per accept list: the signature of the entities of those words (scan.ts). */
  contextEntities?: string;
  /** The accept filter's tables (scan.ts, AcceptFilter): Uint8 per accept list, Uint32 bit set. */
  filterable?: string;
  filterBits?: string;
}

export interface Mention {
  entityId: string;
  /** UTF-16 offsets into the block's ORIGINAL text; attached Arabic clitics are excluded. */
  start: number;
  end: number;
  /** The normalized form that matched. */
  form: string;
  /** How it was accepted: a recorded/variant unambiguous form, or for ambiguous forms the evidence. */
  confirmedBy: 'name' | 'context' | 'discourse' | 'capitalization';
}
