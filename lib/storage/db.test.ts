import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, SCHEMA_V1, type SiyaqDb } from './db';

let name = '';
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Dexie.delete(name);
});

describe('database schema', () => {
  it('keeps data written by v1 when opened as v2, and folds exclusions', async () => {
    name = `siyaq-upgrade-${Math.random()}`;
    // Write with a database that only knows v1, exactly as a user of the first release has it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    opened.push(v1);
    const listId = await v1
      .table('watchlists')
      .add({ name: 'Gulf AI', color: '#1d4ed8', createdAt: 1, order: 0 });
    await v1.table('items').add({ watchlistId: listId, entityId: 'g42', addedAt: 2, note: 'check' });
    await v1.table('exclusions').bulkAdd([
      { term: 'إنفيديا', createdAt: 3 },
      { term: 'انفيديا', createdAt: 4 },
      { term: 'Apple', createdAt: 5 },
    ]);
    await v1.table('sites').put({ host: 'example.com', enabled: false, updatedAt: 6 });
    v1.close();

    const db: SiyaqDb = createDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.watchlists.toArray()).toEqual([
      { id: listId, name: 'Gulf AI', color: '#1d4ed8', createdAt: 1, order: 0 },
    ]);
    expect(await db.items.toArray()).toEqual([
      { id: 1, watchlistId: listId, entityId: 'g42', addedAt: 2, note: 'check' },
    ]);
    expect(await db.sites.get('example.com')).toEqual({ host: 'example.com', enabled: false, updatedAt: 6 });
    const exclusions = await db.exclusions.toArray();
    expect(exclusions.map((e) => [e.term, e.normalized])).toEqual([
      ['إنفيديا', 'انفيديا'],
      ['Apple', 'apple'],
    ]);
    // The new unique index is live.
    await expect(db.exclusions.add({ term: 'APPLE', normalized: 'apple', createdAt: 7 })).rejects.toThrow();
  });

  it('creates an empty v2 database from scratch', async () => {
    name = `siyaq-fresh-${Math.random()}`;
    const db = createDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['exclusions', 'items', 'sites', 'watchlists']);
  });
});
