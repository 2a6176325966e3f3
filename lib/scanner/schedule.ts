/**
 * A work queue run in slices inside a time budget, so scanning never blocks the page: each slice
 * runs for at most SCAN_SLICE_MS in `requestIdleCallback` (with a timeout so it still progresses on
 * a busy page), falling back to a timer where idle callbacks are missing. Bound to an AbortSignal.
 * (Dark Reader's AsyncQueue + uBlock's frame budget, docs/STYLE.md §3.2.)
 *
 * Urgent jobs (the viewport) run before normal ones; `whenIdle` jobs run once both are empty.
 */

import { measured, taskStats } from './task-stats';

/** Upper bound of work per slice. Long tasks start at 50 ms; a slice stays well below. */
export const SCAN_SLICE_MS = 8;
/** How long a queued slice may wait for idle time before it runs anyway. */
export const IDLE_TIMEOUT_MS = 100;

export type Job = () => void;

/** One failing job (an unexpected page) is logged and counted; the rest of the queue still runs. */
function runJob(job: Job): void {
  try {
    job();
  } catch (error) {
    taskStats.errors++;
    console.error('Siyaq:', error);
  }
}

export interface SliceQueue {
  push(job: Job, urgent?: boolean): void;
  /** Runs `job` once the queue is empty (after the jobs queued so far and any they queue). */
  whenIdle(job: Job): void;
  readonly pending: number;
}

class Fifo {
  private items: (Job | undefined)[] = [];
  private head = 0;
  push(job: Job) {
    this.items.push(job);
  }
  shift(): Job | undefined {
    if (this.head >= this.items.length) return undefined;
    const job = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return job;
  }
  get size() {
    return this.items.length - this.head;
  }
}

/** Creates a sliced queue; jobs of one priority run in FIFO order. `now` is injectable for tests. */
export function createSliceQueue(
  signal: AbortSignal,
  now: () => number = () => performance.now(),
): SliceQueue {
  const urgent = new Fifo();
  const normal = new Fifo();
  const idle = new Fifo();
  let scheduled = false;
  let handle: ReturnType<typeof setTimeout> | number | undefined;
  const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    handle = ric ? ric(run, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(run, 0);
  };

  const next = (): Job | undefined => {
    const job = urgent.shift() ?? normal.shift();
    if (job) return job;
    return idle.shift();
  };

  const run = measured(() => {
    scheduled = false;
    if (signal.aborted) return;
    const start = now();
    // Idle deadlines are often shorter than 8 ms on a busy page; the budget, not the deadline,
    // bounds the task so the scan still moves forward.
    while (now() - start < SCAN_SLICE_MS) {
      const job = next();
      if (!job) return;
      runJob(job);
      if (signal.aborted) return;
    }
    if (urgent.size + normal.size + idle.size > 0) schedule();
  });

  signal.addEventListener('abort', () => {
    if (handle === undefined) return;
    if (ric) cancelIdleCallback(handle as number);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  });

  return {
    push(job, isUrgent = false) {
      (isUrgent ? urgent : normal).push(job);
      schedule();
    },
    whenIdle(job) {
      idle.push(job);
      schedule();
    },
    get pending() {
      return urgent.size + normal.size + idle.size;
    },
  };
}
