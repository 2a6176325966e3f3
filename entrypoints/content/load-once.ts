/**
 * A load shared by every caller of a page: made on the first call, the same promise after. A
 * failed load (the background did not answer) is made again on the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
