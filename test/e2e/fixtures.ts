import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { findChromium } from '../../scripts/lib/find-browser';
import { PAGE_SERVER_PORT } from '../../playwright.config';
import type { MentionsReport } from '../../lib/messaging/protocol';
import { messagePageTab } from './in-extension';

export const EXTENSION_PATH = resolve(process.env.SIYAQ_OUT_DIR ?? '.output', 'chrome-mv3');
export const PAGE_ORIGIN = `http://127.0.0.1:${PAGE_SERVER_PORT}`;

/**
 * Chromium flags that keep the browser off the network: every host name resolves to nothing
 * except 127.0.0.1/localhost, and the background services that phone home are off.
 */
export const OFFLINE_CHROMIUM_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
  '--disable-gpu',
  '--disable-quic',
  '--disable-domain-reliability',
  '--no-pings',
];

/** Launches Debian Chromium with the built extension in a fresh temporary profile. */
export async function launchWithExtension(options: { headless?: boolean; locale?: string } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROME_PATH)');
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: options.headless ?? true,
    locale: options.locale,
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      ...OFFLINE_CHROMIUM_ARGS,
    ],
  });
}

/** Waits for the extension's service worker and returns it. */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; serviceWorker: Worker }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});
export const expect = test.expect;

/** Opens an extension page (e.g. `popup.html`) as a tab. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/**
 * Asks the content script of the tab showing `pageUrl` for its mentions through the public
 * mentions API (`browser.tabs.sendMessage(tabId, { type: 'siyaq:get-mentions' })`), from the
 * extension's service worker, exactly as an automation would.
 */
export async function getMentions(serviceWorker: Worker, pageUrl: string): Promise<MentionsReport> {
  return (await serviceWorker.evaluate(messagePageTab, { url: pageUrl })) as MentionsReport;
}

/** Polls the mentions API until the initial scan is done. */
export async function waitForScan(
  serviceWorker: Worker,
  pageUrl: string,
  timeoutMs = 15_000,
): Promise<MentionsReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = await getMentions(serviceWorker, pageUrl).catch(() => null);
    if (report?.done) return report;
    if (Date.now() > deadline) throw new Error(`scan of ${pageUrl} not done after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stores settings the way the extension does (`local:siyaq:settings`), from the service worker. */
export async function setSettings(serviceWorker: Worker, change: Record<string, unknown>): Promise<void> {
  await serviceWorker.evaluate(async (c) => {
    const key = 'siyaq:settings';
    const current = ((await chrome.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ [key]: { ...current, ...c } });
  }, change);
}
