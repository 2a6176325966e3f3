import { describe, expect, it } from 'vitest';
import { computeFoldTable } from './fold-rules';
import { computeScriptTable } from './script-rules';
import { foldExpansion, getFoldTable, getScriptTable } from './tables';

describe('generated text tables', () => {
  it('decode to exactly what the rules compute', () => {
    const { table, expansions } = computeFoldTable();
    expect(getFoldTable()).toEqual(table);
    for (const [c, e] of expansions) expect(foldExpansion(c)).toBe(e);
    expect(getScriptTable()).toEqual(computeScriptTable());
  });
});
