/** Minimal RFC 4180 CSV reader for the list snapshots (Node only; no dependency needed). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Parses CSV text into rows of raw cells (quotes, doubled quotes, CR/LF and embedded newlines
 * handled). Scans with indexOf rather than per character: the EU file is ~9 MB of long texts.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // BOM
  const n = text.length;
  const delim = /[,\r\n]/g;
  while (i <= n) {
    let cell: string;
    if (text[i] === '"') {
      // Quoted cell: runs to the next quote not followed by another quote.
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          out += text.slice(j);
          j = n;
          break;
        }
        out += text.slice(j, q);
        if (text[q + 1] === '"') {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept (lenient, like most readers).
      delim.lastIndex = j;
      const m = delim.exec(text);
      const end = m ? m.index : n;
      cell = out + text.slice(j, end);
      i = end;
    } else {
      delim.lastIndex = i;
      const m = delim.exec(text);
      const end = m ? m.index : n;
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    const ch = text[i];
    if (ch === ',') {
      i++;
      continue;
    }
    // End of line or end of text.
    rows.push(row);
    row = [];
    if (ch === '\r' && text[i + 1] === '\n') i += 2;
    else i++;
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
}

/** Parses CSV with a header row into objects keyed by column name. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * Parses an OFAC legacy-format file (SDN.CSV family): no header, `-0-` for empty, trailing
 * spaces, and a 0x1A end-of-file byte. Cells are trimmed and `-0-` becomes ''.
 */
export function parseOfacCsv(text: string): string[][] {
  // The SUB (0x1A) end-of-file byte, removed with split/join to keep control characters out of regexes.
  return parseCsv(text.split(String.fromCharCode(0x1a)).join('')).map((r) =>
    r.map((c) => (c.trim() === '-0-' ? '' : c.trim())),
  );
}

/** Reads a text file, gunzipping `*.gz`. */
export function readText(path: string): string {
  const buf = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** Splits a `;`-separated cell into trimmed, non-empty parts. */
export function splitList(cell: string | undefined, sep: string | RegExp = ';'): string[] {
  if (!cell) return [];
  return cell
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Normalises the date spellings found in the snapshots to ISO: `2021-06-03`, `3.6.2021`
 * (EU), `03/06/2021` (UK, day first), `03 Jun 2021` (OFAC), `June 3, 2021` (FCC), `2022`.
 * Returns null for empty or unrecognised input (never guesses).
 */
export function toIsoDate(input: string | undefined): string | null {
  const s = (input ?? '').trim();
  if (!s) return null;
  let m = /^(\d{4})(-\d{2}(-\d{2})?)?$/.exec(s);
  if (m) return s;
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()])
    return `${m[3]}-${pad(MONTHS[m[2]!.toLowerCase()]!)}-${pad(Number(m[1]))}`;
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()])
    return `${m[3]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}-${pad(Number(m[2]))}`;
  return null;
}
