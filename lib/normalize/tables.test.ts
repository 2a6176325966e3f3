import { describe, expect, it } from 'vitest';
import { computeFoldTable } from './fold-rules';
import { computeScriptTable } from './script-rules';
import { foldExpansion, getFoldTable, getScriptTable, scriptOf } from './tables';

describe('generated text tables', () => {
  // First, while the script table is not decoded yet: the lookup in the runs.
  it('give each code unit its script without the decoded table', () => {
    const expected = computeScriptTable();
    for (let c = 0; c < 0x10000; c++)
      if (scriptOf(c) !== expected[c]) expect([c, scriptOf(c)]).toEqual([c, expected[c]]);
  });

  it('decode to exactly what the rules compute', () => {
    const { table, expansions } = computeFoldTable();
    expect(getFoldTable()).toEqual(table);
    for (const [c, e] of expansions) expect(foldExpansion(c)).toBe(e);
    expect(getScriptTable()).toEqual(computeScriptTable());
  });
});
