import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type SiyaqDb } from './db';
import { addItem, createWatchlist, listWatchlists } from './watchlists';
import {
  applyImport,
  exportCsv,
  exportJson,
  validateImport,
  type ImportProblem,
  type ImportValidation,
} from './import-export';

const KNOWN = new Set(['nvidia', 'g42', 'alibaba-group']);
const isKnown = (id: string) => KNOWN.has(id);

let db: SiyaqDb;
beforeEach(async () => {
  db = createDb(`siyaq-io-${Math.random()}`);
  const gulf = await createWatchlist(db, 'Gulf AI', '#047857', Date.parse('2026-01-02T03:04:05.000Z'));
  const chips = await createWatchlist(db, '=Chips, "US"', '#b91c1c', Date.parse('2026-02-01T00:00:00.000Z'));
  await addItem(db, gulf, 'g42', { now: Date.parse('2026-03-01T00:00:00.000Z'), note: 'MGX' });
  await addItem(db, chips, 'nvidia', { now: Date.parse('2026-03-02T00:00:00.000Z') });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function problems(v: ImportValidation): ImportProblem[] {
  expect(v.ok).toBe(false);
  return v.ok ? [] : v.problems;
}

const strip = (lists: Awaited<ReturnType<typeof listWatchlists>>) =>
  lists.map((l) => ({
    name: l.name,
    color: l.color,
    createdAt: l.createdAt,
    order: l.order,
    items: l.items.map((i) => ({ entityId: i.entityId, addedAt: i.addedAt, note: i.note })),
  }));

describe('export and import round trips', () => {
  it('JSON export → replace import gives the same lists back', async () => {
    const before = strip(await listWatchlists(db));
    const json = await exportJson(db, 'test+1', new Date('2026-04-01T00:00:00Z'));
    expect(JSON.parse(json)).toMatchObject({
      format: 'siyaq-watchlists',
      version: 1,
      datasetVersion: 'test+1',
    });
    await db.watchlists.clear();
    await db.items.clear();
    const v = validateImport('siyaq.json', json, isKnown);
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    await applyImport(db, v.plan, 'replace');
    expect(strip(await listWatchlists(db))).toEqual(before);
  });

  it('CSV export has the documented columns, protects formulas, and round-trips', async () => {
    const csv = await exportCsv(db, (id) => (id === 'nvidia' ? 'Nvidia' : 'G42'));
    expect(csv).toBe(
      'list,entity_id,name,added\r\n' +
        'Gulf AI,g42,G42,2026-03-01T00:00:00.000Z\r\n' +
        `"'=Chips, ""US""",nvidia,Nvidia,2026-03-02T00:00:00.000Z\r\n`,
    );
    const v = validateImport('lists.csv', csv, isKnown);
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    expect(v.plan.watchlists.map((l) => [l.name, l.items.map((i) => i.entityId)])).toEqual([
      ['Gulf AI', ['g42']],
      ['=Chips, "US"', ['nvidia']],
    ]);
  });

  it('merge adds new items to same-named lists and creates the others', async () => {
    const csv =
      'list,entity_id,name,added\nGULF AI,nvidia,Nvidia,2026-05-01\nGulf AI,g42,G42,2026-05-01\nNew,alibaba-group,Alibaba,2026-05-02T10:00:00Z\n';
    const v = validateImport('x.csv', csv, isKnown);
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const summary = await applyImport(db, v.plan, 'merge');
    expect(summary).toEqual({ listsCreated: 1, itemsAdded: 2 });
    const lists = await listWatchlists(db);
    expect(lists.map((l) => [l.name, l.items.map((i) => i.entityId)])).toEqual([
      ['Gulf AI', ['g42', 'nvidia']],
      ['=Chips, "US"', ['nvidia']],
      ['New', ['alibaba-group']],
    ]);
  });

  it('a failure inside the import transaction changes nothing', async () => {
    const before = await listWatchlists(db);
    const json = await exportJson(db, 'v');
    const v = validateImport('a.json', json, isKnown);
    if (!v.ok) throw new Error('invalid');
    await expect(
      applyImport(db, v.plan, 'replace', {
        beforeCommit: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await listWatchlists(db)).toEqual(before);
  });
});

describe('import validation', () => {
  const valid = {
    format: 'siyaq-watchlists',
    version: 1,
    exportedAt: '2026-04-01T00:00:00.000Z',
    datasetVersion: 'x',
    watchlists: [
      {
        name: 'A',
        color: '#112233',
        createdAt: '2026-01-01T00:00:00.000Z',
        order: 0,
        items: [{ entityId: 'nvidia', addedAt: '2026-01-02T00:00:00.000Z', note: null }],
      },
    ],
  };
  const json = (change: (d: typeof valid) => unknown) =>
    JSON.stringify(change(structuredClone(valid)), null, 2);

  it.each([
    [
      'not JSON',
      '{"format": "siyaq-watchlists",\n  "version": 1,,}',
      { code: 'watchlistImportErrorNotJson', line: 2 },
    ],
    [
      'wrong format',
      json((d) => ({ ...d, format: 'other' })),
      { code: 'watchlistImportErrorFormat', field: 'format', params: ['other', 'siyaq-watchlists'] },
    ],
    [
      'wrong version',
      json((d) => ({ ...d, version: 2 })),
      { code: 'watchlistImportErrorVersion', field: 'version', params: ['2', '1'] },
    ],
    [
      'watchlists not a list',
      json((d) => ({ ...d, watchlists: {} })),
      { code: 'watchlistImportErrorNotList', field: 'watchlists' },
    ],
    [
      'unknown entity',
      json((d) => ((d.watchlists[0]!.items[0]!.entityId = 'nvidiaa'), d)),
      {
        code: 'watchlistImportErrorUnknownEntity',
        field: 'watchlists[0].items[0].entityId',
        params: ['nvidiaa'],
      },
    ],
    [
      'bad date',
      json((d) => ((d.watchlists[0]!.items[0]!.addedAt = 'yesterday'), d)),
      { code: 'watchlistImportErrorDate', field: 'watchlists[0].items[0].addedAt', params: ['yesterday'] },
    ],
    [
      'bad colour',
      json((d) => ((d.watchlists[0]!.color = 'blue'), d)),
      { code: 'watchlistImportErrorColor', field: 'watchlists[0].color' },
    ],
    [
      'empty name',
      json((d) => ((d.watchlists[0]!.name = '  '), d)),
      { code: 'watchlistImportErrorEmptyName', field: 'watchlists[0].name' },
    ],
    [
      'name not text',
      json((d) => (((d.watchlists[0] as { name: unknown }).name = 5), d)),
      { code: 'watchlistImportErrorNotText', field: 'watchlists[0].name' },
    ],
    [
      'duplicate list',
      json((d) => (d.watchlists.push(structuredClone(d.watchlists[0]!)), d)),
      { code: 'watchlistImportErrorDuplicateList', field: 'watchlists[1].name' },
    ],
    [
      'duplicate item',
      json((d) => (d.watchlists[0]!.items.push(structuredClone(d.watchlists[0]!.items[0]!)), d)),
      { code: 'watchlistImportErrorDuplicateItem', field: 'watchlists[0].items[1].entityId' },
    ],
    ['empty file', '  \n', { code: 'watchlistImportErrorEmptyFile' }],
    ['CSV header', 'name,id\nA,nvidia\n', { code: 'watchlistImportErrorCsvHeader', line: 1 }],
    [
      'CSV columns',
      'list,entity_id,name,added\nA,nvidia,Nvidia\n',
      { code: 'watchlistImportErrorCsvColumns', line: 2, params: ['3', '4'] },
    ],
    [
      'CSV unknown id',
      'list,entity_id,name,added\nA,nvidia,Nvidia,2026-01-01\nA,acme,Acme,2026-01-01\n',
      { code: 'watchlistImportErrorUnknownEntity', line: 3, field: 'entity_id', params: ['acme'] },
    ],
    [
      'CSV bad date',
      'list,entity_id,name,added\nA,nvidia,Nvidia,01/02/2026\n',
      { code: 'watchlistImportErrorDate', line: 2, field: 'added' },
    ],
    [
      'CSV empty list',
      'list,entity_id,name,added\n,nvidia,Nvidia,2026-01-01\n',
      { code: 'watchlistImportErrorEmptyName', line: 2, field: 'list' },
    ],
    [
      'CSV open quote',
      'list,entity_id,name,added\n"A,nvidia,Nvidia,2026-01-01\n',
      { code: 'watchlistImportErrorCsvQuote', line: 2 },
    ],
  ])('%s yields its own message, and the database is unchanged', async (_label, text, expected) => {
    const before = await listWatchlists(db);
    const name = text.startsWith('{') || _label === 'empty file' ? 'f.json' : 'f.csv';
    const found = problems(validateImport(name, text, isKnown));
    expect(found[0]).toMatchObject(expected);
    expect(await listWatchlists(db)).toEqual(before);
  });

  it('reports every problem of a file, not just the first', () => {
    const csv =
      'list,entity_id,name,added\nA,acme,Acme,2026-01-01\nB,nvidia,Nvidia,never\n,g42,G42,2026-01-01\n';
    const found = problems(validateImport('f.csv', csv, isKnown));
    expect(found.map((p) => [p.line, p.field, p.code])).toEqual([
      [2, 'entity_id', 'watchlistImportErrorUnknownEntity'],
      [3, 'added', 'watchlistImportErrorDate'],
      [4, 'list', 'watchlistImportErrorEmptyName'],
    ]);
  });
});
