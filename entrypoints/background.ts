import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../lib/messaging/handle';
import type { BackgroundMessages } from '../lib/messaging/protocol';

// The background owns extension-origin state (Dexie, settings) and answers typed messages.
// It holds no DOM code and never touches the network.
export default defineBackground(() => {
  handleMessages<BackgroundMessages>({
    'siyaq:ping': () => ({ version: browser.runtime.getManifest().version }),
  });
});
