/** EU sanctions annexes as transcribed from the Official Journal (OpenSanctions), consolidated + 2026 amendments. */
import { parseCsvObjects, splitList, toIsoDate } from '../csv';
import { nameGroupKey, type ListRow, type ParsedList } from './common';

/** `schema` values that are entities; Person, Vessel, Asset (and anything else) are dropped. */
export const EU_ENTITY_SCHEMAS = new Set(['LegalEntity', 'Company', 'Organization']);

/**
 * One row per (act, annex, entity). Rows naming the same entity under several regulations merge
 * by name. Citation is the CELEX number of the act (the amending act for the amendments file).
 */
export function parseEuJournal(text: string): ParsedList {
  const rows: ListRow[] = [];
  const dropped: Record<string, number> = {};
  for (const r of parseCsvObjects(text)) {
    const schema = r['schema'] ?? '';
    if (!EU_ENTITY_SCHEMAS.has(schema)) {
      dropped[schema] = (dropped[schema] ?? 0) + 1;
      continue;
    }
    const name = (r['name'] ?? '').trim();
    if (!name) continue;
    const celex = r['amendmentCelex'] || r['celex'] || '';
    rows.push({
      groupKey: nameGroupKey(name),
      name,
      aliases: [...splitList(r['alias']), ...splitList(r['previousName'])],
      weakAliases: splitList(r['weakAlias']),
      country: splitList(r['country'])[0] ?? null,
      listing: {
        since: toIsoDate(r['startDate']),
        until: null,
        program: [r['programKey'], r['annex'] && `Annex ${r['annex']}`].filter(Boolean).join(' ') || null,
        citation: celex ? `CELEX:${celex}` : null,
      },
    });
  }
  return { rows, dropped };
}
