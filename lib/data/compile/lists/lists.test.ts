// @vitest-environment node
// List parsers on small excerpts of the real snapshot formats.
import { describe, expect, it } from 'vitest';
import { groupRows } from './common';
import { parseDod1260h } from './dod-1260h';
import { parseEuJournal } from './eu-journal';
import { parseOfacConsolidated, parseSdn } from './ofac';
import { parseBisMieu, parseFccCovered, parseSpecialLegislation } from './opensanctions-tables';
import { parseUk } from './uk';

describe('OFAC SDN', () => {
  const json = JSON.stringify({
    published: '2026-08-20',
    entries: [
      {
        uid: 36,
        name: 'AEROCARIBBEAN AIRLINES',
        type: 'entity',
        programs: ['CUBA'],
        alternateNames: ['AERO-CARIBBEAN'],
      },
      { uid: 9640, name: 'ABU TEIR, Mohammed', type: 'individual', programs: ['NS-PLC'], alternateNames: [] },
      { uid: 100, name: 'SHIP ONE', type: 'vessel', programs: ['IRAN'], alternateNames: [] },
      { uid: 101, name: 'PLANE ONE', type: 'aircraft', programs: ['IRAN'], alternateNames: [] },
      {
        uid: 173,
        name: 'ANGLO-CARIBBEAN CO., LTD.',
        type: 'entity',
        programs: ['CUBA', 'SDGT'],
        alternateNames: [],
      },
    ],
  });
  const add = '36,25,-0- ,"Havana","Cuba",-0- \n36,26,-0- ,"Madrid","Spain",-0- \n\u001a';
  it('keeps entities only, with aliases, programs and address country; no dates', () => {
    const parsed = parseSdn(json, add);
    expect(parsed.dropped).toEqual({ individual: 1, vessel: 1, aircraft: 1 });
    const entities = groupRows('us-ofac-sdn', 'us/ofac_sdn.json.gz', '2026-01-01', parsed.rows);
    expect(entities).toEqual([
      {
        id: 'list:us-ofac-sdn:36',
        list: 'us-ofac-sdn',
        key: '36',
        name: 'AEROCARIBBEAN AIRLINES',
        aliases: ['AERO-CARIBBEAN'],
        weakAliases: [],
        country: 'Cuba',
        listings: [{ since: null, until: null, program: 'CUBA', citation: null }],
        sourceFile: 'us/ofac_sdn.json.gz',
        snapshotDate: '2026-01-01',
      },
      expect.objectContaining({
        id: 'list:us-ofac-sdn:173',
        country: null,
        listings: [expect.objectContaining({ program: 'CUBA; SDGT' })],
      }),
    ]);
  });
});

describe('OFAC Consolidated', () => {
  const prim =
    '9639,"HANIYA, Ismail","individual","NS-PLC",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1962."\n' +
    '30902,"AERO ENGINE CORPORATION OF CHINA",-0- ,"CMIC-EO13959",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Effective Date (CMIC) 02 Aug 2021; Listing Date (CMIC) 03 Jun 2021; a.k.a. \'AECC\'."\n' +
    '17016,"SBERBANK",-0- ,"UKRAINE-EO13662] [RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Tax ID No. 1; Listing Date (EO 14024 Directive 3):"\n\u001a';
  const alt = '30902,1,"aka","AECC",-0- \n';
  const addr = '30902,5,-0- ,"Beijing","China",-0- \n';
  const comments = '17016," 24 Feb 2022; more"\n';
  it('keeps entities, joins aliases and countries, reads the listing date from remarks (and overflow)', () => {
    const parsed = parseOfacConsolidated(prim, alt, addr, comments);
    expect(parsed.dropped).toEqual({ individual: 1 });
    expect(
      parsed.rows.map((r) => [r.name, r.aliases, r.country, r.listing.since, r.listing.program]),
    ).toEqual([
      ['AERO ENGINE CORPORATION OF CHINA', ['AECC'], 'China', '2021-06-03', 'CMIC-EO13959'],
      ['SBERBANK', [], null, '2022-02-24', 'UKRAINE-EO13662; RUSSIA-EO14024'],
    ]);
  });
});

describe('DoD 1260H', () => {
  const csv = [
    'Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url',
    '"Dawning Information Industry Co., Ltd. (Sugon)*","Dawning Information Industry Co., Ltd.",Sugon,,,,2022-10-05,,',
    '"Dawning Information Industry Co., Ltd. (Sugon)","Dawning Information Industry Co., Ltd. (Sugon)",,,,,2026-06-08,,https://media.defense.gov/x.pdf',
    '"ChangXin Memory Technologies, Inc. (CXMT)","ChangXin Memory Technologies, Inc.",CXMT,,,,2025-01-07,2026-02-17,https://media.defense.gov/y.pdf',
    '"AVIC Chengdu Aircraft Co., Ltd.","AVIC Chengdu Aircraft Co., Ltd.",,"Zhonghang Electronic Measuring Instruments Company Limited; ZEMIC",,,2026-06-08,,',
  ].join('\n');
  it('merges editions of one company (bracketed short name split off) and keeps every period', () => {
    const entities = groupRows('us-dod-1260h', 'f.csv', '2026-01-01', parseDod1260h(csv).rows);
    expect(entities.map((e) => e.name)).toEqual([
      'Dawning Information Industry Co., Ltd.',
      'ChangXin Memory Technologies, Inc.',
      'AVIC Chengdu Aircraft Co., Ltd.',
    ]);
    expect(entities[0]!.aliases).toEqual(['Sugon']);
    expect(entities[0]!.listings.map((l) => [l.since, l.until, l.citation])).toEqual([
      ['2022-10-05', null, null],
      ['2026-06-08', null, 'https://media.defense.gov/x.pdf'],
    ]);
    expect(entities[1]!.listings[0]).toMatchObject({ since: '2025-01-07', until: '2026-02-17' });
    expect(entities[2]!.aliases).toEqual([
      'Zhonghang Electronic Measuring Instruments Company Limited',
      'ZEMIC',
    ]);
  });
});

describe('OpenSanctions US tables', () => {
  const header =
    'schema,name,aliases,topics,program,authority,reason,report-date,start-date,end-date,country,notes,source_url';
  it('§154: the future effective date is not a listing date; enactment date is used', () => {
    const csv = `${header}\nCompany,"BYD Company, Limited",,,Section 154,United States Congress,,2023-12-22,"October 1, 2027",,,,https://www.congress.gov/x.pdf\n`;
    const [row] = parseSpecialLegislation(csv).rows;
    expect(row!.listing).toEqual({
      since: '2023-12-22',
      until: null,
      program: 'Section 154',
      citation: 'https://www.congress.gov/x.pdf',
    });
  });
  it('INKSNA: persons dropped, start and end dates kept', () => {
    const csv = `${header}\nPerson,Someone,,sanction,ISN,State,,2026-01-27,2026-01-22,2028-01-22,DPRK,,u\nCompany,EXPTRANS GMBH S.A.R.L.,,sanction,ISN,State,,2026-01-27,2026-01-22,2028-01-22,Lebanon,,u\n`;
    const parsed = parseSpecialLegislation(csv);
    expect(parsed.dropped).toEqual({ individual: 1 });
    expect(parsed.rows.map((r) => [r.name, r.country, r.listing.since, r.listing.until])).toEqual([
      ['EXPTRANS GMBH S.A.R.L.', 'Lebanon', '2026-01-22', '2028-01-22'],
    ]);
  });
  it('§1286: report-year rows of one institution merge', () => {
    const csv = `${header}\nCompany,Academy of Military Medical Sciences,AMMS,debarment,S1286,C,,2022,,,,,u\nCompany,Academy of Military Medical Sciences,AMMS,debarment,S1286,C,,2024,,,China,,u\n`;
    const entities = groupRows('us-ndaa-1286', 'f.csv', '2026-01-01', parseSpecialLegislation(csv).rows);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.country).toBe('China');
    expect(entities[0]!.listings.map((l) => l.since)).toEqual(['2022', '2024']);
  });
  it('BIS MIEU rows', () => {
    const csv =
      'Type,Name,Alias,Country,Topics,Program,Date,End date,Source URL\nOrganization,Directorate of Military Intelligence,DIM,CU,export.control,US-BIS-MIEU,2021-03-16,,https://www.federalregister.gov/d\n';
    expect(parseBisMieu(csv).rows[0]).toMatchObject({
      name: 'Directorate of Military Intelligence',
      aliases: ['DIM'],
      country: 'CU',
      listing: { since: '2021-03-16' },
    });
  });
  it('FCC: the named company is extracted; class-wide entries are dropped', () => {
    const csv = [
      'covered_equipment_or_services,date_of_inclusion_on_covered_list',
      '"Telecommunications equipment produced by Huawei Technologies Company, including telecommunications services.","March 12, 2021"',
      '"International telecommunications services provided by China Mobile International USA Inc. subject to section 214 of the Communications Act of 1934.","March 25, 2022"',
      '"Uncrewed aircraft systems (UAS) produced in a foreign country —except: (a) …","December 22, 2025Updated:January 7, 2026"',
    ].join('\n');
    const parsed = parseFccCovered(csv);
    expect(parsed.rows.map((r) => [r.name, r.listing.since])).toEqual([
      ['Huawei Technologies Company', '2021-03-12'],
      ['China Mobile International USA Inc', '2022-03-25'],
    ]);
    expect(parsed.dropped).toEqual({ unnamed: 1 });
  });
});

describe('EU Official Journal annexes', () => {
  const header =
    'celex,recordId,programKey,annex,measure,startDate,reason,schema,name,alias,weakAlias,previousName,country';
  const csv = [
    header,
    '32001R2580,1,EU-TERR,II.A,Asset freeze,,,Person,ABDOLLAHI Hamed,,,,',
    '32014R0833,7,EU-RUS,IV,Export ban,23.2.2024,,LegalEntity,"Shenzhen Example Trading Co., Ltd.",Example HK,EXT,,China',
    '32014R0269,9,EU-UKR,I,Asset freeze,16.12.2022,,Company,"Shenzhen Example Trading Co. Ltd",,,Old Name Ltd,China',
    '32014R0833,8,EU-RUS,IV,Export ban,23.2.2024,,Vessel,SHIP,,,,',
  ].join('\n');
  it('keeps legal entities / companies, merges one entity across regulations, cites CELEX', () => {
    const parsed = parseEuJournal(csv);
    expect(parsed.dropped).toEqual({ Person: 1, Vessel: 1 });
    const entities = groupRows('eu-oj-sanctions', 'eu.csv.gz', '2026-01-01', parsed.rows);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({
      aliases: ['Example HK', 'Old Name Ltd'],
      weakAliases: ['EXT'],
      country: 'China',
    });
    expect(entities[0]!.listings).toEqual([
      { since: '2022-12-16', until: null, program: 'EU-UKR Annex I', citation: 'CELEX:32014R0269' },
      { since: '2024-02-23', until: null, program: 'EU-RUS Annex IV', citation: 'CELEX:32014R0833' },
    ]);
  });
  it('amendment rows cite the amending act', () => {
    const amend =
      'amendedCelex,amendmentCelex,recordId,programKey,annex,measure,startDate,reason,schema,name\n32014R0833,32026R1720,1,EU-RUS,IV,Export ban,13.7.2026,,Company,New Co\n';
    expect(parseEuJournal(amend).rows[0]!.listing.citation).toBe('CELEX:32026R1720');
  });
});

describe('UK Sanctions List', () => {
  const subjects =
    'unique_id,subject_type,un_reference_number,ofsi_group_id,date_designated,last_updated\nRUS1073,entity,,1,15/03/2022,16/04/2026\nRUS0001,individual,,2,01/01/2022,01/01/2022\nRUS2000,ship,,3,01/01/2022,01/01/2022\n';
  const names =
    'name_id,unique_id,name_type,alias_strength,full_name,name_6\n1,RUS1073,primary,,JSC EXAMPLE,JSC EXAMPLE\n2,RUS1073,alias,good_quality_aka,Example Plant,Example Plant\n3,RUS1073,alias,low_quality_aka,EXP,EXP\n4,RUS1073,primary_variation,,AO EXAMPLE,AO EXAMPLE\n';
  const countries =
    'id,unique_id,raw_value,country_type,iso,resolution_method,iso_available\n1,RUS1073,Russia,nationality,RU,direct,True\n2,RUS1073,China,address,CN,direct,True\n';
  it('keeps entities with primary name, aliases, weak aliases, address country and designation date', () => {
    const parsed = parseUk(subjects, names, countries);
    expect(parsed.dropped).toEqual({ individual: 1, ship: 1 });
    expect(parsed.rows).toEqual([
      {
        groupKey: 'RUS1073',
        name: 'JSC EXAMPLE',
        aliases: ['Example Plant', 'AO EXAMPLE'],
        weakAliases: ['EXP'],
        country: 'CN',
        listing: { since: '2022-03-15', until: null, program: 'RUS', citation: null },
      },
    ]);
  });
});
