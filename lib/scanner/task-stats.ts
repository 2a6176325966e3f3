/**
 * Self-measurement of the content script's main-thread work: every callback the browser runs for
 * Siyaq (scan slices, mutation batches, hover checks) goes through `measureTask`, which records
 * the longest one and counts errors instead of letting one job kill the page session. The mentions
 * API reports these figures, so tests and users can check "no task over 50 ms" on any page.
 */
export interface TaskStats {
  /** Longest single callback run for Siyaq on this page, in milliseconds. */
  longestTaskMs: number;
  /** Sum of all measured callbacks, in milliseconds. */
  totalTaskMs: number;
  tasks: number;
  /** Errors caught in Siyaq's callbacks (each is also logged with console.error). */
  errors: number;
}

export const taskStats: TaskStats = { longestTaskMs: 0, totalTaskMs: 0, tasks: 0, errors: 0 };

/** Runs `fn` as one measured task; an error is counted and logged, never rethrown. */
export function measureTask(fn: () => void): void {
  const start = performance.now();
  try {
    fn();
  } catch (error) {
    taskStats.errors++;
    console.error('Siyaq:', error);
  } finally {
    const ms = performance.now() - start;
    taskStats.tasks++;
    taskStats.totalTaskMs += ms;
    if (ms > taskStats.longestTaskMs) taskStats.longestTaskMs = ms;
  }
}

/** Wraps a callback so every call is a measured task. */
export function measured<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => measureTask(() => fn(...args));
}
