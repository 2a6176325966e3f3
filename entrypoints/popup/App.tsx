import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { translate, type MessageKey } from '../../lib/i18n/translate';
import { getDb } from '../../lib/storage/db';
import { updateSettings } from '../../lib/storage/settings';
import { isSiteEnabled, setSiteEnabled, siteHostOf } from '../../lib/storage/sites';
import {
  addItem,
  createWatchlist,
  deleteWatchlist,
  listWatchlists,
  moveWatchlist,
  recolorWatchlist,
  removeItem,
  renameWatchlist,
  restoreWatchlist,
  setItemNote,
} from '../../lib/storage/watchlists';
import { getDetailsStore } from '../../lib/search/entities';
import { createPopupStore } from '../../lib/state/popup-store';
import { revealMention } from '../../lib/watchlists/target-tab';
import { useUiLanguage } from '../../components/ui/use-ui-language';
import { useSettings } from '../../components/ui/use-settings';
import { useLiveQuery } from '../../components/ui/use-live-query';
import { errorMessage, LanguageContext } from '../../components/ui/i18n';
import { Button } from '../../components/ui/Button';
import { Switch } from '../../components/ui/Switch';
import { OnThisPage } from '../../components/watchlist/OnThisPage';
import { pageStateOf } from '../../lib/watchlists/page-state';
import { WatchlistPanel } from '../../components/watchlist/WatchlistPanel';
import { EntityFacts } from '../../components/hover-card/EntityFacts';
import type { WatchlistActions } from '../../components/watchlist/WatchlistCard';
import { NoteField } from '../../components/watchlist/NoteField';

const store = createPopupStore();
const db = getDb();
/** `?tab=<id>` targets a tab explicitly (tests, debugging); a real popup has no query. */
const HAS_TAB_PARAM = new URLSearchParams(location.search).has('tab');

export function App() {
  const language = useUiLanguage();
  const settings = useSettings();
  const { tabId, report, detailsId, undo, error } = useStore(store);
  useEffect(() => store.getState().start(location.search), []);
  const lists = useLiveQuery(() => listWatchlists(db), []);
  const host = siteHostOf(report?.url);
  const siteEnabled = useLiveQuery(async () => (host ? isSiteEnabled(db, host) : true), [host]);
  const guard = useMemo(
    () =>
      async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
        try {
          const value = await work();
          store.getState().setError(null);
          return value;
        } catch (e) {
          store.getState().setError(e instanceof Error ? e.message : String(e));
          return undefined;
        }
      },
    [],
  );
  if (!language || !settings) return null;
  const t = (key: MessageKey, subs?: readonly string[]) => translate(key, language, subs);
  const errorText = error ? errorMessage(error, t) : null;

  const addToDefault = (entityId: string) =>
    guard(async () => {
      let id = lists?.[0]?.id;
      id ??= await createWatchlist(db, t('watchlistDefaultName'));
      await addItem(db, id, entityId);
    });
  const actions: WatchlistActions = {
    rename: async (id, name) => {
      await guard(() => renameWatchlist(db, id, name));
    },
    recolor: async (id, color) => void (await guard(() => recolorWatchlist(db, id, color))),
    move: async (id, delta) => void (await guard(() => moveWatchlist(db, id, delta))),
    remove: async (id) => {
      const deleted = await guard(() => deleteWatchlist(db, id));
      if (deleted) store.getState().setUndo(deleted);
    },
    addItem: async (id, entityId) => void (await guard(() => addItem(db, id, entityId))),
    removeItem: async (id, entityId) => void (await guard(() => removeItem(db, entityId, id))),
    openDetails: (entityId) => store.getState().openDetails(entityId),
  };
  // Wait for the lists too, so rows never show unwatched first and then jump.
  const state =
    lists === undefined || siteEnabled === undefined
      ? 'loading'
      : pageStateOf({ tabId, report, globalEnabled: settings.enabled, siteEnabled });
  const details = detailsId ? getDetailsStore().get(detailsId) : undefined;

  return (
    <LanguageContext value={language}>
      <main className="w-[24rem] bg-white p-4 font-sans text-sm text-slate-900" data-testid="siyaq-popup">
        <header className="mb-2 flex items-baseline justify-between gap-2">
          <h1 className="text-base font-semibold">{t('extName')}</h1>
          <Button variant="ghost" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupOpenOptions')}
          </Button>
        </header>
        <p className="text-slate-700">{t('appTagline')}</p>
        <div className="mt-3 space-y-2 rounded border border-slate-300 p-2">
          <Switch
            label={t('popupGlobalToggle')}
            checked={settings.enabled}
            testId="global-toggle"
            onChange={(enabled) => void updateSettings({ enabled })}
          />
          {host ? (
            <Switch
              label={t('popupSiteToggle', [host])}
              checked={siteEnabled ?? true}
              testId="site-toggle"
              description={t('popupSiteToggleHint')}
              onChange={(enabled) => void guard(() => setSiteEnabled(db, host, enabled))}
            />
          ) : null}
        </div>
        {errorText ? (
          <p
            role="alert"
            className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-red-900"
            data-testid="popup-error"
          >
            {errorText}
          </p>
        ) : null}
        {detailsId ? (
          <section className="mt-4" aria-label={t('popupDetails')}>
            <Button onClick={() => store.getState().openDetails(null)} autoFocus>
              {t('popupBack')}
            </Button>
            <div className="mt-2">
              {details ? (
                <div data-testid="entity-details">
                  <EntityFacts
                    entity={details}
                    language={language}
                    onOpenEntity={(id) => store.getState().openDetails(id)}
                  />
                </div>
              ) : (
                <p>{t('watchlistUnknownEntity', [detailsId])}</p>
              )}
            </div>
            {lists?.length ? (
              <fieldset className="mt-3">
                <legend className="font-semibold">{t('popupOnLists')}</legend>
                {lists.map((list) => {
                  const item = list.items.find((i) => i.entityId === detailsId);
                  return (
                    <div key={list.id}>
                      <label className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          checked={!!item}
                          className="accent-blue-700"
                          onChange={() =>
                            item
                              ? actions.removeItem(list.id, detailsId)
                              : actions.addItem(list.id, detailsId)
                          }
                        />
                        {list.name}
                      </label>
                      {item ? (
                        <NoteField
                          key={item.id}
                          listName={list.name}
                          note={item.note}
                          onSave={(note) => void guard(() => setItemNote(db, item.id, note))}
                        />
                      ) : null}
                    </div>
                  );
                })}
              </fieldset>
            ) : null}
          </section>
        ) : (
          <>
            <OnThisPage
              state={state}
              report={report}
              lists={lists ?? []}
              onReveal={(entityId) =>
                void (
                  tabId != null && revealMention(tabId, entityId).then(() => !HAS_TAB_PARAM && window.close())
                )
              }
              onAdd={(entityId) => void addToDefault(entityId)}
              onDetails={(entityId) => store.getState().openDetails(entityId)}
            />
            <WatchlistPanel
              lists={lists}
              undo={undo}
              actions={actions}
              onCreate={async (name) => (await guard(() => createWatchlist(db, name))) !== undefined}
              onUndo={() => {
                const deleted = store.getState().undo;
                store.getState().setUndo(null);
                if (deleted) void guard(() => restoreWatchlist(db, deleted));
              }}
              onDismissUndo={() => store.getState().setUndo(null)}
            />
          </>
        )}
      </main>
    </LanguageContext>
  );
}
