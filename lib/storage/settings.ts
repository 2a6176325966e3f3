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
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  uiLanguage: 'auto',
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
