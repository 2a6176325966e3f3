import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler } from './sync-scheduler';

describe('highlight sync scheduling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first request at once, then at most one sync per interval', () => {
    const sync = vi.fn();
    const scheduler = createSyncScheduler(sync, 200);
    scheduler.request();
    expect(scheduler.pending).toBe(true);
    vi.advanceTimersByTime(0);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(scheduler.pending).toBe(false);
    scheduler.request();
    vi.advanceTimersByTime(50);
    scheduler.request();
    vi.advanceTimersByTime(100);
    expect(sync).toHaveBeenCalledTimes(1); // still inside the interval
    vi.advanceTimersByTime(50);
    expect(sync).toHaveBeenCalledTimes(2); // both requests, one sync
  });

  it('flush runs a waiting sync at once, and nothing when none waits', () => {
    const sync = vi.fn();
    const scheduler = createSyncScheduler(sync, 1000);
    scheduler.request();
    vi.advanceTimersByTime(0);
    scheduler.request();
    expect(scheduler.pending).toBe(true);
    scheduler.flush();
    expect(scheduler.pending).toBe(false);
    expect(sync).toHaveBeenCalledTimes(2);
    scheduler.flush();
    vi.advanceTimersByTime(2000);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('runs nothing after cancel', () => {
    const sync = vi.fn();
    const scheduler = createSyncScheduler(sync, 200);
    scheduler.request();
    scheduler.cancel();
    vi.advanceTimersByTime(1000);
    expect(sync).not.toHaveBeenCalled();
    expect(scheduler.pending).toBe(false);
  });
});
