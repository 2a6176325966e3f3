import type { Worker } from '@playwright/test';

/**
 * Sends the keyboard command's message to the tab showing `pageUrl`, from the service worker,
 * exactly as lib/background/commands.ts forwards `siyaq-next-mention` & co. (Headless Chromium
 * cannot press browser-level shortcuts; the manifest declaration is checked separately.)
 */
export async function stepMention(sw: Worker, pageUrl: string, direction: 'next' | 'previous' | 'close') {
  return sw.evaluate(
    async ([url, dir]) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const report = (await chrome.tabs
          .sendMessage(tab.id, { type: 'siyaq:get-mentions' }, { frameId: 0 })
          .catch(() => null)) as { url: string } | null;
        if (report?.url === url)
          return (await chrome.tabs.sendMessage(
            tab.id,
            { type: 'siyaq:step-mention', direction: dir },
            { frameId: 0 },
          )) as {
            entityId: string | null;
          };
      }
      throw new Error(`no content script answered for ${url}`);
    },
    [pageUrl, direction] as const,
  );
}
