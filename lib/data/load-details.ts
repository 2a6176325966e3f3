/**
 * Runtime loaders for the background / extension pages: verify the artifact envelope (kind,
 * format version, checksum) before trusting anything, then index by id. Browser-safe.
 *
 * The details artifact is never loaded per tab: content scripts get ids from the matcher and
 * ask the background, which holds one `DetailsStore`.
 */
import { verifyArtifact } from './artifact';
import { DETAILS_KIND, DETAILS_VERSION, type DetailsPayload, type EntityDetails } from './details';
import {
  LISTED_INDEX_KIND,
  LISTED_INDEX_VERSION,
  type Coverage,
  type CoverageGap,
  type ListedEntity,
  type ListedIndex,
} from './listed';

/** Verified, indexed card data for curated entities. */
export interface DetailsStore {
  datasetVersion: string;
  dataAsOf: string | null;
  coverage: Coverage;
  /** Snapshot dates from the artifact header (`records` and one per list). */
  snapshotDates: Record<string, string>;
  /** The entity with this id, or undefined. */
  get(id: string): EntityDetails | undefined;
  /** Every entity, in id order. */
  all(): readonly EntityDetails[];
  /** Coverage gaps relevant to a regime (`us-bis-entity-list` …), plus gaps with no regime. */
  gapsFor(regime: string): CoverageGap[];
}

/** Verified, indexed official-list entities for the "spot every listed entity" mode. */
export interface ListedStore {
  coverage: Coverage;
  snapshotDates: Record<string, string>;
  get(id: string): ListedEntity | undefined;
  all(): readonly ListedEntity[];
  /** Curated record ids linked to this list entity (empty if none). */
  linkedRecords(id: string): readonly string[];
}

function headerDates(artifact: unknown): Record<string, string> {
  return {
    ...((artifact as { header?: { snapshotDates?: Record<string, string> } }).header?.snapshotDates ?? {}),
  };
}

/**
 * Verifies and indexes a parsed `details.json`. Throws (naming the mismatch) if the artifact
 * is of another kind, another format version, or fails its checksum.
 */
export function loadDetails(artifact: unknown): DetailsStore {
  const payload = verifyArtifact<DetailsPayload>(artifact, DETAILS_KIND, DETAILS_VERSION);
  const byId = new Map(payload.entities.map((e) => [e.id, e]));
  return {
    datasetVersion: payload.datasetVersion,
    dataAsOf: payload.dataAsOf,
    coverage: payload.coverage,
    snapshotDates: headerDates(artifact),
    get: (id) => byId.get(id),
    all: () => payload.entities,
    gapsFor: (regime) => payload.coverage.gaps.filter((g) => g.regime === regime || g.regime === null),
  };
}

/** Verifies and indexes a parsed `listed-index.json`. */
export function loadListedIndex(artifact: unknown): ListedStore {
  const payload = verifyArtifact<ListedIndex>(artifact, LISTED_INDEX_KIND, LISTED_INDEX_VERSION);
  const byId = new Map(payload.entities.map((e) => [e.id, e]));
  return {
    coverage: payload.coverage,
    snapshotDates: headerDates(artifact),
    get: (id) => byId.get(id),
    all: () => payload.entities,
    linkedRecords: (id) => payload.linkedTo[id] ?? [],
  };
}

/** Fetches and loads `details.json` from an extension URL (e.g. `browser.runtime.getURL(...)`). */
export async function fetchDetails(url: string, fetchImpl: typeof fetch = fetch): Promise<DetailsStore> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`details: HTTP ${response.status} for ${url}`);
  return loadDetails(await response.json());
}

/** Fetches and loads `listed-index.json` from an extension URL. */
export async function fetchListedIndex(url: string, fetchImpl: typeof fetch = fetch): Promise<ListedStore> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`listed-index: HTTP ${response.status} for ${url}`);
  return loadListedIndex(await response.json());
}
