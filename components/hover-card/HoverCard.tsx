/**
 * The card shell: loading / unknown / facts, the watchlist toggle, back and close buttons.
 * Props only (no stores, no browser APIs), so it can be tested and reused alone.
 */
import type { EntityDetails } from '../../lib/data/details';
import { directionOf, type UiLanguage } from '../../lib/i18n/language';
import { translate } from '../../lib/i18n/translate';
import { EntityFacts } from './EntityFacts';

export type CardContent =
  | { status: 'loading' }
  | { status: 'missing'; entityId: string }
  | { status: 'ready'; entity: EntityDetails };

export interface HoverCardProps {
  content: CardContent;
  language: UiLanguage;
  /** Whether the entity is on a watchlist; null while unknown. */
  watched: boolean | null;
  canGoBack: boolean;
  onToggleWatch: () => void;
  onOpenEntity: (entityId: string) => void;
  onBack: () => void;
  onClose: () => void;
}

export function HoverCard(props: HoverCardProps) {
  const { content, language } = props;
  const t = (k: Parameters<typeof translate>[0]) => translate(k, language);
  return (
    <div
      dir={directionOf(language)}
      lang={language}
      role="dialog"
      aria-label={content.status === 'ready' ? content.entity.name : t('cardLoading')}
      data-testid="siyaq-card"
      tabIndex={-1}
      className="w-[360px] max-w-[calc(100vw-16px)] max-h-[min(480px,calc(100vh-16px))] overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 text-start font-sans text-[13px] leading-normal text-slate-900 shadow-xl outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="mb-1 flex items-center gap-2">
        {props.canGoBack ? (
          <button
            type="button"
            onClick={props.onBack}
            className="rounded px-1 text-xs text-sky-700 hover:underline dark:text-sky-300"
          >
            {t('cardBack')}
          </button>
        ) : null}
        <span className="text-[10px] font-semibold tracking-wide text-slate-400">{t('cardBrand')}</span>
        <span className="flex-1" />
        {content.status === 'ready' ? (
          <button
            type="button"
            onClick={props.onToggleWatch}
            disabled={props.watched === null}
            aria-pressed={props.watched === true}
            data-testid="card-watch"
            className="rounded border border-amber-500 px-2 py-0.5 text-xs text-amber-800 hover:bg-amber-50 disabled:opacity-50 dark:text-amber-200 dark:hover:bg-amber-950"
          >
            {props.watched ? t('cardUnwatch') : t('cardWatch')}
          </button>
        ) : null}
        <button
          type="button"
          onClick={props.onClose}
          aria-label={t('cardClose')}
          className="rounded px-1.5 text-base leading-none text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          ×
        </button>
      </div>
      {content.status === 'loading' ? <p>{t('cardLoading')}</p> : null}
      {content.status === 'missing' ? <p>{t('cardNoDetails')}</p> : null}
      {content.status === 'ready' ? (
        <EntityFacts entity={content.entity} language={language} onOpenEntity={props.onOpenEntity} />
      ) : null}
    </div>
  );
}
