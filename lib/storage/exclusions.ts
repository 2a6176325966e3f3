import { normalize } from '../normalize/normalize';
import type { ExclusionRow, SiyaqDb } from './db';
import { syncPageMirror } from './mirror-sync';

export const MAX_TERM_LENGTH = 100;

/** The user's "don't underline this term" entries, oldest first. */
export async function listExclusions(db: SiyaqDb): Promise<(ExclusionRow & { id: number })[]> {
  return (await db.exclusions.toArray()) as (ExclusionRow & { id: number })[];
}

/**
 * Adds a term; a term equal to an existing one after normalization (case, hamza, ya, ta marbuta)
 * is not added twice. Throws a message key on bad input.
 */
export async function addExclusion(db: SiyaqDb, term: string, now = Date.now()): Promise<void> {
  const clean = term.replace(/\s+/g, ' ').trim();
  const normalized = normalize(clean).trim();
  if (!normalized) throw new Error('optionsErrorEmptyTerm');
  if (clean.length > MAX_TERM_LENGTH) throw new Error('optionsErrorLongTerm');
  await db.transaction('rw', db.exclusions, async () => {
    if (await db.exclusions.where('normalized').equals(normalized).first()) return;
    await db.exclusions.add({ term: clean, normalized, createdAt: now });
  });
  await syncPageMirror(db);
}

/** Removes one exclusion. */
export async function removeExclusion(db: SiyaqDb, id: number): Promise<void> {
  await db.exclusions.delete(id);
  await syncPageMirror(db);
}
