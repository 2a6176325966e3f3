/**
 * The normalized model of official sanctions / export-control list snapshots
 * (`data/lists/**`), and the `listed-index` artifact that carries every list entity.
 *
 * One model for every list family: parsers in `compile/lists/` turn each snapshot format
 * into `ListedEntity` values; nothing downstream knows about CSV columns.
 */
import type { ListId } from './record-schema';

export type { ListId } from './record-schema';

export const LISTED_INDEX_KIND = 'listed-index';
export const LISTED_INDEX_VERSION = 1;

/** One listing period of an entity on a list (a list edition, a regulation annex, a designation). */
export interface ListingPeriod {
  /** Date the entity was put on the list (ISO `YYYY-MM-DD`, or `YYYY` / `YYYY-MM` when only that is printed); null when the snapshot has no date (e.g. OFAC SDN). */
  since: string | null;
  /** Date it came off the list; null while listed or unknown. */
  until: string | null;
  /** Program / legal basis as written by the publisher (e.g. `SDGT`, `CMIC-EO13959`, `EU-RUS Annex IV`). */
  program: string | null;
  /** Official notice behind the listing: Federal Register / CELEX / PDF URL, when the snapshot has one. */
  citation: string | null;
}

/** One entity (never an individual, vessel or aircraft) on one official list. */
export interface ListedEntity {
  /** `list:<list-id>:<key>`; stable across rebuilds of the same snapshot. */
  id: string;
  list: ListId;
  /** Key within the list: the publisher's id (OFAC ent_num, UK unique id) or a slug of the name. */
  key: string;
  /** Primary name, verbatim. */
  name: string;
  /** Other names (a.k.a., former names, bracketed aliases), verbatim, de-duplicated. */
  aliases: string[];
  /** Aliases the publisher marks as weak / low quality: shown on the card, never used to recognise text. */
  weakAliases: string[];
  /** Country as the source writes it (ISO-2 where the source uses codes, else an English country name); null if none. */
  country: string | null;
  /** Every listing period, oldest first. */
  listings: ListingPeriod[];
  /** Snapshot file under `data/lists/`, e.g. `us/ofac_sdn_2026-08-20.csv`. */
  sourceFile: string;
  /** Snapshot date of that file (as in `ListCoverage.snapshotDate`). */
  snapshotDate: string;
}

/** What one list snapshot covers; shown so the UI can say what it checked and what it could not. */
export interface ListCoverage {
  list: ListId;
  /** Human name, e.g. "OFAC Specially Designated Nationals (SDN) List". */
  name: string;
  publisher: string;
  /** Snapshot date as documented in `data/lists/README.md`. */
  snapshotDate: string;
  /** Entity rows in the snapshot after dropping individuals, vessels and aircraft. */
  entityRows: number;
  /** Distinct entities after merging rows of the same entity (editions, regulations). */
  entities: number;
  /** Provenance files (relative to `data/lists/`). */
  sourceFiles: string[];
  /** Caveats specific to this snapshot (no dates, derivative data, licence). */
  caveats: string[];
}

/** A list the extension does not have, or a limitation that applies across lists. */
export interface CoverageGap {
  /** Stable id, e.g. `missing:us-bis-entity-list`, `sdn-no-dates`, `uk-licence`. */
  id: string;
  /** Regime affected, if it maps to one of the record vocabulary regimes. */
  regime: string | null;
  /** Plain-language explanation (English). */
  message: string;
}

/** Coverage section shared by the details and listed-index artifacts. */
export interface Coverage {
  lists: ListCoverage[];
  gaps: CoverageGap[];
}

/** Payload of `data/generated/listed-index.json`. */
export interface ListedIndex {
  coverage: Coverage;
  /** Every list entity, grouped by list in `coverage.lists` order. */
  entities: ListedEntity[];
  /** list-entity id → curated record ids, for entries linked to a curated record. */
  linkedTo: Record<string, string[]>;
}
