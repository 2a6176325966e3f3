/**
 * Which block children of an element the reader sees first. Block children of one parent stack
 * in document order in normal flow, so a binary search over their rects finds the visible run
 * with a handful of `getBoundingClientRect` calls — instead of hit-testing points of the viewport
 * (`elementFromPoint`), which costs milliseconds per call on a page of 100k nodes. Pages laid out
 * otherwise (grids, absolutely positioned columns) only lose the priority, not any mention.
 */

/** Index range [first, last] of the children intersecting the viewport vertically; last < first if none. */
export function visibleRange(children: readonly Element[], viewportHeight = innerHeight): [number, number] {
  // first child whose bottom edge is below the viewport's top
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (children[mid]!.getBoundingClientRect().bottom <= 0) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // first child whose top edge is below the viewport's bottom
  hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (children[mid]!.getBoundingClientRect().top < viewportHeight) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo - 1];
}
