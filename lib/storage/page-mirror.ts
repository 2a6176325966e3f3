import { storage } from 'wxt/utils/storage';
import { PAGE_STATE_KEYS } from './settings-values';

/*
 * Small read-only mirrors of extension-origin state for content scripts. Dexie lives in the
 * extension origin (a content script's IndexedDB would belong to the page), so the background
 * copies the little a page needs into `browser.storage.local` whenever the database changes, and
 * content scripts read and watch these items.
 */

/** Entity ids on any watchlist (for the "watched" highlight style). */
export const watchedIdsItem = storage.defineItem<string[]>(`local:${PAGE_STATE_KEYS.watchedIds}`, {
  fallback: [],
});

/** Host names where the user turned Siyaq off. */
export const disabledSitesItem = storage.defineItem<string[]>(`local:${PAGE_STATE_KEYS.disabledSites}`, {
  fallback: [],
});

/** The user's "don't underline this term" entries, as typed. */
export const excludedTermsItem = storage.defineItem<string[]>(`local:${PAGE_STATE_KEYS.excludedTerms}`, {
  fallback: [],
});
