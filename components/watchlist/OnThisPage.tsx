import type { MentionsReport } from '../../lib/messaging/protocol';
import type { WatchlistWithItems } from '../../lib/storage/watchlists';
import { countMentions } from '../../lib/watchlists/target-tab';
import { entityDisplayName } from '../../lib/search/entities';
import type { PageState } from '../../lib/watchlists/page-state';
import { Button } from '../ui/Button';
import { useLanguage, useT } from '../ui/i18n';

const STATE_KEYS = {
  loading: 'popupLoading',
  'no-tab': 'popupNoTab',
  unsupported: 'popupUnsupported',
  'global-off': 'popupGlobalOff',
  'site-off': 'popupSiteOff',
  scanning: 'popupScanning',
  empty: 'popupNoCompanies',
} as const;

/** "On this page": the companies found on the target tab, watched ones first. */
export function OnThisPage({
  state,
  report,
  lists,
  onReveal,
  onAdd,
  onDetails,
}: {
  state: PageState;
  report: MentionsReport | null | undefined;
  lists: WatchlistWithItems[];
  onReveal: (entityId: string) => void;
  onAdd: (entityId: string) => void;
  onDetails: (entityId: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const watchedBy = new Map<string, WatchlistWithItems[]>();
  for (const list of lists)
    for (const item of list.items)
      watchedBy.set(item.entityId, [...(watchedBy.get(item.entityId) ?? []), list]);
  const rows = state === null && report ? countMentions(report) : [];
  rows.sort((a, b) => Number(watchedBy.has(b.entityId)) - Number(watchedBy.has(a.entityId)));
  return (
    <section className="mt-4" aria-labelledby="on-this-page">
      <h2 id="on-this-page" className="mb-1 font-semibold">
        {t('popupOnThisPage')}
      </h2>
      {state !== null ? (
        <p className="text-slate-700" data-testid="page-state" data-state={state}>
          {t(STATE_KEYS[state])}
        </p>
      ) : (
        <ul className="space-y-1" data-testid="page-companies">
          {rows.map(({ entityId, count }) => {
            const name = entityDisplayName(entityId, language);
            const watched = watchedBy.get(entityId);
            return (
              <li
                key={entityId}
                className="flex items-center gap-1"
                data-testid={`page-company-${entityId}`}
                data-watched={watched ? 'true' : 'false'}
              >
                {watched ? (
                  <span
                    className="inline-block h-3 w-3 shrink-0 rounded-full"
                    style={{ backgroundColor: watched[0]!.color }}
                    aria-hidden="true"
                  />
                ) : null}
                <button
                  type="button"
                  className="grow truncate rounded px-1 text-start text-blue-800 underline hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700"
                  onClick={() => onReveal(entityId)}
                  aria-label={t('popupRevealNamed', [name])}
                >
                  {name}
                </button>
                {watched ? (
                  <span className="text-xs font-medium text-slate-800">{t('popupWatched')}</span>
                ) : null}
                <span
                  className="text-xs text-slate-700"
                  data-testid="mention-count"
                  aria-label={t('popupMentionCount', [String(count)])}
                >
                  ×{count}
                </span>
                <Button
                  variant="ghost"
                  onClick={() => onDetails(entityId)}
                  aria-label={t('popupDetailsNamed', [name])}
                >
                  ⓘ
                </Button>
                {watched ? null : (
                  <Button
                    variant="ghost"
                    onClick={() => onAdd(entityId)}
                    aria-label={t('popupAddNamed', [name])}
                  >
                    +
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
