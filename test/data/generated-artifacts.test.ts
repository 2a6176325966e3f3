// The generated artifacts are bundled into the extension, and the browser skips their checksum
// (it would cost every page a JSON.stringify of the payload): verify every one here instead.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fnv1a32, GENERATED_NOTICE, type Artifact } from '../../lib/data/artifact';

const DIR = 'data/generated';

describe('generated artifacts', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('exist (npm run data wrote them)', () => {
    expect(files).toEqual(
      expect.arrayContaining(['matcher-curated.json', 'text-tables.json', 'details.json']),
    );
  });

  for (const file of files) {
    it(`${file}: header and checksum match its payload`, () => {
      const artifact = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Artifact<unknown>;
      expect(artifact.header.notice).toBe(GENERATED_NOTICE);
      expect(fnv1a32(JSON.stringify(artifact.payload))).toBe(artifact.header.checksum);
    });
  }
});
