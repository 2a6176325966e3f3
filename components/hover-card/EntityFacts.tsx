/**
 * An entity's facts, each with its sources: identity, summary, funding, backers, compute, sanctions
 * and export controls, sources, "data as of". Presentational (props only, no browser APIs); the
 * hover card and the popup's details view both render it. Record strings render as React text.
 * Unknown values say unknown; an empty sanctions section never says "clear".
 */
import type { ReactNode } from 'react';
import type { EntityDetails, EntityRef, OfficialListing, SanctionDetail } from '../../lib/data/details';
import { translate, type MessageKey } from '../../lib/i18n/translate';
import type { UiLanguage } from '../../lib/i18n/language';
import { formatCountry, formatPct, formatUsd, safeHttpsUrl } from './format';

export interface EntityFactsProps {
  entity: EntityDetails;
  language: UiLanguage;
  /** Opens another entity's card (investors, providers named in this one); omitted = plain text. */
  onOpenEntity?: (entityId: string) => void;
}

type T = (key: MessageKey, ...subs: string[]) => string;

const key = (prefix: string, value: string) => `${prefix}${value.replace(/-/g, '_')}` as MessageKey;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-3">
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {title}
      </h3>
      <ul className="mt-1 space-y-1">{children}</ul>
    </section>
  );
}

function Refs({ keys, order }: { keys: readonly string[]; order: readonly string[] }) {
  if (!keys.length) return null;
  return (
    <span className="ms-1 text-[10px] text-slate-500 dark:text-slate-400" data-testid="source-refs">
      {keys.map((k) => `[${order.indexOf(k) + 1}]`).join('')}
    </span>
  );
}

export function EntityFacts({ entity, language, onOpenEntity }: EntityFactsProps) {
  const t: T = (k, ...subs) => translate(k, language, subs);
  const order = Object.keys(entity.sources);
  const unknown = t('cardUnknown');
  const ref = (r: EntityRef) =>
    r.id && onOpenEntity ? (
      <button
        type="button"
        className="cursor-pointer text-sky-700 underline decoration-dotted underline-offset-2 hover:text-sky-900 dark:text-sky-300 dark:hover:text-sky-100"
        onClick={() => onOpenEntity(r.id!)}
      >
        {r.name}
      </button>
    ) : (
      <span>{r.name}</span>
    );
  const refs = (list: EntityRef[]) =>
    list.length
      ? list.map((r, i) => (
          <span key={`${r.name}-${i}`}>
            {i > 0 ? ', ' : ''}
            {ref(r)}
          </span>
        ))
      : unknown;
  const arName = entity.names.ar[0];
  const enName = entity.names.en[0] ?? entity.name;
  const meta = [
    t(key('cardType_', entity.type)),
    entity.country ? formatCountry(entity.country, language) : `${t('cardCountry')}: ${unknown}`,
    ...entity.sectors.map((s) => t(key('cardSector_', s))),
  ];

  return (
    <div data-testid="entity-facts">
      <header>
        <h2 className="text-base font-bold leading-snug" data-testid="card-name">
          <bdi lang="en">{enName}</bdi>
          {arName ? (
            <>
              {' · '}
              <bdi lang="ar">{arName}</bdi>
            </>
          ) : null}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-300">{meta.join(' · ')}</p>
      </header>
      <p className="mt-2 text-[13px]" lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
        {entity.summary[language] || entity.summary.en || unknown}
      </p>

      <Section title={t('cardFunding')}>
        {entity.funding.length === 0 ? <li>{t('cardNoneRecorded')}</li> : null}
        {entity.funding.map((f, i) => (
          <li key={i} data-testid="fact">
            <span className="font-medium">{f.date}</span> · {f.round} ·{' '}
            {f.amountUsd === null
              ? t('cardAmountUnknown')
              : f.amountIsCeiling
                ? t('cardAmountUpTo', formatUsd(f.amountUsd, language))
                : formatUsd(f.amountUsd, language)}{' '}
            ·{' '}
            {f.valuationUsd !== null
              ? t('cardValuation', formatUsd(f.valuationUsd, language))
              : t('cardValuationUnknown')}
            {' · '}
            {t('cardLead')}: {refs(f.lead)}
            <Refs keys={f.sources} order={order} />
          </li>
        ))}
        {entity.backers.map((b, i) => (
          <li key={`b${i}`} data-testid="fact">
            {t('cardBacker')}: {ref(b.backer)} ·{' '}
            {b.stakePct !== null ? t('cardStake', formatPct(b.stakePct, language)) : t('cardStakeUnknown')}
            {b.asOf ? ` (${b.asOf})` : ''}
            <Refs keys={b.sources} order={order} />
          </li>
        ))}
      </Section>

      <Section title={t('cardCompute')}>
        {entity.cloud.length + entity.chips.length === 0 ? <li>{t('cardNoneRecorded')}</li> : null}
        {entity.cloud.map((c, i) => (
          <li key={i} data-testid="fact">
            {t('cardCloud')}: {ref(c.provider)} — {t(key('cardRelation_', c.relation))}
            {c.asOf ? ` (${c.asOf})` : ''}
            <Refs keys={c.sources} order={order} />
          </li>
        ))}
        {entity.chips.map((c, i) => (
          <li key={`c${i}`} data-testid="fact">
            {t('cardChips')}: {ref(c.vendor)}
            {c.asOf ? ` (${c.asOf})` : ''}
            <Refs keys={c.sources} order={order} />
          </li>
        ))}
      </Section>

      <Section title={t('cardSanctions')}>
        {uniqueListings(entity.officialListings).map((l, i) => (
          <Listing key={l.entryId + i} listing={l} t={t} />
        ))}
        {entity.sanctions.map((s, i) => (
          <Sanction key={`s${i}`} fact={s} t={t} refs={<Refs keys={s.sources} order={order} />} />
        ))}
        {entity.officialListings.length + entity.sanctions.length === 0 ? (
          <li>{t('cardNoListing')}</li>
        ) : null}
      </Section>

      <Section title={t('cardSources')}>
        {order.map((k, i) => {
          const s = entity.sources[k]!;
          const href = safeHttpsUrl(s.url);
          return (
            <li key={k} className="text-xs" data-testid="source">
              [{i + 1}] {s.publisher}, {s.published ?? t('cardDateUnknown')}
              {href ? (
                <>
                  {' — '}
                  <a
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="text-sky-700 underline dark:text-sky-300"
                  >
                    {new URL(href).hostname}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </Section>
      <p className="mt-2 text-[11px] text-slate-500 dark:text-slate-400">
        {t('cardDataAsOf', entity.dataAsOf ?? unknown)}
      </p>
    </div>
  );
}

/**
 * One line per listing of an entry. A list republished every year (DoD 1260H) names an entry in
 * each edition as a period of its own with no end: those open periods are one listing, since the
 * earliest edition (with that edition's citation). A period that ended stays a line of its own.
 */
function uniqueListings(listings: readonly OfficialListing[]): OfficialListing[] {
  const byEntry = new Map<string, OfficialListing>();
  const out: OfficialListing[] = [];
  for (const l of listings) {
    const k = [l.list, l.entryName, l.program, l.match, l.until ?? 'open', l.until ? l.since : ''].join('|');
    const kept = byEntry.get(k);
    if (!kept) {
      byEntry.set(k, l);
      out.push(l);
    } else if (!l.until && l.since && (!kept.since || l.since < kept.since)) {
      out[out.indexOf(kept)] = l;
      byEntry.set(k, l);
    }
  }
  return out;
}

function Listing({ listing: l, t }: { listing: OfficialListing; t: T }) {
  const citation = safeHttpsUrl(l.citation);
  const text =
    l.match === 'name'
      ? l.since
        ? t('cardPossibleMatchSince', l.entryName, l.listName, l.since)
        : t('cardPossibleMatch', l.entryName, l.listName)
      : l.until
        ? t('cardDelistedFrom', l.listName, l.since ?? '?', l.until)
        : l.since
          ? t('cardListedOn', l.listName, l.since)
          : t('cardListedOnNoDate', l.listName);
  return (
    <li data-testid="fact" data-listing={l.match}>
      <span
        className={
          l.match === 'name'
            ? 'text-amber-700 dark:text-amber-300'
            : 'font-medium text-rose-700 dark:text-rose-300'
        }
      >
        {text}
      </span>
      {l.program ? ` (${l.program})` : ''}
      <span className="ms-1 text-[10px] text-slate-500 dark:text-slate-400">
        {t('cardListSnapshot', l.snapshotDate)}
        {citation ? (
          <>
            {' · '}
            <a href={citation} target="_blank" rel="noopener noreferrer" className="underline">
              {t('cardCitation')}
            </a>
          </>
        ) : l.citation ? (
          ` · ${l.citation}`
        ) : (
          ''
        )}
      </span>
    </li>
  );
}

function Sanction({ fact: s, t, refs }: { fact: SanctionDetail; t: T; refs: ReactNode }) {
  const regime = t(key('cardRegime_', s.regime));
  const status = {
    listed: 'cardSanctionListed',
    reported: 'cardSanctionReported',
    exposed: 'cardSanctionExposed',
    delisted: 'cardSanctionDelisted',
  }[s.status] as MessageKey;
  return (
    <li data-testid="fact">
      <span className="font-medium">{t(status, regime)}</span>
      {s.since ? ` · ${t('cardSince', s.since)}` : ''}
      {s.citation ? ` (${s.citation})` : ''}
      {s.note ? <span className="block text-xs text-slate-600 dark:text-slate-300">{s.note}</span> : null}
      {refs}
    </li>
  );
}
