/**
 * Types of the `details` artifact (`data/generated/details.json`): everything the hover card
 * and the popup show about a curated entity. Loaded by the background / extension pages only
 * (see `load-details.ts`), never shipped per tab.
 *
 * Every fact carries `sources`: keys into the entity's `sources` map. A missing value is
 * `null` (unknown), never a guess.
 */
import type { CloudRelation, EntityType, Regime, SanctionStatus, Sector } from './record-schema';
import type { Coverage, ListId } from './listed';
import type { NamesByScript } from './names-source';

export type { CloudRelation, EntityType, Regime, SanctionStatus, Sector } from './record-schema';
export type { Coverage, ListCoverage, CoverageGap, ListId } from './listed';

export const DETAILS_KIND = 'details';
export const DETAILS_VERSION = 1;

/** A date as recorded: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** An entity reference: the id of a curated entity, or a free-text name where no record exists. */
export interface EntityRef {
  /** Curated entity id when the reference resolves to a record, else null. */
  id: string | null;
  /** Display name: the record's `name`, or the free text. */
  name: string;
}

export interface SourceInfo {
  url: string;
  /** Publisher; syndicated copies name both (e.g. "Taipei Times (Reuters)"). */
  publisher: string;
  /** Publication date, null when unknown. */
  published: PartialDate | null;
}

export interface FundingRoundDetail {
  date: PartialDate;
  /** `seed`, `Series A`…, `strategic`, `IPO`, `debt`, `undisclosed`, … as recorded. */
  round: string;
  amountUsd: number | null;
  /** `amountUsd` is an "up to" ceiling (commitment), not a closed round: never show it as raised. */
  amountIsCeiling: boolean;
  valuationUsd: number | null;
  lead: EntityRef[];
  investors: EntityRef[];
  sources: string[];
}

export interface BackerDetail {
  backer: EntityRef;
  stakePct: number | null;
  asOf: PartialDate | null;
  sources: string[];
}

export interface CloudDetail {
  provider: EntityRef;
  relation: CloudRelation;
  note: string | null;
  asOf: PartialDate | null;
  sources: string[];
}

export interface ChipDetail {
  vendor: EntityRef;
  note: string | null;
  asOf: PartialDate | null;
  sources: string[];
}

/** A curated sanctions / export-control fact (press- or notice-sourced). */
export interface SanctionDetail {
  regime: Regime;
  /** `reported` means reported in the press, not an official listing. */
  status: SanctionStatus;
  since: PartialDate | null;
  citation: string | null;
  note: string | null;
  sources: string[];
}

/** An entry of an official list snapshot linked to this entity: "on list X since DATE". */
export interface OfficialListing {
  list: ListId;
  /** Human list name, e.g. "DoD Section 1260H Chinese military companies". */
  listName: string;
  /** The entry's primary name as printed on the list. */
  entryName: string;
  /** Id of the entry in the listed index (`list:<list-id>:<key>`). */
  entryId: string;
  since: string | null;
  until: string | null;
  program: string | null;
  citation: string | null;
  /** Snapshot file under `data/lists/`. */
  sourceFile: string;
  snapshotDate: string;
  /** `explicit`: via the record's `list_links`; `name`: a normalized name / alias match. */
  match: 'explicit' | 'name';
}

/** Everything the card shows for one curated entity. */
export interface EntityDetails {
  id: string;
  /** Canonical display name (Latin script). */
  name: string;
  names: NamesByScript;
  legalNames: string[];
  type: EntityType;
  parent: EntityRef | null;
  /** ISO 3166-1 alpha-2 of the headquarters (pdd-holdings: registered seat, see KNOWN-ISSUES). */
  country: string | null;
  city: string | null;
  founded: number | null;
  website: string | null;
  tickers: string[];
  sectors: Sector[];
  products: string[];
  summary: { en: string; ar: string };
  funding: FundingRoundDetail[];
  backers: BackerDetail[];
  cloud: CloudDetail[];
  chips: ChipDetail[];
  sanctions: SanctionDetail[];
  /** Official list entries, newest listing first. Empty does NOT mean unlisted: see `coverage.gaps`. */
  officialListings: OfficialListing[];
  sources: Record<string, SourceInfo>;
  /** Newest date among this entity's sources and facts (what the card calls "data as of"). */
  dataAsOf: PartialDate | null;
}

/** Payload of `data/generated/details.json`. */
export interface DetailsPayload {
  /** Dataset version: `<package version>+<checksum of records and snapshots>`. */
  datasetVersion: string;
  /** Newest fact or source date across all records. */
  dataAsOf: PartialDate | null;
  entities: EntityDetails[];
  coverage: Coverage;
}
