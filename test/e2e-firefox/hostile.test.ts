// Hostile and heavy pages in Firefox ESR: the same generated pages as the Chromium suite. For each,
// the mentions API must equal a fresh scan of the final DOM by the same engine in Node and the
// content script must report no internal error; its longest task is printed, not gated.
// (Console errors of Firefox content scripts are not visible over WebDriver BiDi, so the content
// script's own error count, reported with its stats, stands in for them.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { Server } from 'node:http';
import { startPageServer } from '../e2e/server';
import { FUZZ_SEEDS, HOSTILE_PAGES, flattenDocumentHtml, writeHostilePages } from '../e2e/hostile-pages';
import { asKeys, referenceMentions } from '../e2e/reference-scan';
import type { MentionsReport } from '../../lib/messaging/protocol';
import { getMentions, launchFirefoxWithExtension, openExtensionPage, poll } from './firefox';

let browser: Browser;
let server: Server;
let origin: string;
let ext: Page;

beforeAll(async () => {
  writeHostilePages();
  ({ server, origin } = await startPageServer(0));
  browser = await launchFirefoxWithExtension();
  ext = await openExtensionPage(browser, 'popup.html', 'body');
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function finalReport(url: string): Promise<MentionsReport> {
  await poll(async () => (await getMentions(ext, url)).done, 60_000);
  await new Promise((r) => setTimeout(r, 500));
  return getMentions(ext, url);
}

type Stats = { stats?: { longestTaskMs?: number; longestTaskKind?: string; errors?: number } };

describe('hostile pages in Firefox ESR', () => {
  for (const name of Object.keys(HOSTILE_PAGES)) {
    it(
      name,
      async () => {
        const page = await browser.newPage();
        const url = `${origin}/generated/${name}.html`;
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        if (name === 'body-churn') {
          await page.waitForFunction(() => document.title === 'churn done', { timeout: 30_000 });
          await new Promise((r) => setTimeout(r, 1500));
        }
        const report = (await finalReport(url)) as MentionsReport & Stats;
        expect(asKeys(report.mentions)).toEqual(
          asKeys(referenceMentions(await page.evaluate(flattenDocumentHtml))),
        );
        expect(report.stats?.errors ?? -1, 'content script errors').toBe(0);
        expect(report.stats?.longestTaskMs).toBeTypeOf('number');
        console.log(
          `firefox ${name}: ${report.mentions.length} mentions, longest task ${report.stats?.longestTaskMs?.toFixed(1)} ms (${report.stats?.longestTaskKind})`,
        );
        await page.close();
      },
      120_000,
    );
  }

  it(`mutation fuzzing (seed ${FUZZ_SEEDS[0]}): mentions equal a fresh scan`, async () => {
    const page = await browser.newPage();
    const url = `${origin}/generated/fuzz-${FUZZ_SEEDS[0]}.html`;
    await page.goto(url);
    await page.waitForFunction(() => document.title === 'fuzz done', { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1500));
    const report = (await finalReport(url)) as MentionsReport & Stats;
    expect(report.mentions.length).toBeGreaterThan(0);
    expect(asKeys(report.mentions)).toEqual(
      asKeys(referenceMentions(await page.evaluate(flattenDocumentHtml))),
    );
    expect(report.stats?.errors ?? -1).toBe(0);
    await page.close();
  }, 120_000);
});
