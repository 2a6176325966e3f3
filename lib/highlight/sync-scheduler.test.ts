import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatchedUpdates } from './batched-updates';

describe('batched highlight updates', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies the first change at once, then at most one batch per interval', () => {
    const applied: [string[], string[]][] = [];
    const batch = createBatchedUpdates<string>((r, a) => applied.push([r, a]), 200);
    batch.push([], ['a']);
    expect(batch.pending).toBe(true);
    vi.advanceTimersByTime(0);
    expect(applied).toEqual([[[], ['a']]]);
    expect(batch.pending).toBe(false);
    batch.push([], ['b']);
    vi.advanceTimersByTime(50);
    batch.push(['a'], ['c']);
    vi.advanceTimersByTime(100);
    expect(applied).toHaveLength(1); // still inside the interval
    vi.advanceTimersByTime(50);
    expect(applied).toEqual([
      [[], ['a']],
      [['a'], ['b', 'c']],
    ]);
  });

  it('drops a record removed before its addition was applied', () => {
    const applied: [string[], string[]][] = [];
    const batch = createBatchedUpdates<string>((r, a) => applied.push([r, a]), 200);
    batch.push([], ['x', 'y']);
    batch.push(['x'], []);
    vi.advanceTimersByTime(0);
    expect(applied).toEqual([[[], ['y']]]);
  });

  it('flush applies what is waiting at once', () => {
    const applied: [string[], string[]][] = [];
    const batch = createBatchedUpdates<string>((r, a) => applied.push([r, a]), 1000);
    batch.push([], ['a']);
    vi.advanceTimersByTime(0);
    batch.push([], ['b']);
    expect(batch.pending).toBe(true);
    batch.flush();
    expect(batch.pending).toBe(false);
    expect(applied).toEqual([
      [[], ['a']],
      [[], ['b']],
    ]);
    batch.flush(); // nothing waiting: no empty batch
    vi.advanceTimersByTime(2000);
    expect(applied).toHaveLength(2);
  });

  it('applies a big batch in tasks of at most maxPerTask records, removals first', () => {
    const applied: [string[], string[]][] = [];
    const batch = createBatchedUpdates<string>((r, a) => applied.push([r, a]), 1000, 2);
    batch.push([], ['a', 'b', 'c']);
    batch.flush();
    expect(applied).toEqual([[[], ['a', 'b']]]);
    expect(batch.pending).toBe(true);
    batch.push(['a', 'c'], ['d']); // c was never drawn: dropped
    vi.advanceTimersByTime(0);
    expect(applied[1]).toEqual([['a'], ['d']]);
    vi.advanceTimersByTime(0);
    expect(applied).toHaveLength(2);
    expect(batch.pending).toBe(false);
  });

  it('applies nothing after cancel', () => {
    const apply = vi.fn();
    const batch = createBatchedUpdates<string>(apply, 200);
    batch.push([], ['a']);
    batch.cancel();
    vi.advanceTimersByTime(1000);
    expect(apply).not.toHaveBeenCalled();
    expect(batch.pending).toBe(false);
  });
});
