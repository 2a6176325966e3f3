import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';
import { startPageServer } from '../e2e/server';
import { getMentions, launchFirefoxWithExtension, openExtensionPage, poll, setSettings } from './firefox';

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await startPageServer(0));
  browser = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('Firefox ESR with the built extension', () => {
  it('runs the content script on a 127.0.0.1 page', async () => {
    const page = await browser.newPage();
    const url = `${origin}/demo/`;
    await page.goto(url);
    const extensionPage = await openExtensionPage(browser, 'popup.html', 'main');
    const report = await poll(() => getMentions(extensionPage, url));
    expect(report.url).toBe(url);
    await page.close();
    await extensionPage.close();
  });

  for (const [language, heading, dir] of [
    ['en', 'On this page', 'ltr'],
    ['ar', 'في هذه الصفحة', 'rtl'],
  ] as const) {
    it(`renders the popup in ${language}`, async () => {
      const setup = await openExtensionPage(browser, 'popup.html', 'main');
      await setSettings(setup, { uiLanguage: language });
      await setup.close();
      const popup = await openExtensionPage(browser, 'popup.html', '#on-this-page');
      const seen = await poll(() =>
        popup
          .evaluate(() => ({
            heading: document.querySelector('#on-this-page')?.textContent,
            dir: document.documentElement.dir,
            lang: document.documentElement.lang,
          }))
          .then((s) => (s.heading === heading ? s : null)),
      );
      expect(seen).toEqual({ heading, dir, lang: language });
      await popup.close();
    });
  }
});
