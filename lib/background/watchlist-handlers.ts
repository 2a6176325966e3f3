import type { Handlers } from '../messaging/handle';
import type { WatchlistBackgroundMessages } from '../messaging/protocol';

/** Background handlers for watchlists (Dexie in the extension origin). */
export function createWatchlistHandlers(): Handlers<WatchlistBackgroundMessages> {
  return {
    'siyaq:list-watchlists': () => [],
    'siyaq:add-to-watchlist': () => ({ ok: false, error: 'not implemented' }),
    'siyaq:remove-from-watchlist': () => ({ ok: false, error: 'not implemented' }),
  };
}
