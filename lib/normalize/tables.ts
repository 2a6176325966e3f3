/**
 * The normalization tables at run time: the fold table (code unit → folded code unit,
 * FOLD_REMOVE or FOLD_EXPAND, plus the expansions) and the script table, decoded once from
 * data/generated/text-tables.json. The tables are computed at build time (fold-rules.ts,
 * script-rules.ts), for two reasons: decoding takes about a millisecond where computing them takes
 * 50–150 ms (a long task in every tab), and every browser then folds exactly as the compiler did,
 * whatever Unicode version its engine ships.
 */
import artifact from '../../data/generated/text-tables.json' with { type: 'json' };
import { verifyArtifact } from '../data/artifact';
import { TEXT_TABLES_KIND, TEXT_TABLES_VERSION, type TextTablesPayload } from './text-tables-format';

let fold: Uint16Array | null = null;
let script: Uint8Array | null = null;
const expansions = new Map<number, string>();

let verified: TextTablesPayload | null = null;

/** The artifact's payload, checked once for the three tables decoded from it. */
function payload(): TextTablesPayload {
  // Kind and version only: the checksum costs a page ~5–10 ms of JSON.stringify, and the tests
  // verify every generated artifact's checksum (test/data/generated-artifacts.test.ts).
  verified ??= verifyArtifact<TextTablesPayload>(artifact, TEXT_TABLES_KIND, TEXT_TABLES_VERSION, {
    checksum: false,
  });
  return verified;
}

/** Decoded apart from the script table: a page that matches with a compiled class table needs no fold. */
function decodeFold(): void {
  const p = payload();
  const f = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) f[c] = c;
  for (let i = 0; i < p.fold.length; i += 2) f[p.fold[i]!] = p.fold[i + 1]!;
  fold = f;
}

/** The expansions alone: a ligature on the page needs them, not the whole fold table. */
function decodeExpansions(): void {
  for (const [c, e] of payload().expansions) expansions.set(c, e);
}

function decodeScript(): void {
  const p = payload();
  const s = new Uint8Array(0x10000);
  for (let i = 0; i < p.scriptRuns.length; i += 3) {
    s.fill(p.scriptRuns[i + 2]!, p.scriptRuns[i]!, p.scriptRuns[i + 1]! + 1);
  }
  script = s;
}

/** The fold table: code unit → folded code unit, FOLD_REMOVE or FOLD_EXPAND. */
export function getFoldTable(): Uint16Array {
  if (!fold) decodeFold();
  return fold!;
}

/** Expansions of FOLD_EXPAND entries (the same Map every call). */
export function getExpansions(): Map<number, string> {
  if (expansions.size === 0) decodeExpansions();
  return expansions;
}

/** The folded string of a character whose fold-table entry is FOLD_EXPAND. */
export function foldExpansion(c: number): string {
  return getExpansions().get(c) ?? '';
}

/**
 * Script class of one folded code unit: from the table if it has been decoded, else from the runs
 * (sorted and disjoint: text-tables-format.ts). The content script needs a few lookups per page
 * (its alphabet, ligatures), not 64 KB kept per tab.
 */
export function scriptOf(c: number): number {
  if (script) return script[c]!;
  const runs = payload().scriptRuns;
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid * 3 + 1]! < c) lo = mid + 1;
    else if (runs[mid * 3]! > c) hi = mid - 1;
    else return runs[mid * 3 + 2]!;
  }
  return 0; // NONWORD
}

/** Script class of every code unit (see script.ts). */
export function getScriptTable(): Uint8Array {
  if (!script) decodeScript();
  return script!;
}
