/** Layout of data/generated/text-tables.json (see tables.ts). Shared by the compiler and the loader. */

export const TEXT_TABLES_KIND = 'text-tables';
export const TEXT_TABLES_VERSION = 1;

/** Serialized form: only entries that differ from the identity (fold) or from NONWORD (script). */
export interface TextTablesPayload {
  /** Flat [code, folded, code, folded, …] for every code unit whose fold is not itself. */
  fold: number[];
  /** [code, expansion] for every FOLD_EXPAND entry. */
  expansions: [number, string][];
  /** Flat [start, end, kind, …] runs (inclusive) of code units whose script class is not NONWORD. */
  scriptRuns: number[];
}

/** Encodes computed tables into the serialized form (build time). */
export function encodeTextTables(
  foldTable: Uint16Array,
  foldExpansions: Map<number, string>,
  scriptTable: Uint8Array,
): TextTablesPayload {
  const foldPairs: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (foldTable[c] !== c) foldPairs.push(c, foldTable[c]!);
  const runs: number[] = [];
  for (let c = 0; c < 0x10000;) {
    const kind = scriptTable[c]!;
    let end = c;
    while (end + 1 < 0x10000 && scriptTable[end + 1] === kind) end++;
    if (kind !== 0) runs.push(c, end, kind);
    c = end + 1;
  }
  return {
    fold: foldPairs,
    expansions: [...foldExpansions.entries()].sort((a, b) => a[0] - b[0]),
    scriptRuns: runs,
  };
}
