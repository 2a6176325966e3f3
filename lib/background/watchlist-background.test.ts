import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDb, type SiyaqDb } from '../storage/db';
import { createWatchlist, listWatchlists } from '../storage/watchlists';
import { watchedIdsItem } from '../storage/page-mirror';
import { createWatchlistHandlers } from './watchlist-handlers';
import { badgeTextFor, countWatched, onPageEntitiesChanged, repaintAllBadges } from './badge';

let db: SiyaqDb;
beforeEach(() => {
  db = createDb(`siyaq-bg-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('watchlist message handlers', () => {
  const handlers = () =>
    createWatchlistHandlers({ db: () => db, isKnown: (id) => ['nvidia', 'g42'].includes(id) });
  const sender = {} as never;

  it('adds to the first list, creating "My watchlist" when there is none, and lists membership', async () => {
    const h = handlers();
    const added = await h['siyaq:add-to-watchlist'](
      { type: 'siyaq:add-to-watchlist', entityId: 'nvidia' },
      sender,
    );
    expect(added).toMatchObject({ ok: true, value: { name: 'My watchlist', hasEntity: true } });
    const lists = await h['siyaq:list-watchlists'](
      { type: 'siyaq:list-watchlists', entityId: 'g42' },
      sender,
    );
    expect(lists.map((l) => [l.name, l.hasEntity])).toEqual([['My watchlist', false]]);
    expect(await watchedIdsItem.getValue()).toEqual(['nvidia']);
  });

  it('refuses unknown ids and missing lists with an error, changing nothing', async () => {
    const h = handlers();
    await createWatchlist(db, 'A');
    const before = await listWatchlists(db);
    expect(
      await h['siyaq:add-to-watchlist']({ type: 'siyaq:add-to-watchlist', entityId: 'acme' }, sender),
    ).toEqual({
      ok: false,
      error: 'unknown entity id "acme"',
    });
    expect(
      await h['siyaq:add-to-watchlist'](
        { type: 'siyaq:add-to-watchlist', entityId: 'g42', watchlistId: 999 },
        sender,
      ),
    ).toEqual({ ok: false, error: 'watchlistErrorMissing' });
    expect(await listWatchlists(db)).toEqual(before);
  });

  it('removes from every list', async () => {
    const h = handlers();
    const a = await createWatchlist(db, 'A');
    const b = await createWatchlist(db, 'B');
    for (const watchlistId of [a, b])
      await h['siyaq:add-to-watchlist'](
        { type: 'siyaq:add-to-watchlist', entityId: 'g42', watchlistId },
        sender,
      );
    expect(
      await h['siyaq:remove-from-watchlist'](
        { type: 'siyaq:remove-from-watchlist', entityId: 'g42' },
        sender,
      ),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect((await listWatchlists(db)).flatMap((l) => l.items)).toEqual([]);
  });
});

describe('toolbar badge', () => {
  it('counts distinct watched ids and formats the text', () => {
    expect(countWatched(['g42', 'g42', 'nvidia', 'openai'], ['g42', 'nvidia', 'tsmc'])).toBe(2);
    expect(badgeTextFor(0)).toBe('');
    expect(badgeTextFor(7)).toBe('7');
    expect(badgeTextFor(120)).toBe('99+');
  });

  it('paints per tab on a page report and repaints when the watched ids change', async () => {
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    await watchedIdsItem.setValue(['g42']);
    await onPageEntitiesChanged(5, ['g42', 'openai', 'g42']);
    await onPageEntitiesChanged(6, ['openai']);
    expect(setText).toHaveBeenLastCalledWith({ tabId: 6, text: '' });
    expect(setText).toHaveBeenCalledWith({ tabId: 5, text: '1' });
    setText.mockClear();
    await repaintAllBadges(['g42', 'openai']);
    expect(setText.mock.calls.map((c) => c[0]).sort((a, b) => a.tabId! - b.tabId!)).toEqual([
      { tabId: 5, text: '2' },
      { tabId: 6, text: '1' },
    ]);
  });
});
