/**
 * Registry of the list snapshots in `data/lists/`: which parser reads which files, and the
 * provenance facts (publisher, snapshot date, caveats) from `data/lists/README.md`. When a
 * snapshot is replaced, update its entry here and the README together.
 */
import type { CoverageGap, ListedEntity, ListId } from '../../listed';
import { groupRows, type ParsedList, type ReadListFile } from './common';
import { parseOfacConsolidated, parseSdn } from './ofac';
import { parseDod1260h } from './dod-1260h';
import { parseBisMieu, parseFccCovered, parseSpecialLegislation } from './opensanctions-tables';
import { parseEuJournal } from './eu-journal';
import { parseUk } from './uk';

export interface ListSource {
  list: ListId;
  name: string;
  publisher: string;
  snapshotDate: string;
  /** Files read, relative to `data/lists/`; the first is the entity file cited on cards. */
  files: string[];
  caveats: string[];
  parse(read: ReadListFile): ParsedList;
}

const special = (
  list: ListId,
  name: string,
  file: string,
  snapshotDate: string,
  caveats: string[] = [],
): ListSource => ({
  list,
  name,
  publisher: list === 'us-state-inksna' ? 'US Department of State' : 'US Congress',
  snapshotDate,
  files: [file],
  caveats: ['Transcribed by OpenSanctions; not checked here against the official text.', ...caveats],
  parse: (read) => parseSpecialLegislation(read(file)),
});

export const LIST_SOURCES: ListSource[] = [
  {
    list: 'us-ofac-sdn',
    name: 'OFAC Specially Designated Nationals (SDN) List',
    publisher: 'US Treasury, OFAC',
    snapshotDate: '2026-08-20',
    files: ['us/ofac_sdn_2026-08-20.json.gz', 'us/ofac_sdn_2026-08-20.csv', 'us/ofac_sdn_add_2025-12.csv.gz'],
    caveats: [
      'The snapshot has no listing dates.',
      'Countries come from the December 2025 address file; the 1,017 newest designations have none.',
    ],
    parse: (read) => parseSdn(read('us/ofac_sdn_2026-08-20.json.gz'), read('us/ofac_sdn_add_2025-12.csv.gz')),
  },
  {
    list: 'us-ofac-cons',
    name: 'OFAC Consolidated (non-SDN) lists, including NS-CMIC',
    publisher: 'US Treasury, OFAC',
    snapshotDate: '2025-12-19',
    files: [
      'us/ofac_cons_prim.csv',
      'us/ofac_cons_alt.csv',
      'us/ofac_cons_add.csv',
      'us/ofac_cons_comments.csv',
    ],
    caveats: ['Snapshot is no later than 2025-12-19, older than the SDN file.'],
    parse: (read) =>
      parseOfacConsolidated(
        read('us/ofac_cons_prim.csv'),
        read('us/ofac_cons_alt.csv'),
        read('us/ofac_cons_add.csv'),
        read('us/ofac_cons_comments.csv'),
      ),
  },
  {
    list: 'us-dod-1260h',
    name: 'DoD Section 1260H Chinese military companies',
    publisher: 'US Department of Defense',
    snapshotDate: '2026-06-08',
    files: ['us/dod_1260h_chinese_military_companies.csv'],
    caveats: [
      'Hand transcription by OpenSanctions of every edition; not checked here against the DoD PDFs.',
      'Rows of the 2021–2024 editions have no source URL.',
    ],
    parse: (read) => parseDod1260h(read('us/dod_1260h_chinese_military_companies.csv')),
  },
  {
    list: 'us-bis-mieu',
    name: 'BIS Military-Intelligence End Users (EAR §744.22)',
    publisher: 'US Commerce Department, BIS',
    snapshotDate: '2022-03-02',
    files: ['us/bis_mieu_military_intelligence_end_users.csv'],
    caveats: ['This is not the Military End-User (MEU) list, which is missing.'],
    parse: (read) => parseBisMieu(read('us/bis_mieu_military_intelligence_end_users.csv')),
  },
  {
    list: 'us-fcc-covered',
    name: 'FCC Covered List',
    publisher: 'US Federal Communications Commission',
    snapshotDate: '2026-07-28',
    files: ['us/fcc_covered_list.csv'],
    caveats: [
      'Entries that cover a product class (all foreign drones, routers, inverters, robots) name no company and are not indexed.',
    ],
    parse: (read) => parseFccCovered(read('us/fcc_covered_list.csv')),
  },
  special('us-ndaa-889', 'FY2019 NDAA §889 procurement ban', 'us/ndaa_section_889.csv', '2026-08-18', [
    'Statute; the snapshot date is when the transcription last changed.',
  ]),
  special(
    'us-ndaa-5949',
    'FY2023 NDAA §5949 semiconductor procurement ban',
    'us/ndaa_section_5949.csv',
    '2026-08-18',
    ['Statute; the snapshot date is when the transcription last changed.'],
  ),
  special(
    'us-ndaa-154',
    'FY2024 NDAA §154 battery procurement ban',
    'us/ndaa_section_154.csv',
    '2026-08-18',
    ['The ban applies from 2027-10-01.'],
  ),
  special(
    'us-ndaa-1286',
    'DoD §1286 foreign institutions of concern',
    'us/ndaa_section_1286.csv',
    '2026-08-18',
    ['Report years 2022–2025; dates are report years.'],
  ),
  special(
    'us-state-inksna',
    'State Department INKSNA nonproliferation sanctions',
    'us/state_isn_inksna_nonproliferation.csv',
    '2026-08-04',
  ),
  {
    list: 'eu-oj-sanctions',
    name: 'EU sanctions annexes (Official Journal)',
    publisher: 'European Union (Official Journal), transcribed by OpenSanctions',
    snapshotDate: '2026-08-01',
    files: ['eu/eu_journal_sanctions_consolidated.csv.gz', 'eu/eu_journal_sanctions_amendments_2026.csv.gz'],
    caveats: [
      'Per-regulation annex transcription, not the official EU Financial Sanctions Files list.',
      'Consolidated versions pinned up to 2026-08-01; 2026 amending acts up to 32026R1960 are added from a separate file.',
    ],
    parse: (read) => {
      const a = parseEuJournal(read('eu/eu_journal_sanctions_consolidated.csv.gz'));
      const b = parseEuJournal(read('eu/eu_journal_sanctions_amendments_2026.csv.gz'));
      const dropped = { ...a.dropped };
      for (const [k, v] of Object.entries(b.dropped)) dropped[k] = (dropped[k] ?? 0) + v;
      const amendments = b.rows.map((r) => ({
        ...r,
        sourceFile: 'eu/eu_journal_sanctions_amendments_2026.csv.gz',
      }));
      return { rows: [...a.rows, ...amendments], dropped };
    },
  },
  {
    list: 'uk-sanctions',
    name: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth & Development Office',
    snapshotDate: '2026-04-29',
    files: [
      'uk/uk_sanctions_list_subjects.csv',
      'uk/uk_sanctions_list_names.csv.gz',
      'uk/uk_sanctions_list_countries.csv.gz',
    ],
    caveats: [
      'Normalised derivative of the official list whose repository states no licence; to be replaced by the official OGL v3.0 download before shipping.',
      'Older than the other snapshots (end of April 2026).',
    ],
    parse: (read) =>
      parseUk(
        read('uk/uk_sanctions_list_subjects.csv'),
        read('uk/uk_sanctions_list_names.csv.gz'),
        read('uk/uk_sanctions_list_countries.csv.gz'),
      ),
  },
];

/** What the extension cannot check; shown by the UI next to any "not listed" statement. */
export const COVERAGE_GAPS: CoverageGap[] = [
  {
    id: 'missing:us-bis-entity-list',
    regime: 'us-bis-entity-list',
    message:
      'The BIS Entity List is missing (no copy of the US Consolidated Screening List could be retrieved), including all 2025–2026 additions. Absence from the lists here does not mean a company is not on the Entity List.',
  },
  {
    id: 'missing:us-bis-meu',
    regime: 'us-bis-meu',
    message: 'The BIS Military End-User (MEU) list is missing.',
  },
  { id: 'missing:us-bis-unverified', regime: null, message: 'The BIS Unverified List is missing.' },
  {
    id: 'missing:us-bis-dpl',
    regime: null,
    message: 'The BIS Denied Persons List (and the ITAR debarred list) are missing.',
  },
  {
    id: 'missing:cn-unreliable-entity-list',
    regime: 'cn-unreliable-entity-list',
    message: "China's Unreliable Entity List is not among the snapshots.",
  },
  {
    id: 'sdn-no-dates',
    regime: 'us-ofac-sdn',
    message: 'The OFAC SDN snapshot has no listing dates; SDN entries show no "since" date.',
  },
  {
    id: 'sdn-addresses-older',
    regime: 'us-ofac-sdn',
    message:
      'SDN countries come from a December 2025 address file; the 1,017 newest designations have no country.',
  },
  {
    id: 'ofac-cons-older',
    regime: 'us-ofac-ns-cmic',
    message: 'The OFAC non-SDN (incl. NS-CMIC) snapshot is no later than 2025-12-19.',
  },
  {
    id: '1260h-unverified',
    regime: 'us-dod-1260h',
    message: 'DoD 1260H rows are a hand transcription; the 2021–2024 editions carry no source URL.',
  },
  {
    id: 'eu-not-fsf',
    regime: 'eu-sanctions',
    message:
      'EU data is an Official Journal annex transcription, not the official Financial Sanctions Files list.',
  },
  {
    id: 'uk-licence',
    regime: 'uk-sanctions',
    message:
      'The UK data is a normalised derivative whose repository states no licence; it must be replaced by the official UK Sanctions List download (OGL v3.0) before shipping. It is also older (end of April 2026).',
  },
];

/** Parsed and merged list: the entities plus the counts the coverage section reports. */
export interface LoadedList {
  source: ListSource;
  entities: ListedEntity[];
  entityRows: number;
  dropped: Record<string, number>;
}

/** Parses every registered snapshot. `read` gets paths relative to `data/lists/`. */
export function loadLists(read: ReadListFile, sources: ListSource[] = LIST_SOURCES): LoadedList[] {
  return sources.map((source) => {
    const parsed = source.parse(read);
    return {
      source,
      entities: groupRows(source.list, source.files[0]!, source.snapshotDate, parsed.rows),
      entityRows: parsed.rows.length,
      dropped: parsed.dropped,
    };
  });
}
