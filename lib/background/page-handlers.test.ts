import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../matcher/index';
import { createPageHandlers } from './page-handlers';

const sender = {} as never;

describe('page handlers', () => {
  const handlers = createPageHandlers();

  it('answers get-entity from the bundled details, and null for an unknown id', async () => {
    const alibaba = await handlers['siyaq:get-entity'](
      { type: 'siyaq:get-entity', entityId: 'alibaba-group' },
      sender,
    );
    expect(alibaba?.id).toBe('alibaba-group');
    expect(Object.keys(alibaba!.sources).length).toBeGreaterThan(0);
    expect(
      await handlers['siyaq:get-entity']({ type: 'siyaq:get-entity', entityId: 'no-such-company' }, sender),
    ).toBeNull();
  });

  it('marks only entities explicitly linked to a list (or curated as listed)', async () => {
    const { listed } = await handlers['siyaq:get-page-marks'](
      { type: 'siyaq:get-page-marks' } as never,
      sender,
    );
    expect(listed.length).toBeGreaterThan(0);
    const baidu = await handlers['siyaq:get-entity']({ type: 'siyaq:get-entity', entityId: 'baidu' }, sender);
    const explicit = baidu!.officialListings.some((l) => l.match === 'explicit' && l.until === null);
    expect(listed.includes('baidu')).toBe(explicit || baidu!.sanctions.some((s) => s.status === 'listed'));
  });

  it('hands the content script the curated names index, a matcher that finds curated names', async () => {
    const { json } = await handlers['siyaq:get-names-index'](
      { type: 'siyaq:get-names-index' } as never,
      sender,
    );
    const doc = loadMatcher(JSON.parse(json)).createDocument(); // verifies kind, version, checksum
    doc.setBlock(0, 'Alibaba and Nvidia signed a deal; علي بابا تتعاون مع إنفيديا.');
    const ids = (doc.resolve().get(0) ?? []).map((m) => m.entityId);
    expect(ids).toEqual(['alibaba-group', 'nvidia', 'alibaba-group', 'nvidia']);
  });
});
