import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, updateSettings } from './settings';

describe('settings', () => {
  it('starts from the defaults', async () => {
    await expect(readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('merges a change and keeps the other fields', async () => {
    await updateSettings({ uiLanguage: 'ar' });
    await expect(readSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'ar' });
  });

  it('fills fields an older stored value lacks', async () => {
    await fakeBrowser.storage.local.set({ 'siyaq:settings': { enabled: false } });
    await expect(readSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });
});
