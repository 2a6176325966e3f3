import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type SiyaqDb } from './db';
import {
  addItem,
  createWatchlist,
  deleteWatchlist,
  listWatchlists,
  moveWatchlist,
  recolorWatchlist,
  removeItem,
  renameWatchlist,
  reorderWatchlists,
  restoreWatchlist,
  watchedEntityIds,
} from './watchlists';
import { addExclusion, listExclusions, removeExclusion } from './exclusions';
import { isSiteEnabled, setSiteEnabled, siteHostOf } from './sites';
import { disabledSitesItem, excludedTermsItem, watchedIdsItem } from './page-mirror';

let db: SiyaqDb;
beforeEach(() => {
  db = createDb(`siyaq-test-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('watchlist repository', () => {
  it('creates lists in order with a default colour, and renames and recolours them', async () => {
    const a = await createWatchlist(db, '  Gulf   AI ', undefined, 10);
    const b = await createWatchlist(db, 'Chips');
    await renameWatchlist(db, b, 'Chip makers');
    await recolorWatchlist(db, a, '#B91C1C');
    const lists = await listWatchlists(db);
    expect(lists.map((l) => [l.name, l.color, l.order])).toEqual([
      ['Gulf AI', '#b91c1c', 0],
      ['Chip makers', '#047857', 1],
    ]);
    expect(lists[0]!.createdAt).toBe(10);
  });

  it('rejects bad names and colours with a message key and changes nothing', async () => {
    const a = await createWatchlist(db, 'A');
    await expect(createWatchlist(db, '   ')).rejects.toThrow('watchlistErrorEmptyName');
    await expect(createWatchlist(db, 'x'.repeat(81))).rejects.toThrow('watchlistErrorLongName');
    await expect(renameWatchlist(db, a, '')).rejects.toThrow('watchlistErrorEmptyName');
    await expect(recolorWatchlist(db, a, 'red')).rejects.toThrow('watchlistErrorColor');
    await expect(renameWatchlist(db, 999, 'B')).rejects.toThrow('watchlistErrorMissing');
    expect((await listWatchlists(db)).map((l) => [l.name, l.color])).toEqual([['A', '#1d4ed8']]);
  });

  it('reorders and moves lists', async () => {
    const a = await createWatchlist(db, 'A');
    const b = await createWatchlist(db, 'B');
    const c = await createWatchlist(db, 'C');
    await reorderWatchlists(db, [c, a]);
    expect((await listWatchlists(db)).map((l) => l.name)).toEqual(['C', 'A', 'B']);
    await moveWatchlist(db, b, -1);
    expect((await listWatchlists(db)).map((l) => l.name)).toEqual(['C', 'B', 'A']);
    await moveWatchlist(db, c, -1); // already first: no change
    expect((await listWatchlists(db)).map((l) => l.name)).toEqual(['C', 'B', 'A']);
  });

  it('adds items once, removes them from one or every list, and mirrors watched ids', async () => {
    const a = await createWatchlist(db, 'A');
    const b = await createWatchlist(db, 'B');
    await addItem(db, a, 'nvidia', { now: 1 });
    await addItem(db, a, 'nvidia', { now: 2 });
    await addItem(db, b, 'nvidia', { now: 3 });
    await addItem(db, b, 'g42', { now: 4, note: ' watch the MGX deal ' });
    const lists = await listWatchlists(db);
    expect(lists[0]!.items.map((i) => [i.entityId, i.addedAt])).toEqual([['nvidia', 1]]);
    expect(lists[1]!.items.map((i) => [i.entityId, i.note])).toEqual([
      ['nvidia', null],
      ['g42', 'watch the MGX deal'],
    ]);
    expect(await watchedIdsItem.getValue()).toEqual(['g42', 'nvidia']);
    await removeItem(db, 'nvidia', a);
    expect(await watchedEntityIds(db)).toEqual(['g42', 'nvidia']);
    await removeItem(db, 'nvidia');
    expect(await watchedEntityIds(db)).toEqual(['g42']);
    expect(await watchedIdsItem.getValue()).toEqual(['g42']);
    await expect(addItem(db, 999, 'nvidia')).rejects.toThrow('watchlistErrorMissing');
  });

  it('deletes a list with its items and restores both on undo', async () => {
    const a = await createWatchlist(db, 'A');
    const b = await createWatchlist(db, 'B');
    await addItem(db, a, 'nvidia', { now: 1 });
    await addItem(db, b, 'g42', { now: 2 });
    const before = await listWatchlists(db);
    const deleted = await deleteWatchlist(db, a);
    expect((await listWatchlists(db)).map((l) => l.name)).toEqual(['B']);
    expect(await watchedIdsItem.getValue()).toEqual(['g42']);
    await restoreWatchlist(db, deleted);
    expect(await listWatchlists(db)).toEqual(before);
    expect(await watchedIdsItem.getValue()).toEqual(['g42', 'nvidia']);
  });
});

describe('exclusions and sites', () => {
  it('stores exclusions once per normalized form and mirrors them', async () => {
    await addExclusion(db, 'إنفيديا');
    await addExclusion(db, 'انفيديا');
    await addExclusion(db, 'Apple');
    await expect(addExclusion(db, '   ')).rejects.toThrow('optionsErrorEmptyTerm');
    const rows = await listExclusions(db);
    expect(rows.map((r) => r.term)).toEqual(['إنفيديا', 'Apple']);
    expect(await excludedTermsItem.getValue()).toEqual(['إنفيديا', 'Apple']);
    await removeExclusion(db, rows[0]!.id);
    expect(await excludedTermsItem.getValue()).toEqual(['Apple']);
  });

  it('turns a site off and on and mirrors the disabled hosts', async () => {
    expect(siteHostOf('https://News.Example.com/a?b')).toBe('news.example.com');
    expect(siteHostOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteHostOf('not a url')).toBeNull();
    await setSiteEnabled(db, 'News.Example.com', false);
    expect(await isSiteEnabled(db, 'news.example.com')).toBe(false);
    expect(await disabledSitesItem.getValue()).toEqual(['news.example.com']);
    await setSiteEnabled(db, 'news.example.com', true);
    expect(await isSiteEnabled(db, 'news.example.com')).toBe(true);
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });
});
