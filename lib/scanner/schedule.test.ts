import { describe, expect, it, vi } from 'vitest';
import { createSliceQueue, SCAN_SLICE_MS } from './schedule';

describe('createSliceQueue', () => {
  it('runs urgent jobs first, then normal ones, then idle jobs', async () => {
    const order: string[] = [];
    const q = createSliceQueue(new AbortController().signal);
    q.whenIdle(() => order.push('idle'));
    q.push(() => order.push('a'));
    q.push(() => order.push('urgent'), true);
    q.push(() => {
      order.push('b');
      q.push(() => order.push('pushed by b'));
    });
    await vi.waitFor(() => expect(q.pending).toBe(0));
    expect(order).toEqual(['urgent', 'a', 'b', 'pushed by b', 'idle']);
  });

  it('stops a slice once its budget is spent and continues in the next task', async () => {
    let clock = 0;
    let slices = 0;
    const ric = vi.fn((cb: IdleRequestCallback) => {
      slices++;
      return setTimeout(
        () => cb({ didTimeout: false, timeRemaining: () => 50 } as IdleDeadline),
        0,
      ) as unknown as number;
    });
    vi.stubGlobal('requestIdleCallback', ric);
    try {
      const q = createSliceQueue(new AbortController().signal, () => clock);
      const ran: number[] = [];
      for (let i = 0; i < 6; i++)
        q.push(() => {
          ran.push(i);
          clock += SCAN_SLICE_MS / 2 + 0.1; // two jobs use up a slice
        });
      await vi.waitFor(() => expect(ran).toHaveLength(6));
      expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
      expect(slices).toBe(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs a stepwise job across slices, ahead of later jobs but behind new urgent ones', async () => {
    let clock = 0;
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
      setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 } as IdleDeadline), 0),
    );
    try {
      const q = createSliceQueue(new AbortController().signal, () => clock);
      const ran: string[] = [];
      q.push(function* () {
        for (let i = 0; i < 4; i++) {
          ran.push(`step ${i}`);
          clock += SCAN_SLICE_MS; // every step uses up a slice
          if (i === 1) q.push(() => ran.push('urgent'), true);
          yield;
        }
      });
      q.push(() => ran.push('later'));
      await vi.waitFor(() => expect(q.pending).toBe(0));
      expect(ran).toEqual(['step 0', 'step 1', 'urgent', 'step 2', 'step 3', 'later']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('counts a throwing step as an error and goes on with the queue', async () => {
    const q = createSliceQueue(new AbortController().signal);
    const ran: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    q.push(function* () {
      ran.push('first');
      yield;
      throw new Error('broken page');
    });
    q.push(() => ran.push('next'));
    await vi.waitFor(() => expect(q.pending).toBe(0));
    expect(ran).toEqual(['first', 'next']);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('does nothing once aborted', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const q = createSliceQueue(controller.signal);
    q.push(() => ran.push(1));
    controller.abort();
    await new Promise((r) => setTimeout(r, 30));
    expect(ran).toEqual([]);
  });
});
