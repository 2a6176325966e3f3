import { describe, expect, it } from 'vitest';
import { windowAround, type VerticalBox, type WindowOptions } from './viewport-window';

/** The options these cases are computed for (the shipped defaults may change). */
const OPTS: WindowOptions = { allUpTo: 1000, screens: 1.5, pad: 100, max: 2500 };

/** Mentions `gap` pixels apart from `firstTop` (viewport coordinates), 20 px high. */
function column(count: number, firstTop: number, gap: number) {
  const reads: number[] = [];
  const boxOf = (i: number): VerticalBox => {
    reads.push(i);
    return { top: firstTop + i * gap, bottom: firstTop + i * gap + 20 };
  };
  return { boxOf, reads };
}

describe('windowAround', () => {
  it('registers every mention of a page with few, without reading any position', () => {
    const { boxOf, reads } = column(1000, -50_000, 100);
    expect(windowAround(1000, boxOf, 800, OPTS)).toEqual({ from: 0, to: 1000 });
    expect(reads).toEqual([]);
  });

  it('picks the band around the viewport on a long page, padded in document order', () => {
    // 20k mentions 100 px apart; the viewport (800 px) shows mentions 500..507.
    const { boxOf, reads } = column(20_000, -50_000, 100);
    const { from, to } = windowAround(20_000, boxOf, 800, { ...OPTS, pad: 10 });
    // Band: 1.5 screens (1200 px) above and below → tops in [-1220, 2000].
    expect(from).toBe(488 - 10);
    expect(to).toBe(521 + 10);
    expect(reads.length).toBeLessThan(40);
  });

  it('holds at most `max` ranges on a very dense page, centred on the band', () => {
    const { boxOf } = column(100_000, -10_000, 1);
    const { from, to } = windowAround(100_000, boxOf, 800, { ...OPTS, max: 500 });
    expect(to - from).toBe(500);
    // The band is mentions 8800..12000; the window sits in its middle.
    expect(from).toBeGreaterThan(8800);
    expect(to).toBeLessThan(12_000 + OPTS.pad);
  });

  it('is empty at the ends: a viewport past the last mention keeps only the pad before it', () => {
    const { boxOf } = column(5000, -900_000, 100);
    expect(windowAround(5000, boxOf, 800, { ...OPTS, pad: 25 })).toEqual({ from: 4975, to: 5000 });
  });

  it('does not let mentions without a box cut the band short', () => {
    const { boxOf } = column(5000, -20_000, 100);
    const hidden = (i: number): VerticalBox => (i % 3 === 0 ? null : boxOf(i));
    const { from, to } = windowAround(5000, hidden, 800, { ...OPTS, pad: 0 });
    const visible = Array.from({ length: 5000 }, (_, i) => i).filter((i) => {
      const top = -20_000 + i * 100;
      return top + 20 >= -1200 && top <= 2000;
    });
    expect(from).toBeLessThanOrEqual(visible[0]!);
    expect(to).toBeGreaterThan(visible.at(-1)!);
    expect(to - from).toBeLessThan(visible.length + 5);
  });
});
