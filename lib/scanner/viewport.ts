/**
 * Which parts of the page the reader sees first, found with one hit-test grid over the viewport
 * (`elementFromPoint`), not with a rect per element: the page needs this one layout for its first
 * paint anyway, and no further layout is forced while scanning.
 */

/** Grid of sample points per viewport axis. */
const GRID = 5;

/** Elements under a grid of points in the viewport (deduplicated). */
export function elementsInViewport(doc: Document = document): Set<Element> {
  const hits = new Set<Element>();
  const w = doc.defaultView?.innerWidth ?? 0;
  const h = doc.defaultView?.innerHeight ?? 0;
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const el = doc.elementFromPoint(((i + 0.5) * w) / GRID, ((j + 0.5) * h) / GRID);
      if (el) hits.add(el);
    }
  }
  return hits;
}

/** Whether `el` contains (or is) one of the sampled elements. */
export function containsAny(el: Element, hits: Set<Element>): boolean {
  for (const hit of hits) if (el === hit || el.contains(hit)) return true;
  return false;
}
