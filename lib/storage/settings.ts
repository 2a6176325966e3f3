import { storage } from 'wxt/utils/storage';
import { sanitizeSettings, DEFAULT_SETTINGS, PAGE_STATE_KEYS, type Settings } from './settings-values';

export { DEFAULT_SETTINGS, HOVER_DELAY_RANGE_MS, sanitizeSettings, type Settings } from './settings-values';

/*
 * Versions: v1 stored whatever the first release wrote (fields may be missing). v2 guarantees a
 * complete, valid object; its migration runs `sanitizeSettings` once on the stored value.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${PAGE_STATE_KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: sanitizeSettings },
});

/** Reads the settings, filling any field a previous version did not store (or stored invalid) with its default. */
export async function readSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Merges a partial change into the stored settings. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}
