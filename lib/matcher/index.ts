/**
 * Siyaq recognition engine — runtime. Browser-safe (no Node imports); runs in the content
 * script, in tests and in benchmarks.
 *
 *   const matcher = loadMatcher(artifactJson);          // verify envelope, decode tables once
 *   matcher.findMentions(text)                           // whole text = one document
 *   const doc = matcher.createDocument({ excludedTerms }) // one per page
 *   doc.setBlock(key, text); doc.removeBlock(key); doc.resolve() // Map<key, Mention[]>
 *
 * Matching (see scan.ts): a token automaton reads the ORIGINAL text, one table step per code unit
 * (its columns come from the normalization fold of normalize.ts composed with the compressed
 * alphabet — no separate normalization pass), and accepts where a token starts with the first
 * token of a pattern (with Arabic proclitic combinations); only there do the trie walks (CSR
 * typed arrays, dense root and depth-2 tables) go on from the nodes it reached, for the token
 * start and each attached proclitic, keeping the longest form that ends on a token boundary.
 * Leftmost-longest selection per block, then evidence resolution (resolve.ts).
 *
 * Artifact: `data/generated/matcher-curated.json` / `matcher-listed.json`, written by
 * `scripts/compile-matcher.ts` as `stampArtifact('matcher', MATCHER_FORMAT_VERSION, payload)`.
 * `loadMatcher` verifies the envelope and checksum and builds the tables once (≈ 10–20 ms
 * curated, ≈ 100 ms listed; the token automaton's dense table takes ≈ 0.9 MB curated, ≈ 4 MB
 * listed); keep one Matcher per tab.
 *
 * `resolve()` returns every block currently in the document (not only changed ones). Mentions
 * carry `form` (normalized) and `confirmedBy` in addition to entityId/start/end.
 */
import { verifyArtifact } from '../data/artifact';
import { normalize } from '../normalize/normalize';
import { MATCHER_FORMAT_VERSION, MATCHER_KIND, type MatcherPayload, type Mention } from './types';
import { createScannerSteps, Scanner, type BlockHits, type ScanView } from './scan';
import { blockFacts, resolveFacts, type BlockFacts } from './resolve';

export type { Mention, MatcherPayload } from './types';

export interface LoadOptions {
  /** Accept a bare payload without the artifact envelope (tests/benchmarks). Default false. */
  allowBare?: boolean;
}

export interface DocumentOptions {
  /** User "don't underline this term" entries, compared after normalization. */
  excludedTerms?: string[];
}

export interface MentionDocument {
  setBlock(key: number, text: string): void;
  removeBlock(key: number): void;
  /** Mentions of every block, with discourse-level evidence applied across the whole document. */
  resolve(): Map<number, Mention[]>;
}

export interface Matcher {
  readonly entityIds: readonly string[];
  findMentions(text: string): Mention[];
  createDocument(options?: DocumentOptions): MentionDocument;
  /** Raw scan (candidates + context hits) of one text; exposed for benchmarks and tests. */
  scan(text: string): BlockHits;
  /**
   * The scan of one block as a document does it (setBlock): scan without copies. Valid until the
   * next scan; exposed for benchmarks.
   */
  scanForDocument(text: string): ScanView;
}

export function loadMatcher(artifact: unknown, options: LoadOptions = {}): Matcher {
  let payload: MatcherPayload;
  const a = artifact as { header?: unknown; payload?: unknown } | null;
  if (
    a &&
    a.header === undefined &&
    options.allowBare &&
    (a as unknown as MatcherPayload).alphabet !== undefined
  ) {
    payload = a as unknown as MatcherPayload;
  } else {
    payload = verifyArtifact<MatcherPayload>(artifact, MATCHER_KIND, MATCHER_FORMAT_VERSION);
  }
  return matcherOf(payload, new Scanner(payload));
}

/**
 * loadMatcher for a verified payload, in steps (yield between them; see createScannerSteps): the
 * content script runs each step as its own task, so decoding the index never is a long task.
 */
export function* loadMatcherSteps(payload: MatcherPayload): Generator<void, Matcher, undefined> {
  const scanner = yield* createScannerSteps(payload);
  const matcher = matcherOf(payload, scanner);
  yield;
  // Warm-up of the document path (resolution, evidence): its first run compiles and profiles cold
  // code, which on a page's first large segment made one step several times slower.
  for (let i = 0; i < 3; i++) {
    matcher.findMentions(WARM_UP_TEXT);
    if (i < 2) yield;
  }
  return matcher;
}

/** A few sentences that take every resolution path: names, ambiguous forms, context, clitics. */
const WARM_UP_TEXT =
  'Apple and Nvidia met Tencent-backed Moonshot AI; the iPhone maker, Amazon, Meta and Oracle. ' +
  'قادت مجموعة علي بابا جولة في مون شوت، ومبادلة وجي 42 وخزنة. Alibaba Cloud-led round, Arm.';

function matcherOf(payload: MatcherPayload, scanner: Scanner): Matcher {
  const scanForDocument = (text: string): ScanView => scanner.scanView(text);
  return {
    entityIds: payload.entities,
    scan: (text) => scanner.scan(text),
    scanForDocument,
    findMentions(text: string) {
      const doc = this.createDocument();
      doc.setBlock(0, text);
      return doc.resolve().get(0) ?? [];
    },
    createDocument(opts: DocumentOptions = {}) {
      const excluded = new Set((opts.excludedTerms ?? []).map((t) => normalize(t)).filter(Boolean));
      // Judged candidates per block: neither the text nor the raw hits stay (see resolve.ts).
      const blocks = new Map<number, BlockFacts>();
      return {
        setBlock(key, text) {
          blocks.set(key, blockFacts(scanner, text, scanForDocument(text), excluded));
        },
        removeBlock(key) {
          blocks.delete(key);
        },
        resolve() {
          return resolveFacts(scanner, blocks);
        },
      };
    },
  };
}
