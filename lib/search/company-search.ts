import { normalize } from '../normalize/normalize';
import type { EntityDetails } from '../data/details';

/**
 * Company search for the popup's "add a company" box. Every name of an entity (canonical, every
 * Arabic, English and Chinese surface form, legal names, the id) goes through the one
 * normalization pipeline (lib/normalize), and so does the query: "انفيديا" finds "إنفيديا",
 * "NVIDIA" finds "Nvidia", ة/ه, ى/ي and hamza carriers are forgiven.
 *
 * Ranking: exact name, then name prefix, then word prefix, then substring; ties by name.
 */

export interface SearchHit {
  id: string;
  /** The name that matched, as written in the data. */
  matched: string;
  rank: number;
}

interface IndexedName {
  id: string;
  original: string;
  folded: string;
}

export interface CompanySearch {
  search(query: string, limit?: number): SearchHit[];
}

/** Folds a name or query for comparison: the shared pipeline, then spaces and dots/hyphens squashed. */
export function foldForSearch(text: string): string {
  return normalize(text)
    .replace(/[.\-_'"،,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Builds the search index over the given entities. */
export function createCompanySearch(entities: readonly EntityDetails[]): CompanySearch {
  const names: IndexedName[] = [];
  for (const entity of entities) {
    const all = new Set([
      entity.name,
      ...entity.names.en,
      ...entity.names.ar,
      ...entity.names.zh,
      ...entity.legalNames,
      entity.id.replace(/-/g, ' '),
    ]);
    for (const original of all) {
      const folded = foldForSearch(original);
      if (folded) names.push({ id: entity.id, original, folded });
    }
  }
  return {
    search(query, limit = 8) {
      const q = foldForSearch(query);
      if (!q) return [];
      const best = new Map<string, SearchHit>();
      for (const name of names) {
        const rank = rankOf(name.folded, q);
        if (rank < 0) continue;
        const current = best.get(name.id);
        if (!current || rank < current.rank) best.set(name.id, { id: name.id, matched: name.original, rank });
      }
      return [...best.values()]
        .sort((a, b) => a.rank - b.rank || a.matched.localeCompare(b.matched))
        .slice(0, limit);
    },
  };
}

function rankOf(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`)) return 2;
  if (name.includes(q)) return 3;
  return -1;
}
