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
