import type { SiyaqDb, WatchlistItemRow, WatchlistRow } from './db';
import { syncPageMirror } from './mirror-sync';

/**
 * Watchlist repository: every read and write of watchlists and their items goes through these
 * functions, which the background, the popup and the options page share. Each write runs in one
 * transaction and then refreshes the content scripts' mirror (`page-mirror.ts`).
 */

/** Colours offered for lists; all reach 4.5:1 against white as text and as a swatch border. */
export const WATCHLIST_COLORS = [
  '#1d4ed8',
  '#047857',
  '#b45309',
  '#b91c1c',
  '#7e22ce',
  '#0f766e',
  '#be185d',
  '#4b5563',
] as const;

const COLOR_PATTERN = /^#[0-9a-f]{6}$/i;
export const MAX_NAME_LENGTH = 80;
export const MAX_NOTE_LENGTH = 500;

/** A watchlist with its items, as views show it. */
export interface WatchlistWithItems extends WatchlistRow {
  id: number;
  items: (WatchlistItemRow & { id: number })[];
}

/** What `deleteWatchlist` removed, so `restoreWatchlist` can put it back (undo). */
export interface DeletedWatchlist {
  list: WatchlistRow & { id: number };
  items: (WatchlistItemRow & { id: number })[];
}

/** Trims a list name and checks it; throws a user-presentable key on bad input. */
export function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('watchlistErrorEmptyName');
  if (clean.length > MAX_NAME_LENGTH) throw new Error('watchlistErrorLongName');
  return clean;
}

function cleanColor(color: string): string {
  if (!COLOR_PATTERN.test(color)) throw new Error('watchlistErrorColor');
  return color.toLowerCase();
}

/** Every watchlist in the user's order, each with its items (oldest first). */
export async function listWatchlists(db: SiyaqDb): Promise<WatchlistWithItems[]> {
  return db.transaction('r', db.watchlists, db.items, async () => {
    const lists = (await db.watchlists.orderBy('order').toArray()) as (WatchlistRow & { id: number })[];
    const items = (await db.items.toArray()) as (WatchlistItemRow & { id: number })[];
    return lists.map((list) => ({
      ...list,
      items: items
        .filter((i) => i.watchlistId === list.id)
        .sort((a, b) => a.addedAt - b.addedAt || a.id - b.id),
    }));
  });
}

/** Creates a list at the end of the order and returns its id. */
export async function createWatchlist(
  db: SiyaqDb,
  name: string,
  color?: string,
  now = Date.now(),
): Promise<number> {
  const clean = cleanName(name);
  const id = await db.transaction('rw', db.watchlists, async () => {
    const last = await db.watchlists.orderBy('order').last();
    const count = await db.watchlists.count();
    return db.watchlists.add({
      name: clean,
      color: cleanColor(color ?? WATCHLIST_COLORS[count % WATCHLIST_COLORS.length]!),
      createdAt: now,
      order: (last?.order ?? -1) + 1,
    });
  });
  return id as number;
}

/** Renames a list. */
export async function renameWatchlist(db: SiyaqDb, id: number, name: string): Promise<void> {
  const clean = cleanName(name);
  if (!(await db.watchlists.update(id, { name: clean }))) throw new Error('watchlistErrorMissing');
}

/** Changes a list's colour. */
export async function recolorWatchlist(db: SiyaqDb, id: number, color: string): Promise<void> {
  if (!(await db.watchlists.update(id, { color: cleanColor(color) })))
    throw new Error('watchlistErrorMissing');
}

/** Puts lists in the given order; ids not named keep their relative order after them. */
export async function reorderWatchlists(db: SiyaqDb, orderedIds: number[]): Promise<void> {
  await db.transaction('rw', db.watchlists, async () => {
    const lists = await db.watchlists.orderBy('order').toArray();
    const rest = lists.map((l) => l.id!).filter((id) => !orderedIds.includes(id));
    const all = [...orderedIds.filter((id) => lists.some((l) => l.id === id)), ...rest];
    await Promise.all(all.map((id, order) => db.watchlists.update(id, { order })));
  });
}

/** Moves one list up (-1) or down (+1) in the order. */
export async function moveWatchlist(db: SiyaqDb, id: number, delta: -1 | 1): Promise<void> {
  const ids = (await db.watchlists.orderBy('order').toArray()).map((l) => l.id!);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  await reorderWatchlists(db, ids);
}

/** Deletes a list and its items; returns what was deleted, for undo. */
export async function deleteWatchlist(db: SiyaqDb, id: number): Promise<DeletedWatchlist> {
  const deleted = await db.transaction('rw', db.watchlists, db.items, async () => {
    const list = (await db.watchlists.get(id)) as (WatchlistRow & { id: number }) | undefined;
    if (!list) throw new Error('watchlistErrorMissing');
    const items = (await db.items.where('watchlistId').equals(id).toArray()) as DeletedWatchlist['items'];
    await db.items.where('watchlistId').equals(id).delete();
    await db.watchlists.delete(id);
    return { list, items };
  });
  await syncPageMirror(db);
  return deleted;
}

/** Undoes `deleteWatchlist`: restores the list, its id, position and items. */
export async function restoreWatchlist(db: SiyaqDb, deleted: DeletedWatchlist): Promise<void> {
  await db.transaction('rw', db.watchlists, db.items, async () => {
    await db.watchlists.put(deleted.list);
    await db.items.bulkPut(deleted.items);
  });
  await syncPageMirror(db);
}

/**
 * Adds an entity to a list; adding one already there keeps the first `addedAt`. The caller checks
 * that the entity id is known (see lib/search/entities.ts).
 */
export async function addItem(
  db: SiyaqDb,
  watchlistId: number,
  entityId: string,
  options: { note?: string | null; now?: number } = {},
): Promise<void> {
  const note = options.note?.trim() || null;
  if (note && note.length > MAX_NOTE_LENGTH) throw new Error('watchlistErrorLongNote');
  await db.transaction('rw', db.watchlists, db.items, async () => {
    if (!(await db.watchlists.get(watchlistId))) throw new Error('watchlistErrorMissing');
    const existing = await db.items.where({ watchlistId, entityId }).first();
    if (existing) return;
    await db.items.add({ watchlistId, entityId, addedAt: options.now ?? Date.now(), note });
  });
  await syncPageMirror(db);
}

/** Removes an entity from one list, or from every list when `watchlistId` is undefined. */
export async function removeItem(db: SiyaqDb, entityId: string, watchlistId?: number): Promise<void> {
  await db.transaction('rw', db.items, async () => {
    if (watchlistId === undefined) await db.items.where('entityId').equals(entityId).delete();
    else await db.items.where({ watchlistId, entityId }).delete();
  });
  await syncPageMirror(db);
}

/** Sets or clears the note of an item. */
export async function setItemNote(db: SiyaqDb, itemId: number, note: string): Promise<void> {
  const clean = note.trim() || null;
  if (clean && clean.length > MAX_NOTE_LENGTH) throw new Error('watchlistErrorLongNote');
  await db.items.update(itemId, { note: clean });
}

/** Distinct entity ids on any list. */
export async function watchedEntityIds(db: SiyaqDb): Promise<string[]> {
  return (await db.items.orderBy('entityId').uniqueKeys()) as string[];
}
