import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send';

/** Manifest `commands` (wxt.config.ts) → the content script of the active tab. */
export const COMMAND_DIRECTIONS = {
  'siyaq-next-mention': 'next',
  'siyaq-previous-mention': 'previous',
  'siyaq-close-card': 'close',
} as const;

/** Forwards Siyaq's keyboard commands to the active tab's content script. */
export function forwardCommands(): void {
  browser.commands?.onCommand.addListener((command) => {
    const direction = COMMAND_DIRECTIONS[command as keyof typeof COMMAND_DIRECTIONS];
    if (!direction) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) sendToTab(tab.id, 'siyaq:step-mention', { direction }).catch(() => {});
    });
  });
}
