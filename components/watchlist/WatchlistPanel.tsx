import { useId, useState } from 'react';
import type { DeletedWatchlist, WatchlistWithItems } from '../../lib/storage/watchlists';
import { Button } from '../ui/Button';
import { useT } from '../ui/i18n';
import { WatchlistCard, type WatchlistActions } from './WatchlistCard';

/** The popup's watchlists section: create, the lists, and the undo bar after a delete. */
export function WatchlistPanel({
  lists,
  undo,
  actions,
  onCreate,
  onUndo,
  onDismissUndo,
}: {
  lists: WatchlistWithItems[] | undefined;
  undo: DeletedWatchlist | null;
  actions: WatchlistActions;
  onCreate: (name: string) => Promise<boolean>;
  onUndo: () => void;
  onDismissUndo: () => void;
}) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  return (
    <section className="mt-4" aria-labelledby="watchlists-heading">
      <h2 id="watchlists-heading" className="mb-1 font-semibold">
        {t('popupWatchlists')}
      </h2>
      <form
        className="flex items-end gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          void onCreate(name).then((ok) => ok && setName(''));
        }}
      >
        <div className="grow">
          <label htmlFor={id} className="block text-xs font-medium">
            {t('watchlistNewLabel')}
          </label>
          <input
            id={id}
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="w-full rounded border border-slate-500 px-2 py-1"
            data-testid="new-watchlist-name"
          />
        </div>
        <Button type="submit" variant="primary">
          {t('watchlistCreate')}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {undo ? (
          <div className="mt-2 flex items-center gap-2 rounded bg-slate-100 p-2" data-testid="undo-bar">
            <span className="grow">{t('watchlistDeleted', [undo.list.name])}</span>
            <Button variant="primary" onClick={onUndo}>
              {t('watchlistUndo')}
            </Button>
            <Button variant="ghost" onClick={onDismissUndo} aria-label={t('watchlistDismiss')}>
              ×
            </Button>
          </div>
        ) : null}
      </div>
      {lists === undefined ? null : lists.length ? (
        <ul className="mt-2 space-y-2">
          {lists.map((list, i) => (
            <WatchlistCard
              key={list.id}
              list={list}
              isFirst={i === 0}
              isLast={i === lists.length - 1}
              actions={actions}
            />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">{t('watchlistNone')}</p>
      )}
    </section>
  );
}
