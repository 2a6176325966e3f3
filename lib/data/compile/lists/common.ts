/** Shared pieces of the list parsers: the per-row shape and the merge into `ListedEntity`. */
import { listMatchKey, slugify } from '../../normalize';
import type { ListedEntity, ListId, ListingPeriod } from '../../listed';

/** One entity row of a snapshot, before rows of the same entity are merged. */
export interface ListRow {
  /** Rows with the same group key are one entity (editions of 1260H, regulations of the EU). */
  groupKey: string;
  name: string;
  aliases: string[];
  weakAliases?: string[];
  country: string | null;
  listing: ListingPeriod;
  /** Snapshot file of this row when a list spans several files (EU amendments); default: the list's first file. */
  sourceFile?: string;
}

/** What a parser returns: entity rows kept, and how many rows it dropped as non-entities. */
export interface ParsedList {
  rows: ListRow[];
  /** Rows dropped because they are individuals, vessels, aircraft or unnamed (by kind). */
  dropped: Record<string, number>;
}

/** Reads a snapshot file (relative to `data/lists/`) as text. */
export type ReadListFile = (file: string) => string;

/** De-duplicates names by match key: "Co., Ltd." and "Co. Ltd" spellings are one name. */
function uniq(values: string[], exclude: Set<string>): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  for (const v of values) {
    const k = listMatchKey(v);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

/**
 * Merges rows sharing a group key into entities (input order kept; listings oldest first).
 * The entity key is the group key, made unique within the list.
 */
export function groupRows(
  list: ListId,
  sourceFile: string,
  snapshotDate: string,
  rows: ListRow[],
): ListedEntity[] {
  const groups = new Map<string, ListRow[]>();
  for (const row of rows) {
    const g = groups.get(row.groupKey);
    if (g) g.push(row);
    else groups.set(row.groupKey, [row]);
  }
  const entities: ListedEntity[] = [];
  const usedKeys = new Set<string>();
  for (const [groupKey, group] of groups) {
    let key = groupKey;
    for (let n = 2; usedKeys.has(key); n++) key = `${groupKey}-${n}`;
    usedKeys.add(key);
    // Prefer the name of the newest (still open) listing: renamed entries keep the current name.
    const byDate = [...group].sort((a, b) => (a.listing.since ?? '').localeCompare(b.listing.since ?? ''));
    const current = [...byDate].reverse().find((r) => r.listing.until === null) ?? byDate[byDate.length - 1]!;
    const name = current.name;
    const strong = uniq(
      group.flatMap((r) => [r.name, ...r.aliases]),
      new Set([listMatchKey(name)]),
    );
    const weak = uniq(
      group.flatMap((r) => r.weakAliases ?? []),
      new Set([name, ...strong].map(listMatchKey)),
    );
    const listings = dedupeListings(byDate.map((r) => r.listing));
    entities.push({
      id: `list:${list}:${key}`,
      list,
      key,
      name,
      aliases: strong,
      weakAliases: weak,
      country: group.find((r) => r.country)?.country ?? null,
      listings,
      sourceFile: current.sourceFile ?? sourceFile,
      snapshotDate,
    });
  }
  return entities;
}

function dedupeListings(listings: ListingPeriod[]): ListingPeriod[] {
  const seen = new Set<string>();
  return listings.filter((l) => {
    const k = JSON.stringify(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Group key for lists whose rows repeat an entity under one name: the list-match key (so
 * "Co., Ltd." and "Co. Ltd" spellings of one entry merge), slugified.
 */
export const nameGroupKey = (name: string): string => slugify(listMatchKey(name)) || 'unnamed';
