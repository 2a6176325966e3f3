/** OFAC parsers: the SDN list (JSON export) and the Consolidated non-SDN list (legacy CSV files). */
import { parseOfacCsv, toIsoDate } from '../csv';
import type { ListRow, ParsedList } from './common';

/** ent_num → first non-empty country of the OFAC address file (ADD.CSV layout). */
export function ofacCountries(addText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [entNum, , , , country] of parseOfacCsv(addText)) {
    if (entNum && country && !out.has(entNum)) out.set(entNum, country);
  }
  return out;
}

interface SdnJson {
  published?: string;
  entries: {
    uid: number | string;
    name: string;
    type: string;
    programs?: string[];
    alternateNames?: string[];
  }[];
}

/**
 * SDN entries of type `entity` (individuals, vessels and aircraft dropped). The snapshot has
 * no listing dates, so `since` is null; countries come from the (older) address file.
 */
export function parseSdn(jsonText: string, addText: string): ParsedList {
  const data = JSON.parse(jsonText) as SdnJson;
  const countries = ofacCountries(addText);
  const rows: ListRow[] = [];
  const dropped: Record<string, number> = {};
  for (const e of data.entries) {
    if (e.type !== 'entity') {
      dropped[e.type] = (dropped[e.type] ?? 0) + 1;
      continue;
    }
    const uid = String(e.uid);
    rows.push({
      groupKey: uid,
      name: e.name,
      aliases: e.alternateNames ?? [],
      country: countries.get(uid) ?? null,
      listing: { since: null, until: null, program: (e.programs ?? []).join('; ') || null, citation: null },
    });
  }
  return { rows, dropped };
}

/**
 * OFAC Consolidated (non-SDN) entities. `type` is `-0-` (empty) for entities. Aliases come from
 * the ALT file; the listing date from "Listing Date (CMIC) 03 Jun 2021" in the remarks.
 */
export function parseOfacConsolidated(
  primText: string,
  altText: string,
  addText: string,
  commentsText: string,
): ParsedList {
  const aliases = new Map<string, string[]>();
  for (const [entNum, , , altName] of parseOfacCsv(altText)) {
    if (!entNum || !altName) continue;
    const list = aliases.get(entNum) ?? [];
    list.push(altName);
    aliases.set(entNum, list);
  }
  const comments = new Map<string, string>();
  for (const [entNum, text] of parseOfacCsv(commentsText)) if (entNum) comments.set(entNum, text ?? '');
  const countries = ofacCountries(addText);
  const rows: ListRow[] = [];
  const dropped: Record<string, number> = {};
  for (const [entNum, name, type, programs, , , , , , , , remarks] of parseOfacCsv(primText)) {
    if (!entNum || !name) continue;
    if (type) {
      dropped[type] = (dropped[type] ?? 0) + 1;
      continue;
    }
    const text = `${remarks ?? ''}${comments.get(entNum) ?? ''}`;
    const date = /Listing Date \([^)]*\):?\s*(\d{1,2} [A-Za-z]{3} \d{4})/.exec(text);
    rows.push({
      groupKey: entNum,
      name,
      aliases: aliases.get(entNum) ?? [],
      country: countries.get(entNum) ?? null,
      listing: {
        since: toIsoDate(date?.[1]),
        until: null,
        program:
          (programs ?? '')
            .split(/\]\s*\[/)
            .map((p) => p.trim())
            .filter(Boolean)
            .join('; ') || null,
        citation: null,
      },
    });
  }
  return { rows, dropped };
}
