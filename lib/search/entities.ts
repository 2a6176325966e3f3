import detailsArtifact from '../../data/generated/details.json' with { type: 'json' };
import { loadDetails, type DetailsStore } from '../data/load-details';

/*
 * The curated dataset as extension pages and the background see it: bundled with the page
 * (imported, never fetched — the extension makes no network requests, and the file is small),
 * verified once per context. Never import this from the content script.
 */

let store: DetailsStore | null = null;

/** The verified details store of this context. */
export function getDetailsStore(): DetailsStore {
  store ??= loadDetails(detailsArtifact as unknown);
  return store;
}

/** Whether `id` names an entity of the bundled dataset. */
export function isKnownEntity(id: string): boolean {
  return getDetailsStore().get(id) !== undefined;
}

/** Display name of an entity in the interface language, falling back to the canonical name, then the id. */
export function entityDisplayName(id: string, language: 'ar' | 'en'): string {
  const entity = getDetailsStore().get(id);
  if (!entity) return id;
  if (language === 'ar') return entity.names.ar[0] ?? entity.name;
  return entity.name;
}
