/**
 * The background's one copy of the card data: `data/generated/details.json` bundled into the
 * background script (no fetch, not even of an extension file) and verified on first use.
 */
import detailsArtifact from '../../data/generated/details.json' with { type: 'json' };
import { loadDetails, type DetailsStore } from '../data/load-details';

let store: DetailsStore | null = null;

/** The verified details store, loaded once. */
export function detailsStore(): DetailsStore {
  store ??= loadDetails(detailsArtifact as unknown);
  return store;
}

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
