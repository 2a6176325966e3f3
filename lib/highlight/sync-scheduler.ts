/**
 * When the highlights are brought in line with the mentions index. A scan reports its mentions as
 * many small changes (one per resolved segment step), and every change of `CSS.highlights` costs
 * the browser a walk of the registered ranges on the next frame; so syncs run at most once per
 * `intervalMs`: the first request at once (the viewport is scanned first, its mentions appear
 * without delay), later ones together, and what is waiting as soon as the initial scan ends
 * (`flush`): a background tab's timers may be throttled far beyond the interval.
 */
export interface SyncScheduler {
  /** The mentions changed: sync now, or at the end of the current interval. */
  request(): void;
  /** Whether a sync is waiting. */
  readonly pending: boolean;
  /** Runs the waiting sync now (the initial scan has finished). */
  flush(): void;
  /** Drops the waiting sync (the session stopped). */
  cancel(): void;
}

export function createSyncScheduler(sync: () => void, intervalMs: number): SyncScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    sync();
  };
  return {
    request() {
      timer ??= setTimeout(run, Math.max(0, lastRun + intervalMs - performance.now()));
    },
    get pending() {
      return timer !== undefined;
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      run();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
