import { describe, expect, it } from 'vitest';
import { createCompanySearch } from './company-search';
import { getDetailsStore, isKnownEntity } from './entities';

const search = createCompanySearch(getDetailsStore().all());
const ids = (q: string) => search.search(q).map((h) => h.id);

describe('company search', () => {
  it('finds Nvidia by Arabic spellings with or without hamza', () => {
    expect(ids('انفيديا')[0]).toBe('nvidia');
    expect(ids('إنفيديا')[0]).toBe('nvidia');
    expect(ids('نفيديا')[0]).toBe('nvidia');
  });

  it('forgives case and finds by prefix', () => {
    expect(ids('NVIDIA')[0]).toBe('nvidia');
    expect(ids('nvid')[0]).toBe('nvidia');
  });

  it('folds ta marbuta and alef maqsura', () => {
    const entity = getDetailsStore()
      .all()
      .find((e) => e.names.ar.some((n) => /[ةى]/.test(n)));
    expect(entity).toBeDefined();
    const name = entity!.names.ar.find((n) => /[ةى]/.test(n))!;
    const variant = name.replace(/ة/g, 'ه').replace(/ى/g, 'ي');
    expect(ids(variant)).toContain(entity!.id);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
  });

  it('knows the bundled entity ids', () => {
    expect(isKnownEntity('nvidia')).toBe(true);
    expect(isKnownEntity('not-a-company')).toBe(false);
  });
});
