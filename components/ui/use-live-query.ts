import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * Subscribes to a Dexie `liveQuery`: the result re-renders whenever the tables it read change,
 * in this page or any other extension context (Dexie propagates changes across contexts of the
 * same origin). `undefined` until the first result. (A tiny stand-in for dexie-react-hooks.)
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Siyaq: live query failed', error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
