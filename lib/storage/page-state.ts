import { browser } from 'wxt/browser';
import { PAGE_STATE_KEYS, sanitizeSettings, type Settings } from './settings-values';

/*
 * What a page session needs from extension storage, read with ONE storage call and watched with
 * ONE listener. The extension pages and the background keep using the typed items (settings.ts,
 * page-mirror.ts: WXT storage items, with migrations); defining those items in every page would
 * cost each page a storage read per item at load and their set-up code, for four small values.
 * Values are sanitized here as the items would: a missing or malformed value is the default.
 */

export interface PageState {
  settings: Settings;
  /** Host names where the user turned Siyaq off. */
  disabledSites: string[];
  /** "Don't underline this term" entries, as typed. */
  excludedTerms: string[];
  /** Entity ids on any watchlist. */
  watchedIds: string[];
}

type Field = keyof typeof PAGE_STATE_KEYS;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function parse(field: Field, value: unknown): PageState[Field] {
  return field === 'settings' ? sanitizeSettings(value) : strings(value);
}

/** Reads everything a page session needs in one storage call. */
export async function readPageState(): Promise<PageState> {
  const raw = await browser.storage.local.get(Object.values(PAGE_STATE_KEYS));
  return {
    settings: sanitizeSettings(raw[PAGE_STATE_KEYS.settings]),
    disabledSites: strings(raw[PAGE_STATE_KEYS.disabledSites]),
    excludedTerms: strings(raw[PAGE_STATE_KEYS.excludedTerms]),
    watchedIds: strings(raw[PAGE_STATE_KEYS.watchedIds]),
  };
}

/** Calls `onChange` with the fields that changed (sanitized); returns the function that stops watching. */
export function watchPageState(onChange: (change: Partial<PageState>) => void): () => void {
  const fields = Object.entries(PAGE_STATE_KEYS) as [Field, string][];
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change: Partial<Record<Field, unknown>> = {};
    for (const [field, key] of fields)
      if (key in changes) change[field] = parse(field, changes[key]!.newValue);
    if (Object.keys(change).length > 0) onChange(change as Partial<PageState>);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
