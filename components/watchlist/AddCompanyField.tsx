import { useId, useMemo, useState } from 'react';
import { createCompanySearch } from '../../lib/search/company-search';
import { entityDisplayName, getDetailsStore } from '../../lib/search/entities';
import { useLanguage, useT } from '../ui/i18n';

let search: ReturnType<typeof createCompanySearch> | null = null;

/**
 * Search box that finds a company by any of its names (Arabic, English, Chinese, legal), through
 * the shared normalization. Results are plain buttons under the field: Tab reaches them, Enter in
 * the field adds the first one.
 */
export function AddCompanyField({
  listName,
  existing,
  onAdd,
}: {
  listName: string;
  existing: ReadonlySet<string>;
  onAdd: (entityId: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => {
    search ??= createCompanySearch(getDetailsStore().all());
    return search.search(query, 6);
  }, [query]);
  const add = (entityId: string) => {
    onAdd(entityId);
    setQuery('');
  };
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-xs font-medium text-slate-800">
        {t('watchlistAddCompany', [listName])}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        placeholder={t('watchlistSearchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0] && !existing.has(hits[0].id)) {
            e.preventDefault();
            add(hits[0].id);
          }
        }}
        className="mt-1 w-full rounded border border-slate-500 px-2 py-1"
        aria-describedby={`${id}-r`}
      />
      <div id={`${id}-r`} aria-live="polite">
        {query.trim() && !hits.length ? (
          <p className="mt-1 text-xs text-slate-700">{t('watchlistNoResults')}</p>
        ) : null}
      </div>
      {hits.length ? (
        <ul className="mt-1 space-y-1" aria-label={t('watchlistSearchResults')}>
          {hits.map((hit) => {
            const name = entityDisplayName(hit.id, language);
            const already = existing.has(hit.id);
            return (
              <li key={hit.id}>
                <button
                  type="button"
                  disabled={already}
                  data-testid={`search-hit-${hit.id}`}
                  onClick={() => add(hit.id)}
                  className="w-full rounded border border-slate-300 px-2 py-1 text-start hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700 disabled:text-slate-600"
                >
                  {already ? t('watchlistAlreadyOnList', [name]) : t('watchlistAddNamed', [name])}
                  {hit.matched !== name ? (
                    <span className="ms-1 text-xs text-slate-700">({hit.matched})</span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
