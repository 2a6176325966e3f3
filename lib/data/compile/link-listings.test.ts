import { describe, expect, it } from 'vitest';
import { recordSchema } from '../record-schema';
import type { ListedEntity } from '../listed';
import { linkListings } from './link-listings';

const record = (over: Record<string, unknown>) =>
  recordSchema.parse({
    id: 'x-co',
    name: 'X Co',
    type: 'company',
    names: { en: [], ar: [], zh: [] },
    country: 'CN',
    founded: null,
    sectors: ['hardware'],
    summary: { en: 'A company.', ar: 'شركة.' },
    sources: {},
    ...over,
  });

const entity = (
  list: ListedEntity['list'],
  key: string,
  name: string,
  aliases: string[] = [],
): ListedEntity => ({
  id: `list:${list}:${key}`,
  list,
  key,
  name,
  aliases,
  weakAliases: [],
  country: null,
  listings: [{ since: '2024-01-31', until: null, program: null, citation: null }],
  sourceFile: 'f.csv',
  snapshotDate: '2026-06-08',
});

const ENTITIES = [
  entity('us-dod-1260h', 'dawning', 'Dawning Information Industry Co., Ltd.', ['Sugon']),
  entity('us-ofac-cons', '1', 'HUAWEI TECHNOLOGIES CO., LTD.'),
  entity('us-ofac-sdn', '2', 'META TRADING LLC', ['META']),
  entity('us-dod-1260h', 'baidu', 'Baidu, Inc.', ['Baidu']),
];
const run = (over: Record<string, unknown>) =>
  linkListings([{ file: 'data/companies/x-co.yaml', record: record(over) }], ENTITIES);

describe('linkListings', () => {
  it('links on a normalized name (case, punctuation, corporate suffixes ignored)', () => {
    const { links } = run({ names: { en: ['Huawei Technologies'], ar: [], zh: [] } });
    expect(links.map((l) => [l.entity.id, l.match])).toEqual([['list:us-ofac-cons:1', 'name']]);
  });
  it('links on a legal name', () => {
    const { links } = run({ legal_names: ['Dawning Information Industry Co., Ltd'] });
    expect(links.map((l) => l.entity.key)).toEqual(['dawning']);
  });
  it('never links on ambiguous forms or on short one-word names', () => {
    expect(run({ ambiguous: ['Sugon'] }).links).toEqual([]);
    expect(run({ names: { en: ['Meta', 'Baidu'], ar: [], zh: [] } }).links).toEqual([]);
  });
  it('links a one-word name only where the countries agree (unknown counts as agreeing)', () => {
    const citadel = {
      ...entity('us-ofac-sdn', '3', 'LIMITED LIABILITY COMPANY CITADEL', ['CITADEL OOO']),
      country: 'Russia',
    };
    const norinco = { ...entity('us-ofac-cons', '4', 'NORINCO'), country: 'China' };
    const link = (over: Record<string, unknown>, list: ListedEntity[]) =>
      linkListings([{ file: 'f.yaml', record: record(over) }], list).links.map((l) => l.entity.key);
    expect(link({ name: 'Citadel', country: 'US' }, [citadel])).toEqual([]);
    expect(link({ name: 'Citadel', country: 'RU' }, [citadel])).toEqual(['3']);
    expect(link({ name: 'Citadel', country: null }, [citadel])).toEqual(['3']);
    expect(link({ name: 'Norinco', country: 'CN' }, [norinco])).toEqual(['4']);
    // Several words are specific enough: a registration abroad does not stop the link.
    const megvii = { ...entity('us-ofac-cons', '5', 'MEGVII TECHNOLOGY LIMITED'), country: 'Cayman Islands' };
    expect(link({ name: 'Megvii Technology', country: 'CN' }, [megvii])).toEqual(['5']);
  });
  it('explicit list_links link where names differ, restricted to that list', () => {
    const { links, errors } = run({ list_links: [{ list: 'us-dod-1260h', name: 'Baidu, Inc.' }] });
    expect(errors).toEqual([]);
    expect(links.map((l) => [l.entity.id, l.match])).toEqual([['list:us-dod-1260h:baidu', 'explicit']]);
  });
  it('a list_links name that matches nothing on that list is an error naming file and field', () => {
    const { errors } = run({ list_links: [{ list: 'us-ofac-sdn', name: 'Baidu, Inc.' }] });
    expect(errors).toEqual([
      {
        file: 'data/companies/x-co.yaml',
        path: 'list_links[0].name',
        message: 'no entry named "Baidu, Inc." on us-ofac-sdn',
      },
    ]);
  });
});
