import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, sanitizeSettings, settingsItem, updateSettings } from './settings';

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

describe('settings migrations', () => {
  it('v1 → v2 completes and repairs the stored value, and records the version', async () => {
    await fakeBrowser.storage.local.set({
      'siyaq:settings': {
        enabled: false,
        uiLanguage: 'fr',
        hoverDelayMs: 99_999,
        highlightStyle: 'neon',
        extra: 1,
      },
    });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['siyaq:settings', 'siyaq:settings$']);
    expect(stored['siyaq:settings']).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 2000 });
    expect(stored['siyaq:settings$']).toEqual({ v: 2 });
  });

  it('sanitizeSettings keeps valid values and defaults the rest', () => {
    expect(sanitizeSettings({ uiLanguage: 'ar', hoverDelayMs: -5, firstMentionOnly: 'yes' })).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'ar',
      hoverDelayMs: 0,
    });
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
