/**
 * Links curated records to official list entities: explicit `list_links` first, then a
 * normalized-name match (`listMatchKey`) of the record's name, English forms and legal names
 * against each entity's primary name and aliases. Ambiguous forms never link.
 */
import type { CompanyRecord } from '../record-schema';
import type { ListedEntity } from '../listed';
import { listMatchKey } from '../normalize';
import type { DataIssue } from './issues';

export interface ListLinkMatch {
  recordId: string;
  entity: ListedEntity;
  match: 'explicit' | 'name';
  /** The record form or link name that matched. */
  via: string;
}

/**
 * Name keys too generic to link on their own: a one-word key shorter than this would tie a
 * record to any list entry that happens to share a short brand or acronym ("stc", "G42").
 */
const MIN_SINGLE_TOKEN_KEY = 6;

function linkableKey(form: string): string | null {
  const key = listMatchKey(form);
  if (!key) return null;
  if (!key.includes(' ') && key.length < MIN_SINGLE_TOKEN_KEY) return null;
  return key;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Whether a list entry's country (ISO-2 or an English name, as the list writes it) is the record's
 * (ISO-2). Unknown on either side counts as the same: only a known difference rules a link out.
 */
function sameCountry(listCountry: string | null, recordCountry: string | null): boolean {
  if (!listCountry || !recordCountry) return true;
  const list = listCountry.trim().toLowerCase();
  return list === recordCountry.toLowerCase() || list === regionNames.of(recordCountry)?.toLowerCase();
}

/** Index of list entities by the match key of their name and every strong alias. */
export function indexListNames(entities: ListedEntity[]): Map<string, ListedEntity[]> {
  const index = new Map<string, ListedEntity[]>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      const key = listMatchKey(n);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * Returns every link and the problems with explicit links (a `list_links` name that matches
 * no entry on that list is an error: the link would silently show nothing).
 */
export function linkListings(
  records: { file: string; record: CompanyRecord }[],
  entities: ListedEntity[],
): { links: ListLinkMatch[]; errors: DataIssue[] } {
  const index = indexListNames(entities);
  const links: ListLinkMatch[] = [];
  const errors: DataIssue[] = [];
  for (const { file, record } of records) {
    const seen = new Set<string>();
    const add = (entity: ListedEntity, match: 'explicit' | 'name', via: string) => {
      if (seen.has(entity.id)) return;
      seen.add(entity.id);
      links.push({ recordId: record.id, entity, match, via });
    };
    record.list_links.forEach((link, i) => {
      const hits = (index.get(listMatchKey(link.name)) ?? []).filter((e) => e.list === link.list);
      if (!hits.length) {
        errors.push({
          file,
          path: `list_links[${i}].name`,
          message: `no entry named "${link.name}" on ${link.list}`,
        });
      }
      for (const e of hits) add(e, 'explicit', link.name);
    });
    for (const form of [record.name, ...record.names.en, ...record.legal_names]) {
      const key = linkableKey(form);
      if (!key) continue;
      // A one-word name is shared by unrelated firms around the world (Citadel, the US investor;
      // "LLC Citadel", a sanctioned Russian firm): it links only where the countries agree.
      const oneWord = !key.includes(' ');
      for (const e of index.get(key) ?? [])
        if (!oneWord || sameCountry(e.country, record.country)) add(e, 'name', form);
    }
  }
  return { links, errors };
}
