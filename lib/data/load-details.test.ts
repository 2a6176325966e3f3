import { describe, expect, it } from 'vitest';
import { stampArtifact } from './artifact';
import { DETAILS_KIND, DETAILS_VERSION, type DetailsPayload, type EntityDetails } from './details';
import { fetchDetails, loadDetails } from './load-details';

const entity = { id: 'x-co', name: 'X Co', sources: {}, officialListings: [] } as unknown as EntityDetails;
const payload: DetailsPayload = {
  datasetVersion: '0.1.0+abc',
  dataAsOf: '2026-02',
  entities: [entity],
  coverage: {
    lists: [],
    gaps: [
      { id: 'missing:us-bis-entity-list', regime: 'us-bis-entity-list', message: 'missing' },
      { id: 'general', regime: null, message: 'applies everywhere' },
      { id: 'uk-licence', regime: 'uk-sanctions', message: 'licence' },
    ],
  },
};

describe('loadDetails', () => {
  it('indexes a verified artifact by id', () => {
    const store = loadDetails(stampArtifact(DETAILS_KIND, DETAILS_VERSION, payload, { records: '2026-02' }));
    expect(store.get('x-co')).toBe(entity);
    expect(store.get('nope')).toBeUndefined();
    expect(store.snapshotDates).toEqual({ records: '2026-02' });
    expect(store.gapsFor('us-bis-entity-list').map((g) => g.id)).toEqual([
      'missing:us-bis-entity-list',
      'general',
    ]);
  });
  it('rejects a tampered payload, another kind and another version', () => {
    const artifact = stampArtifact(DETAILS_KIND, DETAILS_VERSION, payload);
    const tampered = { ...artifact, payload: { ...payload, dataAsOf: '2030' } };
    expect(() => loadDetails(tampered)).toThrow(/checksum/);
    expect(() => loadDetails(stampArtifact('listed-index', DETAILS_VERSION, payload))).toThrow(/kind/);
    expect(() => loadDetails(stampArtifact(DETAILS_KIND, DETAILS_VERSION + 1, payload))).toThrow(/version/);
    expect(() => loadDetails({})).toThrow(/not a Siyaq data artifact/);
  });
  it('fetchDetails loads through fetch and reports HTTP errors', async () => {
    const artifact = stampArtifact(DETAILS_KIND, DETAILS_VERSION, payload);
    const ok = (async () => new Response(JSON.stringify(artifact))) as unknown as typeof fetch;
    expect((await fetchDetails('x', ok)).get('x-co')).toEqual(entity);
    const missing = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    await expect(fetchDetails('x', missing)).rejects.toThrow(/404/);
  });
});
