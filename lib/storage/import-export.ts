import type { SiyaqDb, WatchlistItemRow, WatchlistRow } from './db';
import { parseCsv, toCsv, unprotectField } from './csv';
import { syncPageMirror } from './mirror-sync';
import { listWatchlists, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, WATCHLIST_COLORS } from './watchlists';

/**
 * Watchlist export and import.
 *
 * JSON (full fidelity): `{ format: "siyaq-watchlists", version: 1, exportedAt, datasetVersion,
 * watchlists: [{ name, color, createdAt, order, items: [{ entityId, addedAt, note }] }] }`,
 * dates as ISO 8601. CSV (for spreadsheets): header `list,entity_id,name,added`, one row per item;
 * `name` is the entity's display name, informational only on import.
 *
 * Import is two steps. `validate…` reads the whole file and reports every problem with its line
 * (CSV) or field path (JSON) and never touches the database. `applyImport` writes a valid plan in
 * ONE transaction (merge or replace), so a failure part-way changes nothing.
 */

export const EXPORT_FORMAT = 'siyaq-watchlists';
export const EXPORT_VERSION = 1;
export const CSV_HEADER = ['list', 'entity_id', 'name', 'added'] as const;
/** Larger files are refused before parsing (a watchlist export is a few KB). */
export const MAX_IMPORT_BYTES = 5_000_000;

/** Problem codes; each is a UI string key (`public/_locales/*`), with `params` as $1, $2. */
export type ImportProblemCode =
  | 'watchlistImportErrorTooLarge'
  | 'watchlistImportErrorEmptyFile'
  | 'watchlistImportErrorNotJson'
  | 'watchlistImportErrorFormat'
  | 'watchlistImportErrorVersion'
  | 'watchlistImportErrorNotList'
  | 'watchlistImportErrorNotObject'
  | 'watchlistImportErrorNotText'
  | 'watchlistImportErrorEmptyName'
  | 'watchlistImportErrorLongName'
  | 'watchlistImportErrorColor'
  | 'watchlistImportErrorDate'
  | 'watchlistImportErrorUnknownEntity'
  | 'watchlistImportErrorLongNote'
  | 'watchlistImportErrorDuplicateList'
  | 'watchlistImportErrorDuplicateItem'
  | 'watchlistImportErrorCsvHeader'
  | 'watchlistImportErrorCsvColumns'
  | 'watchlistImportErrorCsvQuote';

export interface ImportProblem {
  /** 1-based line of the file (CSV rows, JSON syntax errors), or null. */
  line: number | null;
  /** Column name (CSV) or field path (JSON, e.g. `watchlists[0].items[2].entityId`), or null. */
  field: string | null;
  code: ImportProblemCode;
  params: string[];
}

/** A validated import, ready to apply. */
export interface ImportPlan {
  watchlists: {
    name: string;
    color: string | null;
    createdAt: number | null;
    items: { entityId: string; addedAt: number; note: string | null }[];
  }[];
}

export type ImportValidation = { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

export interface ExportJson {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  datasetVersion: string;
  watchlists: {
    name: string;
    color: string;
    createdAt: string;
    order: number;
    items: { entityId: string; addedAt: string; note: string | null }[];
  }[];
}

/** Serializes every watchlist as the JSON export. */
export async function exportJson(db: SiyaqDb, datasetVersion: string, now = new Date()): Promise<string> {
  const lists = await listWatchlists(db);
  const data: ExportJson = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    datasetVersion,
    watchlists: lists.map((l, order) => ({
      name: l.name,
      color: l.color,
      createdAt: new Date(l.createdAt).toISOString(),
      order,
      items: l.items.map((i) => ({
        entityId: i.entityId,
        addedAt: new Date(i.addedAt).toISOString(),
        note: i.note,
      })),
    })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

/** Serializes every watchlist item as CSV (`list,entity_id,name,added`). */
export async function exportCsv(db: SiyaqDb, nameOf: (entityId: string) => string): Promise<string> {
  const lists = await listWatchlists(db);
  const rows: string[][] = [[...CSV_HEADER]];
  for (const list of lists) {
    for (const item of list.items) {
      rows.push([list.name, item.entityId, nameOf(item.entityId), new Date(item.addedAt).toISOString()]);
    }
  }
  return toCsv(rows);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function parseDate(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value.trim())) return null;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? null : ms;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Picks the validator by file name or content: `.csv`, else JSON when it starts with `{`. */
export function validateImport(
  fileName: string,
  text: string,
  isKnownEntity: (id: string) => boolean,
): ImportValidation {
  if (text.length > MAX_IMPORT_BYTES)
    return fail(null, null, 'watchlistImportErrorTooLarge', [String(MAX_IMPORT_BYTES)]);
  if (!text.replace(/^\uFEFF/, '').trim()) return fail(null, null, 'watchlistImportErrorEmptyFile');
  const looksJson = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{');
  if (fileName.toLowerCase().endsWith('.csv') || (!fileName.toLowerCase().endsWith('.json') && !looksJson)) {
    return validateCsv(text, isKnownEntity);
  }
  return validateJson(text, isKnownEntity);
}

function fail(
  line: number | null,
  field: string | null,
  code: ImportProblemCode,
  params: string[] = [],
): ImportValidation {
  return { ok: false, problems: [{ line, field, code, params }] };
}

/** Line (1-based) of a character offset in `text`. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Validates a JSON export without touching the database. */
export function validateJson(text: string, isKnownEntity: (id: string) => boolean): ImportValidation {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineMatch = /line (\d+)/.exec(message);
    const line = lineMatch ? Number(lineMatch[1]) : position ? lineAt(text, Number(position[1])) : null;
    return fail(line, null, 'watchlistImportErrorNotJson', [message]);
  }
  if (!isRecord(data)) return fail(null, null, 'watchlistImportErrorNotObject', ['(file)']);
  if (data.format !== EXPORT_FORMAT)
    return fail(null, 'format', 'watchlistImportErrorFormat', [String(data.format), EXPORT_FORMAT]);
  if (data.version !== EXPORT_VERSION) {
    return fail(null, 'version', 'watchlistImportErrorVersion', [
      String(data.version),
      String(EXPORT_VERSION),
    ]);
  }
  if (!Array.isArray(data.watchlists))
    return fail(null, 'watchlists', 'watchlistImportErrorNotList', ['watchlists']);

  const problems: ImportProblem[] = [];
  const add = (field: string, code: ImportProblemCode, params: string[] = []) =>
    problems.push({ line: null, field, code, params });
  const plan: ImportPlan = { watchlists: [] };
  const names = new Set<string>();
  data.watchlists.forEach((raw: unknown, li: number) => {
    const at = `watchlists[${li}]`;
    if (!isRecord(raw)) return add(at, 'watchlistImportErrorNotObject', [at]);
    const name = typeof raw.name === 'string' ? raw.name.replace(/\s+/g, ' ').trim() : null;
    if (name === null) add(`${at}.name`, 'watchlistImportErrorNotText', [`${at}.name`]);
    else if (!name) add(`${at}.name`, 'watchlistImportErrorEmptyName');
    else if (name.length > MAX_NAME_LENGTH)
      add(`${at}.name`, 'watchlistImportErrorLongName', [String(MAX_NAME_LENGTH)]);
    else if (names.has(name.toLowerCase())) add(`${at}.name`, 'watchlistImportErrorDuplicateList', [name]);
    if (name) names.add(name.toLowerCase());
    let color: string | null = null;
    if (raw.color !== undefined) {
      if (typeof raw.color === 'string' && /^#[0-9a-f]{6}$/i.test(raw.color)) color = raw.color.toLowerCase();
      else add(`${at}.color`, 'watchlistImportErrorColor', [String(raw.color)]);
    }
    let createdAt: number | null = null;
    if (raw.createdAt !== undefined) {
      createdAt = parseDate(raw.createdAt);
      if (createdAt === null) add(`${at}.createdAt`, 'watchlistImportErrorDate', [String(raw.createdAt)]);
    }
    if (!Array.isArray(raw.items)) return add(`${at}.items`, 'watchlistImportErrorNotList', [`${at}.items`]);
    const items: ImportPlan['watchlists'][number]['items'] = [];
    const seen = new Set<string>();
    raw.items.forEach((rawItem: unknown, ii: number) => {
      const iat = `${at}.items[${ii}]`;
      if (!isRecord(rawItem)) return add(iat, 'watchlistImportErrorNotObject', [iat]);
      const entityId = rawItem.entityId;
      let ok = true;
      if (typeof entityId !== 'string') {
        add(`${iat}.entityId`, 'watchlistImportErrorNotText', [`${iat}.entityId`]);
        ok = false;
      } else if (!isKnownEntity(entityId)) {
        add(`${iat}.entityId`, 'watchlistImportErrorUnknownEntity', [entityId]);
        ok = false;
      } else if (seen.has(entityId)) {
        add(`${iat}.entityId`, 'watchlistImportErrorDuplicateItem', [entityId]);
        ok = false;
      }
      const addedAt = parseDate(rawItem.addedAt);
      if (addedAt === null) {
        add(`${iat}.addedAt`, 'watchlistImportErrorDate', [String(rawItem.addedAt)]);
        ok = false;
      }
      let note: string | null = null;
      if (rawItem.note !== undefined && rawItem.note !== null) {
        if (typeof rawItem.note !== 'string') {
          add(`${iat}.note`, 'watchlistImportErrorNotText', [`${iat}.note`]);
          ok = false;
        } else if (rawItem.note.length > MAX_NOTE_LENGTH) {
          add(`${iat}.note`, 'watchlistImportErrorLongNote', [String(MAX_NOTE_LENGTH)]);
          ok = false;
        } else note = rawItem.note.trim() || null;
      }
      if (ok && typeof entityId === 'string' && addedAt !== null) {
        seen.add(entityId);
        items.push({ entityId, addedAt, note });
      }
    });
    if (name) plan.watchlists.push({ name, color, createdAt, items });
  });
  return problems.length ? { ok: false, problems } : { ok: true, plan };
}

/** Validates a CSV export (`list,entity_id,name,added`) without touching the database. */
export function validateCsv(text: string, isKnownEntity: (id: string) => boolean): ImportValidation {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    return fail((error as { line?: number }).line ?? null, null, 'watchlistImportErrorCsvQuote');
  }
  const [header, ...rows] = records;
  const expected = CSV_HEADER.join(',');
  if (!header || header.fields.map((f) => f.trim().toLowerCase()).join(',') !== expected) {
    return fail(header?.line ?? 1, null, 'watchlistImportErrorCsvHeader', [expected]);
  }
  const problems: ImportProblem[] = [];
  const byName = new Map<string, ImportPlan['watchlists'][number]>();
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    const add = (field: string | null, code: ImportProblemCode, params: string[] = []) =>
      problems.push({ line, field, code, params });
    if (fields.length !== CSV_HEADER.length) {
      add(null, 'watchlistImportErrorCsvColumns', [String(fields.length), String(CSV_HEADER.length)]);
      continue;
    }
    const [rawList, rawId, , rawAdded] = fields.map((f) => unprotectField(f.trim())) as [
      string,
      string,
      string,
      string,
    ];
    const list = rawList.replace(/\s+/g, ' ');
    let ok = true;
    if (!list) {
      add('list', 'watchlistImportErrorEmptyName');
      ok = false;
    } else if (list.length > MAX_NAME_LENGTH) {
      add('list', 'watchlistImportErrorLongName', [String(MAX_NAME_LENGTH)]);
      ok = false;
    }
    if (!isKnownEntity(rawId)) {
      add('entity_id', 'watchlistImportErrorUnknownEntity', [rawId]);
      ok = false;
    } else if (seen.has(`${list.toLowerCase()}\u0000${rawId}`)) {
      add('entity_id', 'watchlistImportErrorDuplicateItem', [rawId]);
      ok = false;
    }
    const addedAt = parseDate(rawAdded);
    if (addedAt === null) {
      add('added', 'watchlistImportErrorDate', [rawAdded]);
      ok = false;
    }
    if (!ok || addedAt === null) continue;
    seen.add(`${list.toLowerCase()}\u0000${rawId}`);
    const key = list.toLowerCase();
    let target = byName.get(key);
    if (!target) {
      target = { name: list, color: null, createdAt: null, items: [] };
      byName.set(key, target);
    }
    target.items.push({ entityId: rawId, addedAt, note: null });
  }
  return problems.length ? { ok: false, problems } : { ok: true, plan: { watchlists: [...byName.values()] } };
}

export type ImportMode = 'merge' | 'replace';

/** What an applied import did. */
export interface ImportSummary {
  listsCreated: number;
  itemsAdded: number;
}

/**
 * Writes a validated plan in one transaction. `replace` deletes every list first; `merge` adds
 * the items of a list to the existing list of the same name (case-insensitive), keeping items
 * already there, and creates the other lists after the existing ones.
 * @param beforeCommit for tests: runs inside the transaction after all writes.
 */
export async function applyImport(
  db: SiyaqDb,
  plan: ImportPlan,
  mode: ImportMode,
  options: { now?: number; beforeCommit?: () => Promise<void> | void } = {},
): Promise<ImportSummary> {
  const now = options.now ?? Date.now();
  const summary = await db.transaction('rw', db.watchlists, db.items, async () => {
    let listsCreated = 0;
    let itemsAdded = 0;
    if (mode === 'replace') {
      await db.items.clear();
      await db.watchlists.clear();
    }
    const existing = (await db.watchlists.orderBy('order').toArray()) as (WatchlistRow & { id: number })[];
    let nextOrder = (existing.at(-1)?.order ?? -1) + 1;
    for (const list of plan.watchlists) {
      let id = existing.find((e) => e.name.toLowerCase() === list.name.toLowerCase())?.id;
      if (id === undefined) {
        const color = list.color ?? WATCHLIST_COLORS[nextOrder % WATCHLIST_COLORS.length]!;
        id = (await db.watchlists.add({
          name: list.name,
          color,
          createdAt: list.createdAt ?? now,
          order: nextOrder++,
        })) as number;
        listsCreated++;
      }
      for (const item of list.items) {
        if (await db.items.where({ watchlistId: id, entityId: item.entityId }).first()) continue;
        const row: WatchlistItemRow = {
          watchlistId: id,
          entityId: item.entityId,
          addedAt: item.addedAt,
          note: item.note,
        };
        await db.items.add(row);
        itemsAdded++;
      }
    }
    await options.beforeCommit?.();
    return { listsCreated, itemsAdded };
  });
  await syncPageMirror(db);
  return summary;
}
