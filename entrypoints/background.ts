import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../lib/messaging/handle';
import type { BackgroundMessages } from '../lib/messaging/protocol';
import { createPageHandlers } from '../lib/background/page-handlers';
import { createWatchlistHandlers } from '../lib/background/watchlist-handlers';
import { startWatchlistBackground } from '../lib/background/watchlist-background';
import { forwardCommands } from '../lib/background/commands';

// The background owns extension-origin state (Dexie, settings) and answers typed messages.
// It holds no DOM code and never touches the network.
export default defineBackground(() => {
  handleMessages<BackgroundMessages>({ ...createPageHandlers(), ...createWatchlistHandlers() });
  startWatchlistBackground();
  forwardCommands();
});
