// @vitest-environment node
// Every broken record fixture fails with exactly the expected `file: path: problem` message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecordText, readRecords, type RawRecord } from '../../lib/data/compile/read-records';
import { validateRecords } from '../../lib/data/compile/validate';
import { formatIssue } from '../../lib/data/compile/issues';

const DIR = 'test/fixtures/records';
const corpus = readRecords('data/companies').records;

/** Validates one fixture together with the real corpus (so ids such as `nvidia` resolve). */
function errorsFor(name: string): string[] {
  const file = `${DIR}/${name}.yaml`;
  const parsed = parseRecordText(file, readFileSync(file, 'utf8'));
  if (parsed.issues.length) return parsed.issues.map(formatIssue);
  const fixture: RawRecord = { file, stem: name, data: parsed.data };
  // The fixture goes last: a name collision is reported on the later file.
  return validateRecords([...corpus, fixture]).errors.map(formatIssue);
}

const f = (name: string) => `${DIR}/${name}.yaml`;

const EXPECTED: Record<string, string> = {
  'unknown-source-key': `${f('unknown-source-key')}: funding[0].sources[0]: unknown source key "s9"`,
  'id-mismatch': `${f('id-mismatch')}: id: "fixture-robotics" does not match the file name (expected "id-mismatch")`,
  'unknown-entity-id': `${f('unknown-entity-id')}: funding[0].investors[1]: unknown entity id "some-angel-fund" (no data/companies/some-angel-fund.yaml; name an entity without a record in free text instead)`,
  'bad-sector': `${f('bad-sector')}: sectors[0]: "robotic" is not in the sectors vocabulary (ai-lab, ai-apps, big-tech, cloud, semiconductors, chip-equipment, hardware, e-commerce, social-media, internet, telecom, surveillance, robotics, autonomous-driving, fintech, media, venture-capital, private-equity, sovereign-fund, conglomerate, energy, automotive, government)`,
  'bad-regime': `${f('bad-regime')}: sanctions[0].regime: "us-entity-list" is not in the regime vocabulary (us-bis-entity-list, us-bis-meu, us-ofac-sdn, us-ofac-ns-cmic, us-dod-1260h, us-export-controls, eu-sanctions, uk-sanctions, cn-unreliable-entity-list, other)`,
  'bad-status': `${f('bad-status')}: sanctions[0].status: "pending" is not in the sanctions status vocabulary (listed, delisted, exposed, reported)`,
  'bad-date': `${f('bad-date')}: funding[0].date: "2024-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  'fact-without-source': `${f('fact-without-source')}: cloud[0].sources: a fact needs at least one source`,
  'malformed-url': `${f('malformed-url')}: sources.s1.url: not a well-formed URL: "example.com/article"`,
  'duplicate-name': `${f('duplicate-name')}: names.en[0]: "Huawei" is also a name of "huawei"; mark it ambiguous in at least one of them`,
  'missing-arabic-summary': `${f('missing-arabic-summary')}: summary.ar: missing`,
  'unknown-field': `${f('unknown-field')}: funding[0]: unknown field "valuation"`,
  'arabic-name-not-arabic': `${f('arabic-name-not-arabic')}: names.ar[0]: "Fixture Robotics" is not in Arabic script`,
  'yaml-syntax': `${f('yaml-syntax')}: YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (line 18)`,
};

describe('broken record fixtures', () => {
  for (const [name, message] of Object.entries(EXPECTED)) {
    it(`${name} fails with the exact message`, () => {
      expect(errorsFor(name)).toEqual([message]);
    });
  }
});

describe('valid fixtures', () => {
  it('a complete record with ids and free-text names validates', () => {
    expect(errorsFor('valid-record')).toEqual([]);
  });
  it('a name shared with another entity is fine when ambiguous in one of them', () => {
    expect(errorsFor('ambiguous-shared-name')).toEqual([]);
  });
});

describe('all errors are reported at once', () => {
  it('two broken records give both messages', () => {
    const raw = ['unknown-source-key', 'bad-date'].map((name) => {
      const file = f(name);
      return { file, stem: name, data: parseRecordText(file, readFileSync(file, 'utf8')).data };
    });
    const messages = validateRecords([...corpus, ...raw]).errors.map(formatIssue);
    expect(messages).toEqual([EXPECTED['bad-date'], EXPECTED['unknown-source-key']]);
  });
});
