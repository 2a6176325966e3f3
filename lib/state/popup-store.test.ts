import { describe, expect, it, vi } from 'vitest';
import { createPopupStore } from './popup-store';
import { pageStateOf } from '../watchlists/page-state';
import type { MentionsReport } from '../messaging/protocol';

const report = (mentions: string[], done = true): MentionsReport => ({
  url: 'https://news.example/a',
  done,
  mentions: mentions.map((entityId) => ({ entityId, text: entityId })),
});

describe('popup store', () => {
  it('targets the resolved tab and keeps its mentions current', async () => {
    vi.useFakeTimers();
    const fetchMentions = vi
      .fn()
      .mockResolvedValueOnce(report(['g42'], false))
      .mockResolvedValue(report(['g42', 'nvidia']));
    const store = createPopupStore({ resolveTab: async () => 7, fetchMentions });
    const stop = store.getState().start('?tab=7');
    await vi.waitFor(() => expect(store.getState().report?.mentions).toHaveLength(1));
    expect(store.getState().tabId).toBe(7);
    await vi.advanceTimersByTimeAsync(1100);
    expect(store.getState().report?.mentions.map((m) => m.entityId)).toEqual(['g42', 'nvidia']);
    expect(fetchMentions).toHaveBeenCalledWith(7);
    stop();
    const calls = fetchMentions.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetchMentions.mock.calls.length).toBe(calls);
    vi.useRealTimers();
  });

  it('records no tab without asking for mentions', async () => {
    const fetchMentions = vi.fn();
    const store = createPopupStore({ resolveTab: async () => null, fetchMentions });
    store.getState().start('');
    await vi.waitFor(() => expect(store.getState().tabId).toBeNull());
    expect(fetchMentions).not.toHaveBeenCalled();
  });
});

describe('"on this page" states say why it is empty', () => {
  const base = { tabId: 1, report: report(['g42']), globalEnabled: true, siteEnabled: true };
  it.each([
    [{ tabId: undefined }, 'loading'],
    [{ tabId: null }, 'no-tab'],
    [{ report: null }, 'unsupported'],
    [{ globalEnabled: false }, 'global-off'],
    [{ siteEnabled: false }, 'site-off'],
    [{ report: report([], false) }, 'scanning'],
    [{ report: report([]) }, 'empty'],
    [{}, null],
  ] as const)('%o → %s', (change, expected) => {
    expect(pageStateOf({ ...base, ...change })).toBe(expected);
  });
});
