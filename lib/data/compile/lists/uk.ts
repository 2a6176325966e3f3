/** UK Sanctions List (FCDO), from the normalised subjects / names / countries tables. */
import { parseCsvObjects, toIsoDate } from '../csv';
import type { ListRow, ParsedList } from './common';

/**
 * Entities only (`subject_type` entity; individuals and ships dropped). The first `primary` name
 * is the name; other primaries, variations and good-quality aliases are aliases;
 * `low_quality_aka` aliases are weak. Country: first address country, else any country.
 * The regime prefix of the UK id (RUS, CHN, …) stands in for the program.
 */
export function parseUk(subjectsText: string, namesText: string, countriesText: string): ParsedList {
  const names = new Map<string, { primary: string[]; aliases: string[]; weak: string[] }>();
  for (const n of parseCsvObjects(namesText)) {
    const id = n['unique_id']!;
    const value = (n['name_6'] || n['full_name'] || '').trim();
    if (!value) continue;
    const entry = names.get(id) ?? { primary: [], aliases: [], weak: [] };
    if (n['name_type'] === 'primary') entry.primary.push(value);
    else if (n['alias_strength'] === 'low_quality_aka') entry.weak.push(value);
    else entry.aliases.push(value);
    names.set(id, entry);
  }
  const countries = new Map<string, { address?: string; any?: string }>();
  for (const c of parseCsvObjects(countriesText)) {
    const id = c['unique_id']!;
    const iso = c['iso']?.trim();
    if (!iso) continue;
    const entry = countries.get(id) ?? {};
    if (c['country_type'] === 'address' && !entry.address) entry.address = iso;
    if (!entry.any) entry.any = iso;
    countries.set(id, entry);
  }
  const rows: ListRow[] = [];
  const dropped: Record<string, number> = {};
  for (const s of parseCsvObjects(subjectsText)) {
    const id = s['unique_id']!;
    if (s['subject_type'] !== 'entity') {
      dropped[s['subject_type'] ?? ''] = (dropped[s['subject_type'] ?? ''] ?? 0) + 1;
      continue;
    }
    const n = names.get(id);
    const [name, ...otherPrimary] = n?.primary.length ? n.primary : (n?.aliases ?? []);
    if (!name) {
      dropped['unnamed'] = (dropped['unnamed'] ?? 0) + 1;
      continue;
    }
    const c = countries.get(id);
    rows.push({
      groupKey: id,
      name,
      aliases: [...otherPrimary, ...(n?.primary.length ? n.aliases : [])],
      weakAliases: n?.weak ?? [],
      country: c?.address ?? c?.any ?? null,
      listing: {
        since: toIsoDate(s['date_designated']),
        until: null,
        program: /^[A-Z]+/.exec(id)?.[0] ?? null,
        citation: null,
      },
    });
  }
  return { rows, dropped };
}
