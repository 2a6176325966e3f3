/**
 * Small US tables transcribed by OpenSanctions: BIS Military-Intelligence End Users, the FCC
 * Covered List, and the "special legislation" tables (NDAA §889, §5949, §154, §1286, State
 * INKSNA) that share one column layout.
 */
import { parseCsvObjects, splitList, toIsoDate } from '../csv';
import { nameGroupKey, type ListRow, type ParsedList } from './common';

/** BIS Military-Intelligence End Users (EAR §744.22). */
export function parseBisMieu(text: string): ParsedList {
  const rows: ListRow[] = [];
  const dropped: Record<string, number> = {};
  for (const r of parseCsvObjects(text)) {
    if (r['Type'] === 'Person') {
      dropped['individual'] = (dropped['individual'] ?? 0) + 1;
      continue;
    }
    const name = r['Name']!.trim();
    rows.push({
      groupKey: nameGroupKey(name),
      name,
      aliases: splitList(r['Alias']),
      country: r['Country']?.trim() || null,
      listing: {
        since: toIsoDate(r['Date']),
        until: toIsoDate(r['End date']),
        program: r['Program']?.trim() || null,
        citation: r['Source URL']?.trim() || null,
      },
    });
  }
  return { rows, dropped };
}

/**
 * `since` is the start (effective) date, or the report date where none is printed. A start date
 * later than the report date (§154: enacted 2023-12-22, ban from 2027-10-01) is a future
 * effective date, not a listing date, so the report (enactment) date is used.
 */
export function sinceDate(start: string | null, report: string | null): string | null {
  if (start && report && start.slice(0, 4) > report.slice(0, 4)) return report;
  return start ?? report;
}

/**
 * NDAA / INKSNA tables (`schema,name,aliases,…,report-date,start-date,end-date,country,…`).
 * Persons are dropped; rows repeating a name (one per §1286 report year) merge. See `sinceDate`.
 */
export function parseSpecialLegislation(text: string): ParsedList {
  const rows: ListRow[] = [];
  const dropped: Record<string, number> = {};
  for (const r of parseCsvObjects(text)) {
    if (r['schema'] === 'Person') {
      dropped['individual'] = (dropped['individual'] ?? 0) + 1;
      continue;
    }
    const name = r['name']!.trim();
    if (!name) continue;
    rows.push({
      groupKey: nameGroupKey(name),
      name,
      aliases: splitList(r['aliases']),
      country: r['country']?.trim() || null,
      listing: {
        since: sinceDate(toIsoDate(r['start-date']), toIsoDate(r['report-date'])),
        until: toIsoDate(r['end-date']),
        program: r['program']?.trim() || null,
        citation: r['source_url']?.trim() || null,
      },
    });
  }
  return { rows, dropped };
}

/**
 * FCC Covered List. Entries are free-text equipment/service descriptions; the named company is
 * the text after "produced by" / "provided by" / "by". Entries naming no company (all foreign
 * drones, routers, inverters, robots) are dropped as `unnamed`; "Updated:" dates are ignored,
 * `since` is the first (inclusion) date.
 */
export function parseFccCovered(text: string): ParsedList {
  const rows: ListRow[] = [];
  const dropped: Record<string, number> = {};
  for (const r of parseCsvObjects(text)) {
    const desc = r['covered_equipment_or_services'] ?? '';
    const m =
      /\b(?:produced(?: or provided)?|provided|supplied, directly or indirectly,) by (.+?)(?:,| or any of| and its| subject to| to the extent|\.$)/.exec(
        desc,
      );
    if (!m || /foreign country/.test(desc)) {
      dropped['unnamed'] = (dropped['unnamed'] ?? 0) + 1;
      continue;
    }
    const name = m[1]!.trim().replace(/\.$/, '');
    const firstDate = /^[A-Za-z]+ \d{1,2}, \d{4}/.exec(
      (r['date_of_inclusion_on_covered_list'] ?? '').trim(),
    )?.[0];
    rows.push({
      groupKey: nameGroupKey(name),
      name,
      aliases: [],
      country: null,
      listing: { since: toIsoDate(firstDate), until: null, program: 'FCC Covered List', citation: null },
    });
  }
  return { rows, dropped };
}
