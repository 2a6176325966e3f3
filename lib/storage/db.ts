import Dexie, { type EntityTable } from 'dexie';
import { normalize } from '../normalize/normalize';

/**
 * The extension-origin database (docs/STYLE.md §3.6). Opened only by the background and the
 * extension pages, never by a content script (its IndexedDB would belong to the web page).
 *
 * Schema history — every version stays declared, in order, and is never edited:
 *  - v1: watchlists, items, exclusions (term), sites (host → enabled).
 *  - v2: exclusions gain `normalized` (the term through lib/normalize), unique, so "إنفيديا" and
 *        "انفيديا" are one exclusion; the upgrade fills it and drops later duplicates.
 */

export const DB_NAME = 'siyaq';

export interface WatchlistRow {
  id?: number;
  name: string;
  /** CSS colour, `#rrggbb`. */
  color: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Position in the user's order (ascending). */
  order: number;
}

export interface WatchlistItemRow {
  id?: number;
  watchlistId: number;
  entityId: string;
  /** Epoch milliseconds. */
  addedAt: number;
  note: string | null;
}

export interface ExclusionRow {
  id?: number;
  /** As the user typed it. */
  term: string;
  /** `normalize(term)`: the unique key (v2). */
  normalized: string;
  createdAt: number;
}

export interface SiteRow {
  /** Host name, lower-case (`www.` kept: the user toggles the site they see). */
  host: string;
  enabled: boolean;
  updatedAt: number;
}

/** Store definitions per version, exported for the upgrade test. */
export const SCHEMA_V1 = {
  watchlists: '++id, order',
  items: '++id, watchlistId, entityId, &[watchlistId+entityId]',
  exclusions: '++id, &term',
  sites: '&host',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  exclusions: '++id, &normalized',
} as const;

export type SiyaqDb = Dexie & {
  watchlists: EntityTable<WatchlistRow, 'id'>;
  items: EntityTable<WatchlistItemRow, 'id'>;
  exclusions: EntityTable<ExclusionRow, 'id'>;
  sites: EntityTable<SiteRow, 'host'>;
};

/** Opens (lazily) the database `name`; tests pass a unique name per test. */
export function createDb(name = DB_NAME): SiyaqDb {
  const db = new Dexie(name) as SiyaqDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      const seen = new Set<string>();
      const rows = (await tx.table('exclusions').toArray()) as ExclusionRow[];
      for (const row of rows) {
        const key = normalize(row.term).trim();
        if (!key || seen.has(key)) await tx.table('exclusions').delete(row.id!);
        else {
          seen.add(key);
          await tx.table('exclusions').update(row.id!, { normalized: key });
        }
      }
    });
  return db;
}

let shared: SiyaqDb | null = null;

/** The one database of this context. */
export function getDb(): SiyaqDb {
  shared ??= createDb();
  return shared;
}
