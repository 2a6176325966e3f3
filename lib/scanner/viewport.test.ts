import { describe, expect, it } from 'vitest';
import { visibleRange } from './viewport';

/** Stacked blocks of `height` px from `top` (page scrolled by `scroll`), as getBoundingClientRect sees them. */
function stack(count: number, height: number, scroll: number): Element[] {
  return Array.from(
    { length: count },
    (_, i) =>
      ({
        getBoundingClientRect: () => ({ top: i * height - scroll, bottom: (i + 1) * height - scroll }),
      }) as unknown as Element,
  );
}

describe('visibleRange', () => {
  it('finds the children a viewport shows, at the top and scrolled', () => {
    expect(visibleRange(stack(1000, 100, 0), 900)).toEqual([0, 8]);
    expect(visibleRange(stack(1000, 100, 25_050), 900)).toEqual([250, 259]);
  });

  it('reads a handful of rects, not one per child', () => {
    let reads = 0;
    const children = stack(20_000, 50, 400_000).map((el) => ({
      getBoundingClientRect: () => (reads++, el.getBoundingClientRect()),
    })) as unknown as Element[];
    expect(visibleRange(children, 900)).toEqual([8000, 8017]);
    expect(reads).toBeLessThan(40);
  });

  it('is empty when nothing is in view', () => {
    const [first, last] = visibleRange(stack(10, 100, 5000), 900);
    expect(last).toBeLessThan(first);
    expect(visibleRange([], 900)).toEqual([0, -1]);
  });
});
