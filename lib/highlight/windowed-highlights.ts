/**
 * Keeps the registered highlight ranges in line with the page's mentions: all of them on a page
 * with few, the band around the viewport on a page with many (viewport-window.ts), chosen again
 * as the reader scrolls. Syncs are spaced by the scheduler (sync-scheduler.ts), and on a page with
 * many mentions they read positions right after a frame, when layout is clean: reading them
 * earlier could force a layout inside Siyaq's task. A hidden tab has no frames, and nothing to
 * show, until it is shown. Everything stops with the signal.
 */
import type { MentionRecord } from './mentions-index';
import type { Highlighter, MentionStyle } from './register';
import { createSyncScheduler } from './sync-scheduler';
import { DEFAULT_WINDOW, windowAround, type VerticalBox } from './viewport-window';

/**
 * Syncs at most once per this interval while a scan reports mentions: the first change at once
 * (the viewport is scanned first), the rest — mostly below the fold — in a few syncs.
 */
const SYNC_INTERVAL_MS = 1000;
/** While the reader scrolls a page with many mentions, the band follows at most this often. */
const SCROLL_SYNC_MS = 150;
/** Text nodes longer than this are measured by interpolation (see boxOf). */
const HUGE_TEXT_NODE = 20_000;

export interface WindowedHighlightsOptions {
  highlighter: Highlighter;
  /** The mentions to show, in document order. */
  mentions: () => readonly MentionRecord[];
  /** How many mentions the page has, without ordering work (decides whether a band is needed). */
  count: () => number;
  styleOf: (m: MentionRecord) => MentionStyle;
  /** Runs a sync as one of Siyaq's measured tasks. */
  measure: (sync: () => void) => void;
  /** After every sync. */
  onSynced: () => void;
  signal: AbortSignal;
}

export interface WindowedHighlights {
  /** The mentions changed (a scan step): synced within the interval. */
  changed(): void;
  /** Styles changed (watchlist, official-list marks, first mention only): synced now. */
  restyle(): void;
  /** The initial scan has finished: what is waiting is synced now. */
  flush(): void;
}

/**
 * A mention's vertical extent on screen, or null when it has no box (hidden, removed). In a text
 * node of more than HUGE_TEXT_NODE characters, measuring a range costs about a millisecond (the
 * browser maps the offset through every line of the node; a 1M-character node made a 30 ms
 * task): there the position is interpolated in the parent's box by the character offset — close
 * enough to choose a band that has a margin of screens and mentions.
 */
function boxOf(m: MentionRecord, parentBoxes: Map<Node, DOMRect>): VerticalBox {
  const node = m.range.startContainer;
  if (node instanceof Text && node.length > HUGE_TEXT_NODE && node.parentElement) {
    let box = parentBoxes.get(node);
    if (!box) parentBoxes.set(node, (box = node.parentElement.getBoundingClientRect()));
    if (box.height === 0) return null;
    const top = box.top + (box.height * m.range.startOffset) / node.length;
    return { top, bottom: top + 1 };
  }
  const rect = m.range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

export function createWindowedHighlights(options: WindowedHighlightsOptions): WindowedHighlights {
  const { highlighter, mentions, count, styleOf, measure, onSynced, signal } = options;
  const many = () => count() > DEFAULT_WINDOW.allUpTo;

  const syncNow = () =>
    measure(() => {
      if (signal.aborted) return;
      const list = mentions();
      const parentBoxes = new Map<Node, DOMRect>();
      const { from, to } = windowAround(list.length, (i) => boxOf(list[i]!, parentBoxes), innerHeight);
      highlighter.sync(to - from === list.length ? list : list.slice(from, to), styleOf);
      onSynced();
    });

  let afterFrame = false;
  const sync = () => {
    if (signal.aborted) return;
    if (!many()) return syncNow();
    if (afterFrame) return;
    afterFrame = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        afterFrame = false;
        syncNow();
      }, 0),
    );
  };

  const scheduler = createSyncScheduler(sync, SYNC_INTERVAL_MS);
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const onViewportMove = () => {
    if (!many()) return;
    scrollTimer ??= setTimeout(() => {
      scrollTimer = undefined;
      sync();
    }, SCROLL_SYNC_MS);
  };
  // Any scroll (the page's or an inner scroller's) and resize move the viewport band.
  const listen = { capture: true, passive: true, signal };
  addEventListener('scroll', onViewportMove, listen);
  addEventListener('resize', onViewportMove, listen);
  signal.addEventListener('abort', () => {
    scheduler.cancel();
    clearTimeout(scrollTimer);
  });

  return { changed: () => scheduler.request(), restyle: sync, flush: () => scheduler.flush() };
}
