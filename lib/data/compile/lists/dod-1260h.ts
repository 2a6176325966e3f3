/** DoD Section 1260H "Chinese military companies" (OpenSanctions transcription, one row per edition). */
import { parseCsvObjects, splitList, toIsoDate } from '../csv';
import { nameGroupKey, type ListRow, type ParsedList } from './common';

/**
 * One row per listing period. Rows of the same `Clean Name` merge into one entity; aliases come
 * from `Alias` and `Previous Name`. Every row is an entity (the list names no individuals).
 */
export function parseDod1260h(text: string): ParsedList {
  const rows: ListRow[] = [];
  for (const r of parseCsvObjects(text)) {
    const raw = (r['Clean Name'] || r['Name'] || '').replace(/\*+$/, '').trim();
    if (!raw) continue;
    // Some editions leave the bracketed short name in `Clean Name` ("Dawning Information Industry
    // Co., Ltd. (Sugon)"); split it off after a corporate suffix so the editions merge.
    const bracket = /^(.*\b(?:Ltd\.?|Limited|Inc\.?|Co\.?|Corp\.?|Corporation|Company))\s*\(([^()]+)\)$/.exec(
      raw,
    );
    const name = bracket ? bracket[1]!.trim() : raw;
    rows.push({
      groupKey: nameGroupKey(name),
      name,
      aliases: [
        ...(bracket ? [bracket[2]!.trim()] : []),
        ...splitList(r['Alias']),
        ...splitList(r['Previous Name']),
      ],
      country: 'CN',
      listing: {
        since: toIsoDate(r['Start date']),
        until: toIsoDate(r['End date']),
        program: 'Section 1260H, FY2021 NDAA',
        citation: r['Source Url']?.trim() || null,
      },
    });
  }
  return { rows, dropped: {} };
}
