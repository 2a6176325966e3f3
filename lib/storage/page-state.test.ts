import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledSitesItem, excludedTermsItem, watchedIdsItem } from './page-mirror';
import { readPageState, watchPageState, type PageState } from './page-state';
import { DEFAULT_SETTINGS, updateSettings } from './settings';

// The page reader must see exactly what the typed items write (same keys, same values).
describe('page state', () => {
  it('reads the defaults from empty storage', async () => {
    await expect(readPageState()).resolves.toEqual({
      settings: DEFAULT_SETTINGS,
      disabledSites: [],
      excludedTerms: [],
      watchedIds: [],
    });
  });

  it('reads what the typed items wrote, in one call', async () => {
    await updateSettings({ enabled: false, highlightStyle: 'background' });
    await disabledSitesItem.setValue(['example.com']);
    await excludedTermsItem.setValue(['Apple']);
    await watchedIdsItem.setValue(['nvidia', 'g42']);
    await expect(readPageState()).resolves.toEqual({
      settings: { ...DEFAULT_SETTINGS, enabled: false, highlightStyle: 'background' },
      disabledSites: ['example.com'],
      excludedTerms: ['Apple'],
      watchedIds: ['nvidia', 'g42'],
    });
  });

  it('sanitizes malformed stored values instead of failing', async () => {
    await fakeBrowser.storage.local.set({
      'siyaq:settings': { enabled: 'no', hoverDelayMs: 99999 },
      'siyaq:disabled-sites': 'example.com',
      'siyaq:watched-ids': ['nvidia', 7, null],
    });
    const state = await readPageState();
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 2000 });
    expect(state.disabledSites).toEqual([]);
    expect(state.watchedIds).toEqual(['nvidia']);
  });

  it('reports only the fields that changed, until stopped', async () => {
    const seen: Partial<PageState>[] = [];
    const stop = watchPageState((change) => seen.push(change));
    await watchedIdsItem.setValue(['alibaba-group']);
    await updateSettings({ firstMentionOnly: true });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await excludedTermsItem.setValue(['Meta']);
    expect(seen).toEqual([
      { watchedIds: ['alibaba-group'] },
      { settings: { ...DEFAULT_SETTINGS, firstMentionOnly: true } },
    ]);
  });
});
