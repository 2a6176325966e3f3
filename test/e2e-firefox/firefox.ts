import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { findFirefox } from '../../scripts/lib/find-browser';
import { GECKO_ID } from '../../wxt.config';
import type { MentionsReport } from '../../lib/messaging/protocol';
import { messagePageTab } from '../e2e/in-extension';

export const FIREFOX_EXTENSION_PATH = resolve(process.env.SIYAQ_OUT_DIR ?? '.output', 'firefox-mv3');

/** Pinned moz-extension UUID, so tests can open extension pages by URL. */
export const EXTENSION_UUID = '5e1f2c0a-5a11-4c0d-9a9e-51a9a0000001';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * Launches Firefox ESR headless with the built extension installed as a temporary add-on.
 * `network.dns.forceResolve` sends every host name to 127.0.0.1, so nothing leaves the machine.
 */
export async function launchFirefoxWithExtension(
  options: { withExtension?: boolean; prefs?: Record<string, unknown> } = {},
): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('Firefox not found: apt-get install firefox-esr (or set FIREFOX_PATH)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      'intl.locale.requested': 'en-US',
      // No DNS-over-HTTPS: name resolution stays local, so forceResolve holds.
      'network.trr.mode': 5,
      ...options.prefs,
    },
  });
  if (options.withExtension ?? true) await browser.installExtension(FIREFOX_EXTENSION_PATH);
  return browser;
}

/**
 * Opens an extension page. Navigating into moz-extension:// switches the tab's process, so
 * puppeteer's `goto` never resolves: start it, don't await it, and wait for the page instead.
 */
export async function openExtensionPage(
  browser: Browser,
  path: string,
  readySelector = 'body',
): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 10_000 }).catch(() => {});
  // Poll by hand: during the process switch an evaluation can fail with a transient protocol
  // error, which puppeteer's waitForFunction does not retry.
  await poll(
    () =>
      page.evaluate(
        (selector) => location.protocol === 'moz-extension:' && document.querySelector(selector) !== null,
        readySelector,
      ),
    20_000,
  );
  return page;
}

/** Calls the public mentions API for the tab showing `pageUrl`, from an extension page. */
export async function getMentions(extensionPage: Page, pageUrl: string): Promise<MentionsReport> {
  return (await extensionPage.evaluate(messagePageTab, { url: pageUrl })) as MentionsReport;
}

/** Polls `fn` until it returns a truthy value. */
export async function poll<T>(fn: () => Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms: ${String(lastError ?? 'no value')}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Stores settings from an extension page, as the extension itself does. */
export async function setSettings(extensionPage: Page, change: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (c) => {
    const api = chrome;
    const key = 'siyaq:settings';
    const current = ((await api.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
    await api.storage.local.set({ [key]: { ...current, ...c } });
  }, change);
}
