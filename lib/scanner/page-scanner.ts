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
 */
import type { Matcher, MentionDocument, Mention } from '../matcher/index';
import type { MentionsIndex, MentionRecord } from '../highlight/mentions-index';
import { extractBlocks, type TextBlock } from './block-text';
import {
  BROWSER_BLOCK_OPTIONS,
  isBlockElement,
  isInSkippedSubtree,
  isSkippedElement,
  isSplittable,
} from './dom-rules';
import { createSliceQueue, type SliceQueue } from './schedule';
import { containsAny, elementsInViewport } from './viewport';

/** Give up on pathological pages: no more text is matched past this many code units. */
export const MAX_TEXT_CHARS_PER_PAGE = 5_000_000;
/** Above this many queued roots in one mutation batch, rescan the whole page once instead. */
export const HUGE_MUTATION_COUNT = 1000;
/** Text per matcher document; resolving one costs about 6 ms per 50k characters. */
export const SEGMENT_CHARS = 50_000;

interface Segment {
  doc: MentionDocument;
  chars: number;
  dirty: boolean;
  keys: Set<number>;
}

interface BlockEntry {
  block: TextBlock;
  signature: string;
  segment: Segment;
}

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
  private inView: Set<Element> = new Set();
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
    this.queue.push(() => {
      this.inView = elementsInViewport();
      this.visit(root, 'initial');
    }, true);
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
    this.queue.push(() => {
      for (const node of removed) this.dropBlocksUnder(node);
      if (roots.length > HUGE_MUTATION_COUNT) roots = [this.options.root ?? document.body];
      for (const node of roots) {
        this.dropBlocksUnder(node);
        if (!node.isConnected || isInSkippedSubtree(node)) continue;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el) {
          this.visit(el, 'later');
          this.enterShadowRoots(el);
        }
      }
      this.scheduleResolve();
    });
  }

  /**
   * Scans `el` now, or splits it into its block children queued as their own jobs. During the
   * initial scan, children in the viewport are urgent; dirty segments are resolved as soon as the
   * last of them is done, so the first highlights do not wait for the rest of the page.
   */
  private visit(el: Element, phase: 'initial' | 'viewport' | 'later'): void {
    if (isSkippedElement(el)) return;
    if (!(isSplittable(el) && el.firstElementChild)) {
      this.extract(el, phase === 'viewport');
      return;
    }
    for (const child of el.children) {
      if (!isBlockElement(child)) continue;
      const inView = phase !== 'later' && containsAny(child, this.inView);
      if (inView) this.viewportPending++;
      this.queue.push(() => {
        this.visit(child, inView ? 'viewport' : phase === 'later' ? 'later' : 'initial');
        if (inView && --this.viewportPending === 0 && !this.done) this.resolveDirty();
      }, inView);
    }
  }

  /**
   * Finds the open shadow roots under `container` (pages' web components) and scans them like the
   * rest of the page; closed roots are out of reach by design. One element walk per call.
   */
  private enterShadowRoots(container: Node): void {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.currentNode as Element | null; n; n = walker.nextNode() as Element | null) {
      const shadow = n.shadowRoot;
      if (!shadow || this.shadowRoots.has(shadow) || isSkippedElement(n)) continue;
      this.shadowRoots.add(shadow);
      this.options.onShadowRoot?.(shadow);
      this.queue.push(() => this.extract(shadow as unknown as Element, false));
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
   * Extracts the blocks of `el` (one DOM walk) and queues matching them one block per job, so an
   * element with a lot of text directly inside never becomes one long task.
   */
  private extract(el: Element, urgent: boolean): void {
    for (const block of extractBlocks(el, BROWSER_BLOCK_OPTIONS)) {
      this.queue.push(() => this.addBlock(block), urgent);
    }
  }

  private addBlock(block: TextBlock): void {
    if (this.chars > MAX_TEXT_CHARS_PER_PAGE) return;
    // The page may have changed since extraction (the observer has queued those nodes again), or
    // a newer extraction of the same nodes was matched first: either way this copy is dropped.
    for (const seg of block.segments) {
      if (!seg.node.isConnected || seg.node.data !== block.text.slice(seg.start, seg.end)) return;
      const owner = this.blockOfNode.get(seg.node);
      if (owner !== undefined && this.blocks.has(owner)) return;
    }
    const key = this.nextKey++;
    const segment = this.segmentForNewBlock();
    this.blocks.set(key, { block, signature: '', segment });
    for (const seg of block.segments) this.blockOfNode.set(seg.node, key);
    this.chars += block.text.length;
    segment.doc.setBlock(key, block.text);
    segment.chars += block.text.length;
    segment.keys.add(key);
    segment.dirty = true;
  }

  /** Drops every block with a text node under `node` (or `node` itself). */
  private dropBlocksUnder(node: Node): void {
    const keys = new Set<number>();
    if (node.nodeType === 3) {
      const k = this.blockOfNode.get(node as Text);
      if (k !== undefined) keys.add(k);
    } else {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const k = this.blockOfNode.get(t as Text);
        if (k !== undefined) keys.add(k);
      }
    }
    for (const key of keys) {
      const entry = this.blocks.get(key);
      if (!entry) continue;
      this.blocks.delete(key);
      this.chars -= entry.block.text.length;
      const seg = entry.segment;
      seg.doc.removeBlock(key);
      seg.chars -= entry.block.text.length;
      seg.keys.delete(key);
      seg.dirty = true;
      this.pendingChange.removed.push(...this.options.index.removeBlock(key));
    }
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
   * Resolves each dirty segment as its own urgent job, then reports the change. Which segments
   * are dirty is decided when the urgent jobs queued before this call (block matching) have run.
   */
  private resolveDirty(then?: () => void): void {
    this.queue.push(() => {
      for (const seg of this.segments) {
        if (!seg.dirty) continue;
        seg.dirty = false;
        this.queue.push(() => this.resolveSegment(seg), true);
      }
      this.queue.push(() => {
        const change = this.pendingChange;
        this.pendingChange = { removed: [], added: [] };
        if (change.removed.length || change.added.length) this.options.onChange(change);
        then?.();
      }, true);
    }, true);
  }

  private resolveSegment(seg: Segment): void {
    if (this.options.signal.aborted) return;
    const resolved = seg.doc.resolve();
    for (const key of seg.keys) {
      const entry = this.blocks.get(key);
      if (!entry) continue;
      const mentions = resolved.get(key) ?? [];
      const signature = mentions.map((m) => `${m.entityId}:${m.start}:${m.end}`).join(' ');
      if (signature === entry.signature) continue;
      entry.signature = signature;
      const records = mentions.map((m) => toRecord(entry.block, m)).filter((r) => r !== null);
      const { removed, added } = this.options.index.setBlock(key, records);
      this.pendingChange.removed.push(...removed);
      this.pendingChange.added.push(...added);
    }
  }
}

/** Maps a mention's block offsets onto the block's text nodes as a live Range. */
export function toRecord(block: TextBlock, m: Mention): Omit<MentionRecord, 'id' | 'blockKey'> | null {
  const segs = block.segments;
  const first = segs.find((s) => m.start >= s.start && m.start < s.end);
  let last = first;
  for (const s of segs) if (m.end > s.start && m.end <= s.end) last = s;
  if (!first || !last) return null;
  // The page may have changed these nodes since the block was extracted; the observer has queued
  // a rescan, so a stale block yields no range now rather than one at the wrong offsets.
  for (const s of segs) {
    if (s.end > m.start && s.start < m.end && s.node.data !== block.text.slice(s.start, s.end)) return null;
  }
  const range = document.createRange();
  range.setStart(first.node, m.start - first.start);
  range.setEnd(last.node, m.end - last.start);
  const nodes = segs.filter((s) => s.end > m.start && s.start < m.end).map((s) => s.node);
  return { entityId: m.entityId, range, text: block.text.slice(m.start, m.end), nodes };
}
