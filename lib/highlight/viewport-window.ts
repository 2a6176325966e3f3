/**
 * Which mentions carry a highlight range. Every change of `CSS.highlights` makes Chromium walk
 * all registered ranges on the next frame (PrePaint), and that walk grows with their number:
 * measured in a trace of a page of 100k text nodes, 15–18k registered ranges cost 230–410 ms per
 * frame — long tasks the page did not ask for. So a page with many mentions registers only those
 * in a band around the viewport (the screens above and below it), re-chosen as the reader
 * scrolls; a page with few registers them all. The mentions index keeps every mention either way
 * (hover, the mentions API and keyboard stepping do not depend on registration).
 */

/** A mention's box in viewport coordinates, or null when it has none (hidden, removed). */
// Defaults: a band that covers what a reader reaches within the next scroll sync (150 ms) with a
// margin, and few ranges: each sync's frame still walks every registered range (a trace of the
// 1 MB page: 20–30 ms frames with up to 2,500 ranges, ~16 ms with up to 1,200).
export type VerticalBox = { top: number; bottom: number } | null;

export interface WindowOptions {
  /** Up to this many mentions, all are registered (no geometry is read). */
  allUpTo: number;
  /** The band: this many viewport heights above and below the viewport. */
  screens: number;
  /** Mentions added on each side in document order, for layouts where order and position differ. */
  pad: number;
  /** Most ranges registered at once. */
  max: number;
}

export const DEFAULT_WINDOW: WindowOptions = { allUpTo: 400, screens: 1, pad: 40, max: 1200 };

/** First index in [from, to) where `past` holds (the predicate is false, then true, in order). */
function firstIndex(from: number, to: number, past: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The slice [from, to) of `count` mentions in document order to register. Positions are read by
 * binary search (`boxOf` about 2·log2(count) times), so a page of 35k mentions costs ~30 reads:
 * in normal flow, document order and vertical position agree; where they do not (columns,
 * floated asides), the pad in document order covers the nearby mentions.
 */
export function windowAround(
  count: number,
  boxOf: (index: number) => VerticalBox,
  viewportHeight: number,
  options: WindowOptions = DEFAULT_WINDOW,
): { from: number; to: number } {
  if (count <= options.allUpTo) return { from: 0, to: count };
  const margin = options.screens * viewportHeight;
  // A mention without a box (hidden, just removed) stands in for by the next one that has one.
  const boxNear = (i: number): VerticalBox => {
    for (let k = i; k < Math.min(count, i + 8); k++) {
      const box = boxOf(k);
      if (box) return box;
    }
    return null;
  };
  let from = firstIndex(0, count, (i) => {
    const box = boxNear(i);
    return box !== null && box.bottom >= -margin;
  });
  let to = firstIndex(from, count, (i) => {
    const box = boxNear(i);
    return box !== null && box.top > viewportHeight + margin;
  });
  from = Math.max(0, from - options.pad);
  to = Math.min(count, to + options.pad);
  if (to - from > options.max) {
    const middle = (from + to) >>> 1;
    from = middle - (options.max >>> 1);
    to = from + options.max;
  }
  return { from, to };
}
