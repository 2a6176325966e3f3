/** The `npm run data:stats` report, as plain text lines (pure: takes a compile result). */
import { FACT_FIELDS } from '../record-schema';
import { crossCheckSanctions } from './cross-check';
import { formatIssue } from './issues';
import type { CompileResult } from './compile-data';
import { formatBytes, type ArtifactSize } from './write-artifacts';

function countBy<T>(items: T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
const inline = (pairs: [string, number][]) => pairs.map(([k, n]) => `${k} ${n}`).join(', ');

/** Builds the stats report. */
export function statsReport(result: CompileResult, sizes: ArtifactSize[]): string[] {
  const { records, lists, links, warnings } = result;
  const out: string[] = [];
  out.push(`Entities: ${records.length}`);
  out.push(`  by type: ${inline(countBy(records, (r) => r.type))}`);
  out.push(`  by country: ${inline(countBy(records, (r) => r.country ?? 'unknown'))}`);

  const names = { en: 0, ar: 0, zh: 0 };
  for (const r of records) for (const s of ['en', 'ar', 'zh'] as const) names[s] += r.names[s].length;
  const ambiguous = records.reduce((n, r) => n + r.ambiguous.length, 0);
  out.push(`Names by script: en ${names.en}, ar ${names.ar}, zh ${names.zh}; ambiguous forms ${ambiguous}`);
  const listNames = { en: 0, ar: 0, zh: 0, ambiguous: 0 };
  for (const e of result.artifacts.listNamesSource.payload.entities) {
    for (const sc of ['en', 'ar', 'zh'] as const) listNames[sc] += e.names[sc].length;
    listNames.ambiguous += e.ambiguous.length;
  }
  out.push(
    `List names (unlinked list entities): en ${listNames.en}, ar ${listNames.ar}, zh ${listNames.zh}; ambiguous (short) forms ${listNames.ambiguous}`,
  );
  const noArabic = records.filter((r) => r.names.ar.length === 0);
  const pct = (n: number) => `${((100 * n) / Math.max(records.length, 1)).toFixed(1)}%`;
  const withArabic = records.length - noArabic.length;
  out.push(
    `Entities with an Arabic spelling in names.ar: ${withArabic} of ${records.length} (${pct(withArabic)})`,
  );
  out.push(
    `Entities without Arabic names (${noArabic.length}): ${noArabic.map((r) => r.id).join(', ') || '—'}`,
  );
  const onlyAmbiguousAr = records.filter(
    (r) => r.names.ar.length === 0 && r.ambiguous.some((a) => /[\u0600-\u06ff]/.test(a)),
  );
  if (onlyAmbiguousAr.length)
    out.push(`  of which Arabic only under ambiguous: ${onlyAmbiguousAr.map((r) => r.id).join(', ')}`);
  const anyArabic = withArabic + onlyAmbiguousAr.length;
  out.push(
    `Entities with any Arabic spelling (names.ar or ambiguous): ${anyArabic} of ${records.length} (${pct(anyArabic)})`,
  );
  const onlyAmbiguous = records.filter(
    (r) => r.names.en.length + r.names.ar.length + r.names.zh.length === 0,
  );
  out.push(`Entities whose forms are all ambiguous: ${onlyAmbiguous.map((r) => r.id).join(', ') || '—'}`);

  let facts = 0;
  let sourced = 0;
  const perField: [string, number][] = [];
  for (const field of FACT_FIELDS) {
    const all = records.flatMap((r) => r[field] as { sources: string[] }[]);
    perField.push([field, all.length]);
    facts += all.length;
    sourced += all.filter((f) => f.sources.length > 0).length;
  }
  out.push(
    `Facts: ${facts} (${inline(perField)}); with ≥ 1 source: ${sourced}${sourced === facts ? ' (all)' : ` — ${facts - sourced} UNSOURCED`}`,
  );
  const sources = records.flatMap((r) => Object.values(r.sources));
  const undated = sources.filter((s) => s.published === null).length;
  const http = sources.filter((s) => s.url.startsWith('http:')).length;
  out.push(
    `Sources: ${sources.length} (${sources.length - undated} dated, ${undated} without a publication date, ${http} plain http)`,
  );
  const missingSince = records.flatMap((r) =>
    r.sanctions.filter((s) => (s.status === 'listed' || s.status === 'delisted') && !s.since),
  );
  out.push(
    `Curated sanctions facts: ${records.reduce((n, r) => n + r.sanctions.length, 0)} (${missingSince.length} listed/delisted without a date)`,
  );

  out.push('Official lists (entity rows after dropping individuals, vessels, aircraft):');
  for (const l of lists) {
    const linked = new Set(links.filter((k) => k.entity.list === l.source.list).map((k) => k.recordId));
    const dropped = Object.entries(l.dropped)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    out.push(
      `  ${l.source.list.padEnd(16)} snapshot ${l.source.snapshotDate}  ${String(l.entityRows).padStart(5)} entity rows → ${String(l.entities.length).padStart(5)} entities` +
        `${dropped ? `; dropped ${dropped}` : ''}; linked to ${linked.size} curated`,
    );
  }
  out.push(
    `  total ${lists.reduce((n, l) => n + l.entities.length, 0)} list entities; ${links.length} links (${links.filter((l) => l.match === 'explicit').length} explicit)`,
  );

  const notes = crossCheckSanctions(records, links);
  out.push(`Curated sanctions facts vs official snapshots (${notes.length} differences):`);
  for (const n of notes) out.push(`  ${n.recordId}: ${n.regime}: ${n.message}`);

  out.push('Artifacts (raw / gzip):');
  for (const s of sizes)
    out.push(
      `  ${s.file.padEnd(24)} ${formatBytes(s.raw).padStart(9)} / ${formatBytes(s.gzip).padStart(9)}  ${s.entities} entities`,
    );

  out.push(`Warnings (${warnings.length}):`);
  for (const w of warnings) out.push(`  ${formatIssue(w)}`);
  return out;
}
