/**
 * A work queue run in slices inside a time budget, so scanning never blocks the page: each slice
 * runs for at most SCAN_SLICE_MS in `requestIdleCallback` (with a timeout so it still progresses on
 * a busy page), falling back to a timer where idle callbacks are missing. Bound to an AbortSignal.
 * (Dark Reader's AsyncQueue + uBlock's frame budget, docs/STYLE.md §3.2.)
 *
 * Urgent jobs (the viewport) run before normal ones; `whenIdle` jobs run once both are empty.
 *
 * A job may return an iterator (a generator function's result) to be run in steps: the queue calls
 * `next()` while the slice has budget, and an unfinished iterator stays at the head of its queue
 * for the next slice. Work whose size depends on the page (walking 100k nodes, one text node of
 * a million characters) is written as such steps, so no single job can become a long task.
 */

import { measured, taskStats } from './task-stats';

/** Upper bound of work per slice. Long tasks start at 50 ms; a slice stays well below. */
export const SCAN_SLICE_MS = 8;
/** How long a queued slice may wait for idle time before it runs anyway. */
export const IDLE_TIMEOUT_MS = 100;

/** Work done in steps (a generator): each `next()` is one step, `yield` between steps. */
export type Steps = Generator<unknown, void, undefined>;
/** A job returns nothing (its return value is ignored), or Steps to be run in steps. */
export type Job = () => unknown;
type Item = Job | Steps;

/** One failing job (an unexpected page) is logged and counted; the rest of the queue still runs. */
function fail(error: unknown): void {
  taskStats.errors++;
  console.error('Siyaq:', error);
}

/** Runs a job or one step of an iterator; returns the iterator if it has more steps. */
function runItem(item: Item): Steps | null {
  try {
    if (typeof item === 'function') {
      const steps = item() as Partial<Steps> | undefined;
      return steps && typeof steps.next === 'function' ? (steps as Steps) : null;
    }
    return item.next().done ? null : item;
  } catch (error) {
    fail(error);
    return null;
  }
}

export interface SliceQueue {
  push(job: Job, urgent?: boolean): void;
  /** Runs `job` once the queue is empty (after the jobs queued so far and any they queue). */
  whenIdle(job: Job): void;
  readonly pending: number;
}

class Fifo {
  private items: (Item | undefined)[] = [];
  private head = 0;
  push(item: Item) {
    this.items.push(item);
  }
  /** Puts an unfinished iterator back in front. */
  unshift(item: Item) {
    if (this.head > 0) this.items[--this.head] = item;
    else this.items.unshift(item);
  }
  shift(): Item | undefined {
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

/**
 * The queue's clock. It is read after every step (tens of thousands of times on a long page):
 * `performance.now()` costs about 0.5 µs a call in a page, `Date.now()` about 0.1 µs, and a
 * millisecond's resolution is plenty for an 8 ms budget.
 */
const wallClock = () => Date.now();

/** Creates a sliced queue; jobs of one priority run in FIFO order. `now` is injectable for tests. */
export function createSliceQueue(signal: AbortSignal, now: () => number = wallClock): SliceQueue {
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

  /** The queue the next item comes from (no array per call: this runs once per job). */
  const nextFifo = (): Fifo | undefined =>
    urgent.size > 0 ? urgent : normal.size > 0 ? normal : idle.size > 0 ? idle : undefined;

  const run = measured('scan', () => {
    scheduled = false;
    if (signal.aborted) return;
    const start = now();
    // Idle deadlines are often shorter than 8 ms on a busy page; the budget, not the deadline,
    // bounds the task so the scan still moves forward. (A clock set back ends the slice too.)
    const inBudget = () => {
      const elapsed = now() - start;
      return elapsed >= 0 && elapsed < SCAN_SLICE_MS;
    };
    while (inBudget()) {
      const fifo = nextFifo();
      if (!fifo) return;
      let steps = runItem(fifo.shift()!);
      while (steps && !signal.aborted && inBudget()) steps = runItem(steps);
      if (signal.aborted) return;
      if (steps) fifo.unshift(steps);
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
