import { liveQuery } from 'dexie';
import { getDb } from '../storage/db';
import { syncPageMirror } from '../storage/mirror-sync';
import { startBadge } from './badge';

/**
 * Background start-up for the watchlist side: opens the database (running schema upgrades),
 * starts the toolbar badge, and keeps the content scripts' mirror equal to the database.
 *
 * Every repository write already refreshes the mirror itself; the live query here is the safety
 * net for two contexts writing at once (the last mirror write then reflects the latest commit),
 * since Dexie tells every extension context of the origin about each commit.
 */
export function startWatchlistBackground(): () => void {
  const db = getDb();
  const stopBadge = startBadge();
  // Reading whole tables (they are small) makes any change to them re-run the query.
  const subscription = liveQuery(() =>
    Promise.all([db.items.toArray(), db.sites.toArray(), db.exclusions.toArray()]),
  ).subscribe({
    next: () =>
      void syncPageMirror(db).catch((error: unknown) => console.error('Siyaq: mirror sync failed', error)),
    error: (error: unknown) => console.error('Siyaq: database unavailable', error),
  });
  return () => {
    stopBadge();
    subscription.unsubscribe();
  };
}
