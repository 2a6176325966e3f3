/**
 * Turns validated records, parsed lists and links into the four stamped artifacts. Pure (no
 * I/O, no clock): the same inputs always give byte-identical artifacts, so rebuilds diff clean.
 */
import { fnv1a32, stampArtifact, type Artifact } from '../artifact';
import {
  NAMES_SOURCE_VERSION,
  type NamesByScript,
  type NamesSource,
  type RecognitionEntity,
} from '../names-source';
import type { CompanyRecord } from '../record-schema';
import { foldName } from '../normalize';
import {
  DETAILS_KIND,
  DETAILS_VERSION,
  type DetailsPayload,
  type EntityDetails,
  type EntityRef,
  type OfficialListing,
} from '../details';
import {
  LISTED_INDEX_KIND,
  LISTED_INDEX_VERSION,
  type Coverage,
  type ListedEntity,
  type ListedIndex,
} from '../listed';
import { COVERAGE_GAPS, type LoadedList } from './lists/index';
import type { ListLinkMatch } from './link-listings';

export const NAMES_SOURCE_KIND = 'names-source';
export const LIST_NAMES_SOURCE_KIND = 'list-names-source';

export interface CompileInput {
  records: CompanyRecord[];
  lists: LoadedList[];
  links: ListLinkMatch[];
  /** `package.json` version; part of the dataset version. */
  packageVersion: string;
}

export interface CompiledArtifacts {
  namesSource: Artifact<NamesSource>;
  listNamesSource: Artifact<NamesSource>;
  details: Artifact<DetailsPayload>;
  listedIndex: Artifact<ListedIndex>;
}

/** Latest of a set of partial dates (`YYYY` < `YYYY-MM` < `YYYY-MM-DD` compare correctly as strings for the same prefix). */
export function latestDate(dates: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

function recordDates(r: CompanyRecord): (string | null)[] {
  return [
    ...Object.values(r.sources).map((s) => s.published),
    ...r.funding.map((f) => f.date),
    ...r.backers.map((b) => b.as_of),
    ...r.cloud.map((c) => c.as_of),
    ...r.chips.map((c) => c.as_of),
    ...r.sanctions.map((s) => s.since),
  ];
}

/** The recognition view of one curated record (names pass through unchanged). */
export function recognitionEntity(r: CompanyRecord): RecognitionEntity {
  return {
    id: r.id,
    names: { en: [...r.names.en], ar: [...r.names.ar], zh: [...r.names.zh] },
    ambiguous: [...r.ambiguous],
    contextWords: { en: [...(r.context_words?.en ?? [])], ar: [...(r.context_words?.ar ?? [])] },
    excludeContext: { en: [...(r.exclude_context?.en ?? [])], ar: [...(r.exclude_context?.ar ?? [])] },
  };
}

const ARABIC = /[\u0600-\u06ff]/;
const CJK = /[\u3400-\u9fff]/;

/**
 * The recognition view of an official-list entity: primary name and strong aliases by script.
 * Forms with fewer than 4 letters or digits ("ANO", "DIM") are acronyms that collide with
 * ordinary text, so they go to `ambiguous`; weak aliases are never used.
 */
export function listRecognitionEntity(e: ListedEntity): RecognitionEntity {
  const names: NamesByScript = { en: [], ar: [], zh: [] };
  const ambiguous: string[] = [];
  const seen = new Set<string>();
  for (const form of [e.name, ...e.aliases]) {
    const key = foldName(form);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (form.replace(/[^\p{L}\p{N}]/gu, '').length < 4) ambiguous.push(form);
    else if (ARABIC.test(form)) names.ar.push(form);
    else if (CJK.test(form)) names.zh.push(form);
    else names.en.push(form);
  }
  return { id: e.id, names, ambiguous, contextWords: { en: [], ar: [] }, excludeContext: { en: [], ar: [] } };
}

function officialListings(links: ListLinkMatch[], lists: LoadedList[]): OfficialListing[] {
  const byList = new Map(lists.map((l) => [l.source.list, l.source]));
  const out: OfficialListing[] = [];
  for (const link of links) {
    const source = byList.get(link.entity.list)!;
    for (const period of link.entity.listings) {
      out.push({
        list: link.entity.list,
        listName: source.name,
        entryName: link.entity.name,
        entryId: link.entity.id,
        since: period.since,
        until: period.until,
        program: period.program,
        citation: period.citation,
        sourceFile: link.entity.sourceFile,
        snapshotDate: link.entity.snapshotDate,
        match: link.match,
      });
    }
  }
  // Newest listing first; undated (SDN, statutes) last; stable otherwise.
  return out.sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''));
}

/** Builds every artifact from validated inputs. */
export function buildArtifacts(input: CompileInput): CompiledArtifacts {
  const { records, lists, links, packageVersion } = input;
  const byId = new Map(records.map((r) => [r.id, r]));
  const ref = (value: string): EntityRef => {
    const r = byId.get(value);
    return r ? { id: r.id, name: r.name } : { id: null, name: value };
  };

  const listSnapshotDates = Object.fromEntries(lists.map((l) => [l.source.list, l.source.snapshotDate]));
  const dataAsOf = latestDate(records.flatMap(recordDates));
  const recordsDates = { records: dataAsOf ?? 'unknown' };

  // 1. Names index for the content script: curated records only, so it stays small.
  const namesSource: NamesSource = {
    version: NAMES_SOURCE_VERSION,
    entities: records.map(recognitionEntity),
  };

  // 2. Names of list entities not already covered by a curated record.
  const linkedTo: Record<string, string[]> = {};
  for (const l of links) {
    const ids = (linkedTo[l.entity.id] ??= []);
    if (!ids.includes(l.recordId)) ids.push(l.recordId);
  }
  const allListed = lists.flatMap((l) => l.entities);
  const listNamesSource: NamesSource = {
    version: NAMES_SOURCE_VERSION,
    entities: allListed.filter((e) => !linkedTo[e.id]).map(listRecognitionEntity),
  };

  // 3. Card details.
  const coverage: Coverage = {
    lists: lists.map((l) => ({
      list: l.source.list,
      name: l.source.name,
      publisher: l.source.publisher,
      snapshotDate: l.source.snapshotDate,
      entityRows: l.entityRows,
      entities: l.entities.length,
      sourceFiles: l.source.files,
      caveats: l.source.caveats,
    })),
    gaps: COVERAGE_GAPS,
  };
  const entities: EntityDetails[] = records.map((r) => ({
    id: r.id,
    name: r.name,
    names: { en: [...r.names.en], ar: [...r.names.ar], zh: [...r.names.zh] },
    legalNames: r.legal_names,
    type: r.type,
    parent: r.parent === null ? null : ref(r.parent),
    country: r.country,
    city: r.city,
    founded: r.founded,
    website: r.website,
    tickers: r.tickers,
    sectors: r.sectors,
    products: r.products,
    summary: { en: r.summary.en, ar: r.summary.ar },
    funding: r.funding.map((f) => ({
      date: f.date,
      round: f.round,
      amountUsd: f.amount_usd,
      amountIsCeiling: f.amount_is_ceiling,
      valuationUsd: f.valuation_usd,
      lead: f.lead.map(ref),
      investors: f.investors.map(ref),
      sources: f.sources,
    })),
    backers: r.backers.map((b) => ({
      backer: ref(b.id),
      stakePct: b.stake_pct,
      asOf: b.as_of,
      sources: b.sources,
    })),
    cloud: r.cloud.map((c) => ({
      provider: ref(c.provider),
      relation: c.relation,
      note: c.note,
      asOf: c.as_of,
      sources: c.sources,
    })),
    chips: r.chips.map((c) => ({ vendor: ref(c.vendor), note: c.note, asOf: c.as_of, sources: c.sources })),
    sanctions: r.sanctions.map((s) => ({
      regime: s.regime,
      status: s.status,
      since: s.since,
      citation: s.citation,
      note: s.note,
      sources: s.sources,
    })),
    officialListings: officialListings(
      links.filter((l) => l.recordId === r.id),
      lists,
    ),
    sources: Object.fromEntries(
      Object.entries(r.sources).map(([k, s]) => [
        k,
        { url: s.url, publisher: s.publisher, published: s.published },
      ]),
    ),
    dataAsOf: latestDate(recordDates(r)),
  }));
  const datasetVersion = `${packageVersion}+${fnv1a32(JSON.stringify([records, listSnapshotDates]))}`;
  const details: DetailsPayload = { datasetVersion, dataAsOf, entities, coverage };

  // 4. Every list entity, for the "spot every listed entity" card.
  const listedIndex: ListedIndex = { coverage, entities: allListed, linkedTo };

  return {
    namesSource: stampArtifact(NAMES_SOURCE_KIND, NAMES_SOURCE_VERSION, namesSource, recordsDates),
    listNamesSource: stampArtifact(
      LIST_NAMES_SOURCE_KIND,
      NAMES_SOURCE_VERSION,
      listNamesSource,
      listSnapshotDates,
    ),
    details: stampArtifact(DETAILS_KIND, DETAILS_VERSION, details, { ...recordsDates, ...listSnapshotDates }),
    listedIndex: stampArtifact(LISTED_INDEX_KIND, LISTED_INDEX_VERSION, listedIndex, listSnapshotDates),
  };
}
