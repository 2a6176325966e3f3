/**
 * Card data in the background: the one verified copy of `data/generated/details.json`
 * (lib/search/entities.ts, bundled, never fetched) and what the page needs from it.
 */
import type { DetailsStore } from '../data/load-details';
import { getDetailsStore } from '../search/entities';

/** The verified details store, loaded once per context. */
export const detailsStore = getDetailsStore;

/**
 * Entities that get the "official list" marker on pages: linked to a list entry by the record
 * itself (not by name only) and not delisted, or with a curated `listed` sanctions fact.
 */
export function listedEntityIds(details: DetailsStore): string[] {
  return details
    .all()
    .filter(
      (e) =>
        e.officialListings.some((l) => l.match === 'explicit' && l.until === null) ||
        e.sanctions.some((s) => s.status === 'listed'),
    )
    .map((e) => e.id);
}
