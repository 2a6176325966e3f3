import type { Worker } from '@playwright/test';
import { messagePageTab } from './in-extension';

/**
 * Sends the keyboard command's message to the tab showing `pageUrl`, from the service worker,
 * exactly as lib/background/commands.ts forwards `siyaq-next-mention` & co. (Headless Chromium
 * cannot press browser-level shortcuts; the manifest declaration is checked separately.)
 */
export async function stepMention(sw: Worker, pageUrl: string, direction: 'next' | 'previous' | 'close') {
  return (await sw.evaluate(messagePageTab, {
    url: pageUrl,
    message: { type: 'siyaq:step-mention', direction },
  })) as { entityId: string | null };
}
