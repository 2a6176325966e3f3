/**
 * Compares curated sanctions facts with the official list entries linked to the same record,
 * for the regimes that have a snapshot. Differences are leads for a data editor (a stale
 * "reported" fact, a missing date, a name the linker missed), never auto-corrected.
 */
import type { CompanyRecord, Regime } from '../record-schema';
import type { ListId } from '../listed';
import type { ListLinkMatch } from './link-listings';

/** Regimes whose official list is among the snapshots, and the program that marks it there. */
export const REGIME_LISTS: Partial<Record<Regime, { list: ListId; program?: string }>> = {
  'us-dod-1260h': { list: 'us-dod-1260h' },
  'us-ofac-ns-cmic': { list: 'us-ofac-cons', program: 'CMIC' },
  'us-ofac-sdn': { list: 'us-ofac-sdn' },
  'eu-sanctions': { list: 'eu-oj-sanctions' },
  'uk-sanctions': { list: 'uk-sanctions' },
};

export interface CrossCheckNote {
  recordId: string;
  regime: Regime;
  message: string;
}

/** Returns one note per (record, regime) where curated facts and the official snapshot disagree. */
export function crossCheckSanctions(records: CompanyRecord[], links: ListLinkMatch[]): CrossCheckNote[] {
  const notes: CrossCheckNote[] = [];
  for (const r of records) {
    for (const [regime, target] of Object.entries(REGIME_LISTS) as [
      Regime,
      { list: ListId; program?: string },
    ][]) {
      const periods = links
        .filter((l) => l.recordId === r.id && l.entity.list === target.list)
        .flatMap((l) =>
          l.entity.listings.filter((p) => !target.program || p.program?.includes(target.program)),
        );
      const facts = r.sanctions.filter((s) => s.regime === regime);
      const open = periods.filter((p) => p.until === null);
      const official = open.length > 0;
      const firstSince =
        periods
          .map((p) => p.since)
          .filter(Boolean)
          .sort()[0] ?? null;
      const listed = facts.filter((f) => f.status === 'listed');
      if (official && !facts.length) {
        notes.push({
          recordId: r.id,
          regime,
          message: `official snapshot lists it (since ${firstSince ?? 'undated'}); no curated ${regime} fact`,
        });
      } else if (official && !listed.length) {
        notes.push({
          recordId: r.id,
          regime,
          message: `official snapshot lists it (since ${firstSince ?? 'undated'}); curated status is ${facts.map((f) => f.status).join(', ')}`,
        });
      } else if (!official && listed.length && periods.length === 0) {
        notes.push({
          recordId: r.id,
          regime,
          message:
            'curated fact says listed; no linked entry in the snapshot (name not matched, or not on this snapshot)',
        });
      } else if (!official && listed.length) {
        notes.push({
          recordId: r.id,
          regime,
          message: 'curated fact says listed; the linked snapshot entry has ended',
        });
      } else if (official && listed.some((f) => f.since === null) && firstSince) {
        notes.push({
          recordId: r.id,
          regime,
          message: `curated listing has no date; the snapshot's earliest listing is ${firstSince}`,
        });
      }
    }
  }
  return notes;
}
