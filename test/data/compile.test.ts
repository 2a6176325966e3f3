// @vitest-environment node
// The real corpus and list snapshots: validation, counts, links, and compile → load round trip.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyArtifact } from '../../lib/data/artifact';
import { compileData, type CompileResult } from '../../lib/data/compile/compile-data';
import { readRecords } from '../../lib/data/compile/read-records';
import { validateRecords } from '../../lib/data/compile/validate';
import { ARTIFACT_FILES, writeArtifacts } from '../../lib/data/compile/write-artifacts';
import { loadDetails, loadListedIndex } from '../../lib/data/load-details';
import { NAMES_SOURCE_VERSION, type NamesSource } from '../../lib/data/names-source';
import { FACT_FIELDS } from '../../lib/data/record-schema';

let result: CompileResult;
let outDir: string;

beforeAll(() => {
  result = compileData();
  outDir = mkdtempSync(join(tmpdir(), 'siyaq-data-'));
  writeArtifacts(result.artifacts, outDir);
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(outDir, file), 'utf8'));

describe('real corpus', () => {
  it('validates with no errors', () => {
    const { records, issues } = readRecords('data/companies');
    expect(issues).toEqual([]);
    expect(validateRecords(records).errors).toEqual([]);
  });
  it('has at least 300 entities and every fact cites a source that exists', () => {
    expect(result.records.length).toBeGreaterThanOrEqual(300);
    for (const r of result.records) {
      for (const field of FACT_FIELDS) {
        for (const fact of r[field] as { sources: string[] }[]) {
          expect(fact.sources.length).toBeGreaterThan(0);
          for (const key of fact.sources) expect(r.sources).toHaveProperty(key);
        }
      }
    }
  });
});

describe('list ingestion matches the snapshot files', () => {
  // Entity rows per list (individuals, vessels, aircraft dropped), from data/lists/README.md.
  const EXPECTED_ROWS: Record<string, number> = {
    'us-ofac-sdn': 9871,
    'us-ofac-cons': 363,
    'us-dod-1260h': 397,
    'us-bis-mieu': 13,
    'us-ndaa-889': 5,
    'us-ndaa-5949': 3,
    'us-ndaa-154': 6,
    'us-ndaa-1286': 443,
    'us-state-inksna': 14,
    'eu-oj-sanctions': 2553 + 200 + 27 + 187 + 103, // LegalEntity + Company + Organization, consolidated + 2026 amendments
    'uk-sanctions': 1531,
    'us-fcc-covered': 12, // 16 entries, 4 name no company
  };
  it.each(Object.entries(EXPECTED_ROWS))('%s has %i entity rows', (list, rows) => {
    expect(result.lists.find((l) => l.source.list === list)?.entityRows).toBe(rows);
  });
  it('drops exactly the non-entity SDN rows', () => {
    expect(result.lists.find((l) => l.source.list === 'us-ofac-sdn')?.dropped).toEqual({
      individual: 7502,
      vessel: 1534,
      aircraft: 342,
    });
  });
  it('finds the 68 NS-CMIC records, all with a listing date', () => {
    const cmic = result.lists
      .find((l) => l.source.list === 'us-ofac-cons')!
      .entities.filter((e) => e.listings.some((p) => p.program?.includes('CMIC-EO13959')));
    expect(cmic).toHaveLength(68);
    expect(cmic.every((e) => e.listings[0]!.since !== null)).toBe(true);
  });
  it('the 2026-06-08 DoD 1260H edition has 188 rows', () => {
    const editions = result.lists
      .find((l) => l.source.list === 'us-dod-1260h')!
      .entities.flatMap((e) => e.listings);
    expect(editions.filter((p) => p.since === '2026-06-08')).toHaveLength(188);
  });
});

describe('links to official lists', () => {
  const linked = (id: string) =>
    result.artifacts.details.payload.entities
      .find((e) => e.id === id)!
      .officialListings.map((l) => `${l.list} ${l.since ?? '-'}`);
  it('spot checks from data/lists/README.md', () => {
    expect(linked('huawei')).toEqual(
      expect.arrayContaining([
        'us-dod-1260h 2021-06-03',
        'us-ofac-cons 2021-06-03',
        'us-fcc-covered 2021-03-12',
        'us-ndaa-889 -',
      ]),
    );
    expect(linked('sensetime')).toEqual(
      expect.arrayContaining(['us-dod-1260h 2025-01-07', 'us-ofac-cons 2021-12-10']),
    );
    expect(linked('sugon')).toEqual(
      expect.arrayContaining([
        'us-dod-1260h 2022-10-05',
        'us-dod-1260h 2026-06-08',
        'us-ofac-cons 2021-12-16',
      ]),
    );
    expect(linked('dji')).toEqual(
      expect.arrayContaining([
        'us-ofac-cons 2021-12-16',
        'us-dod-1260h 2022-10-05',
        'us-dod-1260h 2026-06-08',
      ]),
    );
    expect(linked('baidu')).toEqual(['us-dod-1260h 2026-06-08']);
    expect(linked('alibaba-group')).toEqual(['us-dod-1260h 2026-06-08']);
    expect(linked('catl')).toEqual(
      expect.arrayContaining(['us-dod-1260h 2025-01-07', 'us-ndaa-154 2023-12-22']),
    );
    const megvii = result.artifacts.details.payload.entities.find((e) => e.id === 'megvii')!.officialListings;
    expect(megvii.find((l) => l.list === 'us-dod-1260h')).toMatchObject({
      since: '2024-01-31',
      until: '2025-01-07',
    });
  });
  it('companies with no entry in these files get none', () => {
    for (const id of ['iflytek', 'deepseek', 'moonshot-ai', 'bytedance', 'cambricon', 'zhipu-ai', 'openai']) {
      expect(linked(id), id).toEqual([]);
    }
  });
  it('explicit links are marked explicit', () => {
    const baidu = result.artifacts.details.payload.entities.find((e) => e.id === 'baidu')!;
    expect(baidu.officialListings[0]).toMatchObject({
      match: 'explicit',
      entryName: 'Baidu, Inc.',
      snapshotDate: '2026-06-08',
    });
  });
  it('linked list entities are left out of the list names source', () => {
    const linkedIds = new Set(result.links.map((l) => l.entity.id));
    expect(linkedIds.size).toBeGreaterThan(20);
    const listNames = result.artifacts.listNamesSource.payload.entities;
    expect(listNames.some((e) => linkedIds.has(e.id))).toBe(false);
    const total = result.lists.reduce((n, l) => n + l.entities.length, 0);
    expect(listNames).toHaveLength(total - linkedIds.size);
  });
});

describe('artifacts', () => {
  it('names source: every curated entity, small enough for every tab', () => {
    const text = readFileSync(join(outDir, ARTIFACT_FILES.namesSource));
    const source = verifyArtifact<NamesSource>(
      JSON.parse(text.toString()),
      'names-source',
      NAMES_SOURCE_VERSION,
    );
    expect(source.entities).toHaveLength(result.records.length);
    expect(source.entities.find((e) => e.id === 'apple')!.ambiguous.length).toBeGreaterThan(0);
    expect(gzipSync(text).length).toBeLessThan(100 * 1024);
  });
  it('details: compile → write → load gives the same data', () => {
    const store = loadDetails(readJson(ARTIFACT_FILES.details));
    const compiled = result.artifacts.details.payload;
    expect(store.all()).toEqual(compiled.entities);
    expect(store.get('openai')).toEqual(compiled.entities.find((e) => e.id === 'openai'));
    expect(store.datasetVersion).toBe(compiled.datasetVersion);
    expect(store.snapshotDates['us-ofac-sdn']).toBe('2026-08-20');
  });
  it('details carry machine-readable coverage with the known gaps', () => {
    const store = loadDetails(readJson(ARTIFACT_FILES.details));
    expect(store.coverage.lists.find((l) => l.list === 'us-ofac-sdn')).toMatchObject({
      snapshotDate: '2026-08-20',
      entityRows: 9871,
      sourceFiles: expect.arrayContaining(['us/ofac_sdn_2026-08-20.csv']),
    });
    const gapIds = store.coverage.gaps.map((g) => g.id);
    expect(gapIds).toEqual(
      expect.arrayContaining([
        'missing:us-bis-entity-list',
        'missing:us-bis-meu',
        'missing:us-bis-unverified',
        'missing:us-bis-dpl',
        'sdn-no-dates',
        'uk-licence',
      ]),
    );
    expect(store.gapsFor('us-bis-entity-list').map((g) => g.id)).toContain('missing:us-bis-entity-list');
  });
  it('listed index: compile → write → load gives the same entities and links', () => {
    const store = loadListedIndex(readJson(ARTIFACT_FILES.listedIndex));
    expect(store.all()).toEqual(result.artifacts.listedIndex.payload.entities);
    const huawei = store
      .all()
      .find((e) => e.list === 'us-dod-1260h' && e.name === 'Huawei Technologies Co., Ltd.')!;
    expect(store.linkedRecords(huawei.id)).toEqual(['huawei']);
  });
  it('every artifact is stamped with its kind, version and the snapshot dates', () => {
    for (const file of Object.values(ARTIFACT_FILES)) {
      const a = readJson(file) as { header: { notice: string; snapshotDates: Record<string, string> } };
      expect(a.header.notice).toContain('do not edit');
      expect(Object.keys(a.header.snapshotDates).length).toBeGreaterThan(0);
    }
  });
  it('the build is deterministic', () => {
    expect(JSON.stringify(compileData().artifacts)).toBe(JSON.stringify(result.artifacts));
  }, 60_000);
});
