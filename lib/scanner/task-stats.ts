/**
 * Self-measurement of the content script's main-thread work: every callback the browser runs for
 * Siyaq (scan slices, mutation batches, hover checks) goes through `measureTask`, which records
 * the longest one and counts errors instead of letting one job kill the page session. The mentions
 * API reports these figures, so tests and users can check "no task over 50 ms" on any page.
 */
export interface TaskStats {
  /** Longest single callback run for Siyaq on this page, in milliseconds. */
  longestTaskMs: number;
  /** What that callback was (`scan`, `mutations`, `highlights`, `start`, `hover`, …). */
  longestTaskKind: string;
  /** Sum of all measured callbacks, in milliseconds. */
  totalTaskMs: number;
  tasks: number;
  /** Errors caught in Siyaq's callbacks (each is also logged with console.error). */
  errors: number;
  /** Sum of the measured callbacks per kind, in milliseconds: where Siyaq's time on the page goes. */
  msByKind: Record<string, number>;
}

export const taskStats: TaskStats = {
  longestTaskMs: 0,
  longestTaskKind: '',
  totalTaskMs: 0,
  tasks: 0,
  errors: 0,
  msByKind: {},
};

/**
 * Runs `fn` as one measured task of this kind and returns its result; an error is rethrown (a
 * message handler's caller gets it). For work done on request (the mentions API, card stepping).
 */
export function measureCall<T>(kind: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - start;
    taskStats.tasks++;
    taskStats.totalTaskMs += ms;
    taskStats.msByKind[kind] = (taskStats.msByKind[kind] ?? 0) + ms;
    if (ms > taskStats.longestTaskMs) {
      taskStats.longestTaskMs = ms;
      taskStats.longestTaskKind = kind;
    }
  }
}

/** Runs `fn` as one measured task of this kind; an error is counted and logged, never rethrown. */
export function measureTask(kind: string, fn: () => void): void {
  try {
    measureCall(kind, fn);
  } catch (error) {
    taskStats.errors++;
    console.error('Siyaq:', error);
  }
}

/** Wraps a callback so every call is a measured task of this kind. */
export function measured<A extends unknown[]>(kind: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => measureTask(kind, () => fn(...args));
}
