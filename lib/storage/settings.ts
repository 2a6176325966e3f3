import { storage } from 'wxt/utils/storage';
import type { UiLanguageSetting } from '../i18n/language';

/**
 * User settings, one typed item in `browser.storage.local`. Extension pages, the background and
 * content scripts all read it and watch it, so a change takes effect everywhere without reload.
 */
export interface Settings {
  /** Global on/off switch. */
  enabled: boolean;
  uiLanguage: UiLanguageSetting;
  /** Intent delay before the hover card opens. */
  hoverDelayMs: number;
  /** How mentions are marked: a thin underline, or a tinted background as well. */
  highlightStyle: 'underline' | 'background';
  /** Also spot every entity on the official lists, not only the curated companies. */
  spotListedEntities: boolean;
  /** Mark only the first mention of each company on a page. */
  firstMentionOnly: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  uiLanguage: 'auto',
  hoverDelayMs: 300,
  highlightStyle: 'underline',
  spotListedEntities: false,
  firstMentionOnly: false,
};

export const settingsItem = storage.defineItem<Settings>('local:siyaq:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, filling any field a previous version did not store with its default. */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Merges a partial change into the stored settings. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}
