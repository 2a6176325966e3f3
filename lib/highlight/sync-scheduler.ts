/**
 * Coalesces highlight changes. Every change of `CSS.highlights` makes the browser walk the page's
 * paint tree again on the next frame — on a 1 MB page about 20 ms each time — and a scan reports
 * its mentions as many small changes (one per resolved segment step). They are applied at most
 * once per `intervalMs`: the first change at once (the viewport's mentions appear without delay),
 * later ones together, and what is left as soon as the initial scan ends (`flush`): a background
 * tab's timers may be throttled far beyond the interval. A batch is applied in tasks of at most
 * maxPerTask records.
 */
export interface BatchedUpdates<T> {
  /** Queues a change; a record removed before its addition was applied is simply dropped. */
  push(removed: readonly T[], added: readonly T[]): void;
  /** Whether a change is waiting to be applied. */
  readonly pending: boolean;
  /** Applies what is waiting now (the initial scan has finished); a big batch goes on in the next tasks. */
  flush(): void;
  /** Drops what is waiting (the session stopped). */
  cancel(): void;
}

/** Records applied per task: a page with tens of thousands of mentions must not get one long task. */
export const MAX_RECORDS_PER_TASK = 1000;

export function createBatchedUpdates<T>(
  apply: (removed: T[], added: T[]) => void,
  intervalMs: number,
  maxPerTask = MAX_RECORDS_PER_TASK,
): BatchedUpdates<T> {
  const removed = new Set<T>();
  const added = new Set<T>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastApplied = -Infinity;
  const flush = () => {
    timer = undefined;
    lastApplied = performance.now();
    // At most maxPerTask records now (removals first); the rest in the following tasks.
    const r: T[] = [];
    const a: T[] = [];
    for (const x of removed) {
      if (r.length >= maxPerTask) break;
      r.push(x);
    }
    for (const x of r) removed.delete(x);
    for (const x of added) {
      if (r.length + a.length >= maxPerTask) break;
      a.push(x);
    }
    for (const x of a) added.delete(x);
    if (r.length || a.length) apply(r, a);
    if (removed.size || added.size) timer = setTimeout(flush, 0);
  };
  return {
    push(rm, ad) {
      for (const x of rm) {
        if (added.has(x)) added.delete(x);
        else removed.add(x);
      }
      for (const x of ad) added.add(x);
      timer ??= setTimeout(flush, Math.max(0, lastApplied + intervalMs - performance.now()));
    },
    get pending() {
      return timer !== undefined;
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      flush();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      removed.clear();
      added.clear();
    },
  };
}
