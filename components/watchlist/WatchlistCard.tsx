import { useId, useState } from 'react';
import type { WatchlistWithItems } from '../../lib/storage/watchlists';
import { WATCHLIST_COLORS } from '../../lib/storage/watchlists';
import { entityDisplayName } from '../../lib/search/entities';
import type { MessageKey } from '../../lib/i18n/translate';
import { Button } from '../ui/Button';
import { useLanguage, useT } from '../ui/i18n';
import { AddCompanyField } from './AddCompanyField';

const COLOR_NAMES: Record<(typeof WATCHLIST_COLORS)[number], MessageKey> = {
  '#1d4ed8': 'watchlistColorBlue',
  '#047857': 'watchlistColorGreen',
  '#b45309': 'watchlistColorAmber',
  '#b91c1c': 'watchlistColorRed',
  '#7e22ce': 'watchlistColorPurple',
  '#0f766e': 'watchlistColorTeal',
  '#be185d': 'watchlistColorPink',
  '#4b5563': 'watchlistColorGray',
};

export interface WatchlistActions {
  rename(id: number, name: string): Promise<void>;
  recolor(id: number, color: string): Promise<void>;
  move(id: number, delta: -1 | 1): Promise<void>;
  remove(id: number): Promise<void>;
  addItem(id: number, entityId: string): Promise<void>;
  removeItem(id: number, entityId: string): Promise<void>;
  openDetails(entityId: string): void;
}

/** One watchlist: header with its controls, its companies, and the add-company field. */
export function WatchlistCard({
  list,
  isFirst,
  isLast,
  actions,
}: {
  list: WatchlistWithItems;
  isFirst: boolean;
  isLast: boolean;
  actions: WatchlistActions;
}) {
  const t = useT();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(list.name);
  const colorId = useId();
  const nameId = useId();
  const existing = new Set(list.items.map((i) => i.entityId));
  return (
    <li
      className="rounded border border-slate-300 p-2"
      style={{ borderInlineStartColor: list.color, borderInlineStartWidth: 6 }}
      data-testid="watchlist"
      aria-labelledby={`${nameId}-h`}
    >
      {editing ? (
        <form
          className="flex items-end gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            void actions.rename(list.id, draft).then(() => setEditing(false));
          }}
        >
          <div className="grow">
            <label htmlFor={nameId} className="block text-xs font-medium">
              {t('watchlistNameLabel')}
            </label>
            <input
              id={nameId}
              value={draft}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
              className="w-full rounded border border-slate-500 px-2 py-1"
            />
          </div>
          <Button type="submit" variant="primary">
            {t('watchlistSave')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('watchlistCancel')}</Button>
        </form>
      ) : (
        <div className="flex items-center gap-1">
          <h3 id={`${nameId}-h`} className="grow truncate font-semibold" data-testid="watchlist-name">
            {list.name}
          </h3>
          <span className="text-xs text-slate-700">{t('watchlistCount', [String(list.items.length)])}</span>
        </div>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-1">
        <Button
          variant="ghost"
          onClick={() => {
            setDraft(list.name);
            setEditing(true);
          }}
          aria-label={t('watchlistRenameNamed', [list.name])}
        >
          {t('watchlistRename')}
        </Button>
        <label htmlFor={colorId} className="sr-only">
          {t('watchlistColorNamed', [list.name])}
        </label>
        <select
          id={colorId}
          value={list.color}
          onChange={(e) => void actions.recolor(list.id, e.target.value)}
          className="rounded border border-slate-400 px-1 py-1 text-xs"
        >
          {!(list.color in COLOR_NAMES) ? <option value={list.color}>{list.color}</option> : null}
          {WATCHLIST_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(COLOR_NAMES[c])}
            </option>
          ))}
        </select>
        <Button
          variant="ghost"
          disabled={isFirst}
          onClick={() => void actions.move(list.id, -1)}
          aria-label={t('watchlistMoveUpNamed', [list.name])}
        >
          ↑
        </Button>
        <Button
          variant="ghost"
          disabled={isLast}
          onClick={() => void actions.move(list.id, 1)}
          aria-label={t('watchlistMoveDownNamed', [list.name])}
        >
          ↓
        </Button>
        <Button
          variant="danger"
          onClick={() => void actions.remove(list.id)}
          aria-label={t('watchlistDeleteNamed', [list.name])}
        >
          {t('watchlistDelete')}
        </Button>
      </div>
      {list.items.length ? (
        <ul className="mt-2 space-y-1" aria-label={t('watchlistCompaniesOf', [list.name])}>
          {list.items.map((item) => {
            const name = entityDisplayName(item.entityId, language);
            return (
              <li
                key={item.id}
                className="flex items-center gap-1"
                data-testid={`watchlist-item-${item.entityId}`}
              >
                <button
                  type="button"
                  className="grow truncate rounded px-1 text-start text-blue-800 underline hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700"
                  onClick={() => actions.openDetails(item.entityId)}
                >
                  {name}
                </button>
                <Button
                  variant="ghost"
                  onClick={() => void actions.removeItem(list.id, item.entityId)}
                  aria-label={t('watchlistRemoveNamed', [name, list.name])}
                >
                  {t('watchlistRemove')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2 text-xs text-slate-700">{t('watchlistEmpty')}</p>
      )}
      <AddCompanyField
        listName={list.name}
        existing={existing}
        onAdd={(entityId) => void actions.addItem(list.id, entityId)}
      />
    </li>
  );
}
