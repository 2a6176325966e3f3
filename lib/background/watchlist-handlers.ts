import type { Handlers } from '../messaging/handle';
import type { WatchlistBackgroundMessages, WatchlistSummary } from '../messaging/protocol';
import { getDb, type SiyaqDb } from '../storage/db';
import { addItem, createWatchlist, listWatchlists, removeItem } from '../storage/watchlists';
import { readSettings } from '../storage/settings';
import { uiLanguageFor } from '../i18n/browser-language';
import { translate } from '../i18n/translate';
import type { UiLanguage } from '../i18n/language';
import { isKnownEntity } from '../search/entities';

/** The interface language for names the background creates; English if it cannot be resolved. */
async function uiLanguageOrEnglish(): Promise<UiLanguage> {
  try {
    return uiLanguageFor((await readSettings()).uiLanguage);
  } catch {
    return 'en';
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function summaries(db: SiyaqDb, entityId?: string): Promise<WatchlistSummary[]> {
  return (await listWatchlists(db)).map((l) => ({
    id: l.id,
    name: l.name,
    color: l.color,
    hasEntity: entityId !== undefined && l.items.some((i) => i.entityId === entityId),
  }));
}

/**
 * Background handlers for watchlists (Dexie in the extension origin), used by the hover card.
 * Extension pages use the repository directly (same origin) and stay in sync through liveQuery.
 */
export function createWatchlistHandlers(
  options: { db?: () => SiyaqDb; isKnown?: (id: string) => boolean } = {},
): Handlers<WatchlistBackgroundMessages> {
  const db = options.db ?? getDb;
  const isKnown = options.isKnown ?? isKnownEntity;
  return {
    'siyaq:list-watchlists': ({ entityId }) => summaries(db(), entityId),
    'siyaq:add-to-watchlist': async ({ entityId, watchlistId }) => {
      if (!isKnown(entityId)) return { ok: false, error: `unknown entity id "${entityId}"` };
      try {
        let id = watchlistId;
        if (id === undefined) {
          id = (await summaries(db()))[0]?.id;
          if (id === undefined) {
            const language = await uiLanguageOrEnglish();
            id = await createWatchlist(db(), translate('watchlistDefaultName', language));
          }
        }
        await addItem(db(), id, entityId);
        const summary = (await summaries(db(), entityId)).find((s) => s.id === id)!;
        return { ok: true, value: summary };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    },
    'siyaq:remove-from-watchlist': async ({ entityId, watchlistId }) => {
      try {
        await removeItem(db(), entityId, watchlistId);
        return { ok: true, value: null };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    },
  };
}
