/**
 * The page scanner: DOM → text blocks (lib/scanner/block-text.ts) → matcher documents
 * (lib/matcher) → mentions index (lib/highlight/mentions-index.ts). Reads the page, never writes.
 *
 * Work is split into jobs on a sliced queue (schedule.ts): the page is partitioned into chunk
 * roots (elements whose children are all blocks are split further), chunks in the viewport go
 * first, then the rest in document order. Blocks are grouped into segments of about
 * SEGMENT_CHARS, each one matcher document: discourse evidence (an ambiguous name confirmed by
 * an unambiguous mention elsewhere) spans a segment — the whole page for any ordinary article —
 * and resolving one segment is one short job, however long the page. Dirty segments are resolved
 * after the viewport, when the queue drains, and after mutations.
 *
 * Every job whose size depends on the page runs in steps (generators, see schedule.ts): walking
 * a big subtree, splitting an element with thousands of children, entering shadow roots,
 * resolving a segment. A block longer than PIECE_CHARS (one text node of a million characters)
 * is matched as pieces cut at sentence ends (block-text.ts `splitBlock`); the pieces of one
 * block form a group that is dropped together.
 */
import type { Matcher, MentionDocument, Mention } from '../matcher/index';
import type { MentionsIndex, MentionRecord } from '../highlight/mentions-index';
import { extractBlockSteps, splitBlock, type TextBlock, type TextSegment } from './block-text';
import {
  BROWSER_BLOCK_OPTIONS,
  isBlockElement,
  isInSkippedSubtree,
  isSkippedElement,
  isSplittableChild,
} from './dom-rules';
import { pageChangeCount, textChangedSince } from './observe-mutations';
import { createSliceQueue, type SliceQueue, type Steps } from './schedule';
import { visibleRange } from './viewport';

/** Give up on pathological pages: no more text is matched past this many code units. */
export const MAX_TEXT_CHARS_PER_PAGE = 5_000_000;
/** Above this many queued roots in one mutation batch, rescan the whole page once instead. */
export const HUGE_MUTATION_COUNT = 1000;
/** Text per matcher document: discourse evidence spans a segment (a whole ordinary article);
 * resolving one is one step, about 3–6 ms per 25k characters, more on a page dense with names. */
export const SEGMENT_CHARS = 25_000;
/** Longer blocks are matched as pieces of at most this many code units. */
export const PIECE_CHARS = 20_000;
/**
 * How far the scanner looks back and ahead (text nodes) for scanned neighbours when it places
 * re-scanned content in document order; past this the content is placed at the start or end.
 */
const NEIGHBOUR_WALK_LIMIT = 2000;
/** Children handled, mentions mapped or elements walked between two steps of a job. */
const STEP_ITEMS = 250;
/** Block children visited by one job (runs of siblings, so 20k paragraphs are 300 jobs). */
const CHILD_RUN = 64;

interface Segment {
  doc: MentionDocument;
  chars: number;
  dirty: boolean;
  keys: Set<number>;
}

interface BlockEntry {
  /** The block's text nodes and where its characters sit in them. */
  segments: TextSegment[];
  /**
   * Its text until it is matched; then only its length stays (memory: a page's text). Whether the
   * page has changed a matched block is told by the mutation observers (textChangedSince).
   */
  text: string | null;
  chars: number;
  /** signatureOf the block's last resolved mentions: unchanged blocks keep their ranges. */
  signature: number;
  segment: Segment;
  /** Keys of every piece of the extracted block this one belongs to (itself included); null: a block in one piece. */
  group: number[] | null;
  /** Place in document order (see `Interval`); blocks of one extraction share it, their keys order them. */
  order: number;
  /**
   * pageChangeCount when the block was last known to match the page (its extraction began, or
   * it was last checked): while the count is the same, the page has not changed; after, the
   * observers tell which text nodes changed (changedSince).
   */
  checkedAt: number;
}

/**
 * A stretch of document order, as numbers: the page is [0, 1), an element's block children split
 * its stretch evenly, and every block extracted from an element takes the start of the element's
 * stretch (blocks of one extraction are ordered by their keys, handed out in document order).
 * So the mentions index sorts mentions by two numbers per block and never asks the DOM: comparing
 * nodes there costs a walk over siblings per comparison, and reading a node in the content
 * script's world costs a map lookup per node (one walk of a 100k-node page: ~80 ms).
 * Re-scanned content gets the stretch between its scanned neighbours.
 */
type Interval = readonly [lo: number, hi: number];

/** Mentions that left and joined the index in one update. */
export interface MentionChange {
  removed: readonly MentionRecord[];
  added: readonly MentionRecord[];
}

export interface PageScannerOptions {
  matcher: Matcher;
  index: MentionsIndex;
  signal: AbortSignal;
  excludedTerms: string[];
  /** Called after the index changed, with the mentions removed and added. */
  onChange: (change: MentionChange) => void;
  /** Called once, when the initial scan has finished. */
  onDone?: () => void;
  /** Called once per open shadow root of the page the scanner enters (to observe and style it). */
  onShadowRoot?: (root: ShadowRoot) => void;
  root?: Element;
}

export class PageScanner {
  private readonly queue: SliceQueue;
  private readonly segments: Segment[] = [];
  private readonly blocks = new Map<number, BlockEntry>();
  private readonly blockOfNode = new WeakMap<Text, number>();
  private nextKey = 0;
  private chars = 0;
  private viewportPending = 0;
  private resolveQueued = false;
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  private pendingChange: { removed: MentionRecord[]; added: MentionRecord[] } = { removed: [], added: [] };
  /** True once the initial scan has finished. */
  done = false;

  constructor(private readonly options: PageScannerOptions) {
    this.queue = createSliceQueue(options.signal);
  }

  /** Starts the initial scan: viewport chunks first, then the rest. */
  start(): void {
    const root = this.options.root ?? document.body;
    if (!root) return;
    this.queue.push(() => this.visit(root, 'initial', [0, 1]), true);
    this.queue.push(() => this.enterShadowRoots(root));
    this.queue.whenIdle(() =>
      this.resolveDirty(() => {
        this.done = true;
        this.options.onDone?.();
      }),
    );
  }

  /** Queues a rescan of these roots (from the mutation observer): their old blocks are dropped first. */
  rescan(roots: Node[], removed: Node[]): void {
    this.queue.push(() => this.rescanSteps(roots, removed));
  }

  private *rescanSteps(roots: Node[], removed: Node[]): Steps {
    for (const node of removed) yield* this.dropBlocksUnder(node);
    if (roots.length > HUGE_MUTATION_COUNT) roots = [this.options.root ?? document.body];
    for (const node of roots) {
      yield* this.dropBlocksUnder(node);
      if (!node.isConnected || isInSkippedSubtree(node)) continue;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (el) {
        yield* this.visit(el, 'later', this.gapAround(el));
        yield* this.enterShadowRoots(el);
      }
    }
    this.scheduleResolve();
  }

  /**
   * Scans `el`, or splits it into its block children queued as their own jobs. During the
   * initial scan, children in the viewport are urgent; dirty segments are resolved as soon as the
   * last of them is done, so the first highlights do not wait for the rest of the page.
   */
  private *visit(el: Element, phase: 'initial' | 'viewport' | 'later', span: Interval): Steps {
    if (isSkippedElement(el)) return;
    let splittable = el.firstElementChild !== null;
    for (let c = el.firstChild, n = 1; c && splittable; c = c.nextSibling, n++) {
      splittable = isSplittableChild(c);
      if (n % STEP_ITEMS === 0) yield;
    }
    if (!splittable) {
      yield* this.extract(el, phase === 'viewport', span[0]);
      return;
    }
    const children: Element[] = [];
    for (let c = el.firstElementChild, n = 1; c; c = c.nextElementSibling, n++) {
      if (isBlockElement(c)) children.push(c);
      if (n % STEP_ITEMS === 0) yield;
    }
    // Which children the reader sees: a few rects by binary search (the page has laid itself out
    // by now), not a hit-test per point, which costs milliseconds each on a page of 100k nodes.
    const [first, last] = phase === 'later' ? [0, -1] : visibleRange(children);
    if (last >= first) {
      this.viewportPending++;
      this.queue.push(() => this.visitRun(children, first, last + 1, true, span), true);
    }
    // The rest in document order, a run of children per job (not a job and a closure per child).
    const rest: [number, number][] =
      last >= first
        ? [
            [0, first],
            [last + 1, children.length],
          ]
        : [[0, children.length]];
    for (const [from, to] of rest) {
      for (let i = from; i < to; i += CHILD_RUN) {
        const end = Math.min(i + CHILD_RUN, to);
        this.queue.push(() => this.visitRun(children, i, end, false, span));
      }
    }
  }

  /** Visits children[from, to) one step each; the viewport run resolves as soon as it is done. */
  private *visitRun(children: Element[], from: number, to: number, inView: boolean, span: Interval): Steps {
    const width = (span[1] - span[0]) / children.length;
    for (let i = from; i < to; i++) {
      const lo = span[0] + i * width;
      yield* this.visit(children[i]!, inView ? 'viewport' : 'later', [lo, lo + width]);
      yield;
    }
    if (inView && --this.viewportPending === 0 && !this.done) this.resolveDirty();
  }

  /**
   * Finds the open shadow roots under `container` (pages' web components) and scans them like the
   * rest of the page; closed roots are out of reach by design. One element walk per call, in steps.
   */
  private *enterShadowRoots(container: Node): Steps {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT);
    let n = 0;
    for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element | null) {
      if (++n % (STEP_ITEMS * 4) === 0) yield;
      const shadow = el.shadowRoot;
      if (!shadow || this.shadowRoots.has(shadow) || isSkippedElement(el)) continue;
      this.shadowRoots.add(shadow);
      this.options.onShadowRoot?.(shadow);
      // Placed when it runs: the host's neighbours in the light tree are registered by then.
      this.queue.push(() => this.extract(shadow as unknown as Element, false, null));
      this.queue.push(() => this.enterShadowRoots(shadow));
    }
  }

  private segmentForNewBlock(): Segment {
    let seg = this.segments[this.segments.length - 1];
    if (!seg || seg.chars >= SEGMENT_CHARS) {
      seg = {
        doc: this.options.matcher.createDocument({ excludedTerms: this.options.excludedTerms }),
        chars: 0,
        dirty: false,
        keys: new Set(),
      };
      this.segments.push(seg);
    }
    return seg;
  }

  /**
   * Extracts the blocks of `el` and matches them, in steps: a subtree of any size never becomes
   * one long task. Matching happens in the same job, so a rescan of these nodes queued meanwhile
   * (by the mutation observer) runs after it and replaces what it found.
   */
  private *extract(el: Element, urgent: boolean, order: number | null): Steps {
    const extractedAt = pageChangeCount();
    const blocks = yield* extractBlockSteps(el, BROWSER_BLOCK_OPTIONS);
    order ??= this.gapAround(el)[0];
    for (const block of blocks) {
      for (const piece of this.addBlock(block, order, extractedAt))
        this.queue.push(() => this.matchPiece(piece), urgent);
      yield;
    }
  }

  /**
   * Registers a block (as pieces if it is huge) and returns the pieces to match; none if the page
   * changed since extraction (the observer has queued those nodes again) or a newer extraction of
   * the same nodes was registered first.
   */
  private addBlock(block: TextBlock, order: number, extractedAt: number): number[] {
    if (this.chars > MAX_TEXT_CHARS_PER_PAGE) return [];
    const now = pageChangeCount();
    if (now !== extractedAt && changedSince(block.segments, extractedAt)) return [];
    for (const seg of block.segments) {
      const owner = this.blockOfNode.get(seg.node);
      if (owner !== undefined && this.blocks.has(owner)) return [];
    }
    const pieces = splitBlock(block, PIECE_CHARS);
    const group: number[] = [];
    for (const piece of pieces) {
      const key = this.nextKey++;
      const segment = this.segmentForNewBlock();
      group.push(key);
      const chars = piece.text.length;
      this.blocks.set(key, {
        // An exact-length copy: an array grown by push keeps room for 17 entries.
        segments: piece.segments.slice(),
        text: piece.text,
        chars,
        signature: 0,
        segment,
        group: pieces.length > 1 ? group : null,
        order,
        checkedAt: now,
      });
      segment.chars += chars;
      this.chars += chars;
    }
    for (const seg of block.segments) this.blockOfNode.set(seg.node, group[0]!);
    return group;
  }

  /** Matches one registered piece (one scan of at most PIECE_CHARS). */
  private matchPiece(key: number): void {
    const entry = this.blocks.get(key);
    if (!entry || entry.text === null) return; // dropped (or matched) meanwhile
    if (!this.isUnchanged(entry)) return; // changed meanwhile: the observer rescans it
    entry.segment.doc.setBlock(key, entry.text);
    entry.text = null;
    entry.segment.keys.add(key);
    entry.segment.dirty = true;
  }

  /** Drops every block with a text node under `node` (or `node` itself), with all its pieces. */
  private *dropBlocksUnder(node: Node): Steps {
    const keys = new Set<number>();
    const add = (t: Text) => {
      const k = this.blockOfNode.get(t);
      const entry = k === undefined ? undefined : this.blocks.get(k);
      if (entry) for (const key of entry.group ?? [k!]) keys.add(key);
    };
    if (node.nodeType === 3) add(node as Text);
    else {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        add(t as Text);
        if (++n % (STEP_ITEMS * 4) === 0) yield;
      }
    }
    for (const key of keys) {
      const entry = this.blocks.get(key);
      if (!entry) continue;
      this.blocks.delete(key);
      this.chars -= entry.chars;
      const seg = entry.segment;
      seg.doc.removeBlock(key);
      seg.chars -= entry.chars;
      seg.keys.delete(key);
      seg.dirty = true;
      this.pendingChange.removed.push(...this.options.index.removeBlock(key));
    }
  }

  /** The document order of the block a text node belongs to, if it is scanned. */
  private orderOf(node: Node): number | undefined {
    const key = this.blockOfNode.get(node as Text);
    return key === undefined ? undefined : this.blocks.get(key)?.order;
  }

  /**
   * The stretch of document order between the scanned text before `node` and the scanned text at
   * or after it (its own text has been dropped by then, or is a shadow host's light content, which
   * comes after its shadow tree). In a shadow tree without scanned neighbours, the host's.
   */
  private gapAround(node: Node): Interval {
    const root = node.getRootNode();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    /** The order of the first scanned text node met moving from `node` one way. */
    const nearest = (move: () => Node | null): number | undefined => {
      walker.currentNode = node;
      for (let t = move(), n = 0; t && n < NEIGHBOUR_WALK_LIMIT; t = move(), n++) {
        const order = this.orderOf(t);
        if (order !== undefined) return order;
      }
      return undefined;
    };
    let before = nearest(() => walker.previousNode());
    let after = nearest(() => walker.nextNode());
    if ((before === undefined || after === undefined) && root instanceof ShadowRoot) {
      const [hostLo, hostHi] = this.gapAround(root.host);
      before ??= hostLo;
      after ??= hostHi;
    }
    const lo = before ?? -1;
    const hi = Math.max(after ?? 2, lo);
    // The middle third: strictly between the neighbours (when they differ), with room on both sides.
    return [lo + (hi - lo) / 3, lo + (2 * (hi - lo)) / 3];
  }

  private scheduleResolve(): void {
    if (this.resolveQueued) return;
    this.resolveQueued = true;
    this.queue.whenIdle(() => {
      this.resolveQueued = false;
      this.resolveDirty();
    });
  }

  /**
   * Resolves each dirty segment as its own urgent job and reports its change right away (small
   * highlight updates, not one for the whole page). Which segments are dirty is decided when the
   * urgent jobs queued before this call (block matching) have run.
   */
  private resolveDirty(then?: () => void): void {
    this.queue.push(() => {
      for (const seg of this.segments) {
        if (!seg.dirty) continue;
        seg.dirty = false;
        this.queue.push(() => this.resolveSegment(seg), true);
      }
      this.queue.push(() => {
        this.reportChange();
        then?.();
      }, true);
    }, true);
  }

  private reportChange(): void {
    const change = this.pendingChange;
    this.pendingChange = { removed: [], added: [] };
    if (change.removed.length || change.added.length) this.options.onChange(change);
  }

  /** Whether a block's text nodes still hold the text it was extracted (and matched) from. */
  private isUnchanged(entry: BlockEntry): boolean {
    const now = pageChangeCount();
    if (now === entry.checkedAt) return true;
    if (changedSince(entry.segments, entry.checkedAt)) return false;
    entry.checkedAt = now;
    return true;
  }

  private *resolveSegment(seg: Segment): Steps {
    if (this.options.signal.aborted) return;
    const resolved = seg.doc.resolve();
    yield;
    let mapped = 0;
    for (const key of seg.keys) {
      const entry = this.blocks.get(key);
      if (!entry) continue;
      const found = resolved.get(key) ?? [];
      if (signatureOf(found) === entry.signature) continue; // its ranges are live already
      // New ranges are made only on the characters they were found in: the page may have changed
      // these nodes since the block was extracted (the observer has queued a rescan), and a stale
      // block yields no ranges now rather than ones at wrong offsets.
      const current = found.length === 0 || (entry.text === null && this.isUnchanged(entry));
      const mentions = current ? found : [];
      const signature = signatureOf(mentions);
      if (signature === entry.signature) continue;
      entry.signature = signature;
      const records = mentions.map((m) => toRecord(entry.segments, m)).filter((r) => r !== null);
      const { removed, added } = this.options.index.setBlock(key, records, entry.order);
      this.pendingChange.removed.push(...removed);
      this.pendingChange.added.push(...added);
      mapped += mentions.length + 1;
      if (mapped >= STEP_ITEMS) {
        mapped = 0;
        this.reportChange();
        yield;
      }
    }
    this.reportChange();
  }
}

/** A hash of a block's mentions (entity, start, end): a number per block rather than a string. */
function signatureOf(mentions: readonly Mention[]): number {
  // No helper closure: this runs once per block (20k times on a long page), and a closure per
  // call was megabytes of garbage there.
  let h = 0x811c9dc5;
  for (const m of mentions) {
    for (let i = 0; i < m.entityId.length; i++) h = Math.imul(h ^ m.entityId.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ m.start, 0x01000193);
    h = Math.imul(h ^ m.end, 0x01000193);
  }
  return (h ^ mentions.length) & 0x3fffffff || 1; // 0 is "never resolved"; 30 bits stay a small integer
}

/**
 * Whether the page has removed any of these text nodes, or changed their characters, since
 * pageChangeCount was `count` (told by the mutation observers: no text is read again).
 */
function changedSince(segments: readonly TextSegment[], count: number): boolean {
  for (const s of segments) if (!s.node.isConnected || textChangedSince(s.node, count)) return true;
  return false;
}

/**
 * Maps a mention's block offsets onto the block's text nodes as a live Range. The caller has
 * checked that the block is current (isUnchanged), so the offsets are those of the live nodes.
 */
export function toRecord(
  segs: readonly TextSegment[],
  m: Mention,
): Omit<MentionRecord, 'id' | 'blockKey'> | null {
  const first = segs.find((s) => m.start >= s.start && m.start < s.end);
  let last = first;
  for (const s of segs) if (m.end > s.start && m.end <= s.end) last = s;
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, first.offset + m.start - first.start);
  range.setEnd(last.node, last.offset + m.end - last.start);
  const nodes =
    first === last ? first.node : segs.filter((s) => s.end > m.start && s.start < m.end).map((s) => s.node);
  return { entityId: m.entityId, range, nodes };
}
