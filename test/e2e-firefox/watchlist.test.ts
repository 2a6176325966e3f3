import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { Server } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPageServer } from '../e2e/server';
import { getMentions, launchFirefoxWithExtension, openExtensionPage, poll, setSettings } from './firefox';

/*
 * Watchlists end to end in Firefox ESR (issue 6): the same journeys as test/e2e/watchlist-*.spec.ts,
 * driven with puppeteer over WebDriver BiDi. One browser for the file; each step starts from the
 * state the previous one left (documented per step).
 */

let browser: Browser;
let server: Server;
let origin: string;
let dir: string;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  ({ server, origin } = await startPageServer(0));
  browser = await launchFirefoxWithExtension();
  dir = await mkdtemp(join(tmpdir(), 'siyaq-ff-'));
  const setup = await openExtensionPage(browser, 'popup.html', 'main');
  await setSettings(setup, { uiLanguage: 'en' });
  await setup.close();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Names and items of every list as the popup shows them. */
function listsShown(popup: Page) {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="watchlist"]')].map((l) => ({
      name: l.querySelector('[data-testid="watchlist-name"]')?.textContent ?? '',
      color: (l.querySelector('select') as HTMLSelectElement | null)?.value ?? '',
      items: [...l.querySelectorAll('[data-testid^="watchlist-item-"]')].map((i) =>
        i.getAttribute('data-testid')!.replace('watchlist-item-', ''),
      ),
    })),
  );
}

async function createList(popup: Page, name: string) {
  await popup.click('[data-testid="new-watchlist-name"]');
  await popup.type('[data-testid="new-watchlist-name"]', name);
  await popup.keyboard.press('Enter');
  await poll(async () => (await listsShown(popup)).some((l) => l.name === name));
}

/** Types a query into the list's search box and clicks the hit for `entityId`. */
async function addByQuery(popup: Page, listName: string, query: string, entityId: string) {
  const index = (await listsShown(popup)).findIndex((l) => l.name === listName);
  const box = `[data-testid="watchlist"]:nth-of-type(${index + 1}) input[type="search"]`;
  await popup.click(box);
  await popup.type(box, query);
  const hit = await popup.waitForSelector(
    `[data-testid="watchlist"]:nth-of-type(${index + 1}) [data-testid="search-hit-${entityId}"]`,
  );
  await hit!.click();
  await poll(async () => (await listsShown(popup))[index]!.items.includes(entityId));
}

/** Clicks the button whose accessible name (aria-label, else text) is `name`. */
async function clickButton(page: Page, name: string) {
  const ok = await page.evaluate((n) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n,
    );
    button?.click();
    return !!button;
  }, name);
  if (!ok) throw new Error(`no button "${name}"`);
}

async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id !== undefined && tab.url === u) return tab.id;
    }
    throw new Error(`no tab shows ${u}`);
  }, url);
}

const badgeText = (extensionPage: Page, tabId: number) =>
  extensionPage.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

const highlightCount = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

async function axeViolations(page: Page) {
  await page.evaluate(`${axeSource};undefined`);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: unknown[] }[]; passes: unknown[] };
    const result = await (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run();
    // Fails loudly if axe did not actually check anything.
    if (result.passes.length < 10) return [`axe checked too little (${result.passes.length} passes)`];
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('watchlists in Firefox', () => {
  const pageUrl = () => `${origin}/pages/en-04-stargate-uae-g42-mgx.html`;

  it('creates a list and adds companies by an Arabic and an English query', async () => {
    const popup = await openExtensionPage(browser, 'popup.html', '[data-testid="new-watchlist-name"]');
    await createList(popup, 'Gulf AI');
    await addByQuery(popup, 'Gulf AI', 'انفيديا', 'nvidia');
    await addByQuery(popup, 'Gulf AI', 'G42', 'g42');
    expect(await listsShown(popup)).toEqual([
      { name: 'Gulf AI', color: '#1d4ed8', items: ['nvidia', 'g42'] },
    ]);
    await popup.close();
  });

  it('badge and "on this page" on a dev page with watched companies; add from the hover card', async () => {
    // State: "Gulf AI" watches nvidia and g42.
    const page = await browser.newPage();
    await page.goto(pageUrl());
    const ext = await openExtensionPage(browser, 'options.html', 'main');
    const report = await poll(async () => {
      const r = await getMentions(ext, pageUrl());
      return r.done ? r : null;
    });
    const tabId = await tabIdOf(ext, pageUrl());
    expect(new Set(report.mentions.map((m) => m.entityId)).has('g42')).toBe(true);
    await poll(async () => (await badgeText(ext, tabId)) === '2');

    const popup = await openExtensionPage(
      browser,
      `popup.html?tab=${tabId}`,
      '[data-testid="page-companies"]',
    );
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="page-company-"]')].map((li) => [
        li.getAttribute('data-testid')!.replace('page-company-', ''),
        li.getAttribute('data-watched'),
        Number(li.querySelector('[data-testid="mention-count"]')!.textContent!.replace('×', '')),
      ]),
    );
    const counts = new Map<string, number>();
    for (const m of report.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    expect(rows.map(([id, , n]) => [id, n]).sort()).toEqual([...counts].sort());
    expect(
      rows
        .slice(0, 2)
        .map(([id, w]) => [id, w])
        .sort(),
    ).toEqual([
      ['g42', 'true'],
      ['nvidia', 'true'],
    ]);

    // Add from the hover card: open MGX's card on the page and press its watch button.
    await ext.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'siyaq:reveal-mention', entityId: 'mgx' }, { frameId: 0 }),
      tabId,
    );
    const watch = await page.waitForSelector('>>> [data-testid="card-watch"]:not([disabled])');
    await watch!.click();
    await page.waitForSelector('>>> [data-testid="card-watch"][aria-pressed="true"]');
    await poll(async () => (await badgeText(ext, tabId)) === '3');
    await poll(() =>
      popup.evaluate(
        () =>
          document.querySelector('[data-testid="page-company-mgx"]')?.getAttribute('data-watched') === 'true',
      ),
    );
    await Promise.all([popup.close(), ext.close(), page.close()]);
  });

  it('the per-site toggle removes the highlights on the open page without reload', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl());
    const ext = await openExtensionPage(browser, 'options.html', 'main');
    // Count once the scan is done: its highlights are drawn in batches until then.
    await poll(async () => (await getMentions(ext, pageUrl())).done || null);
    const before = await poll(async () => {
      const n = await highlightCount(page);
      return n > 5 ? n : 0;
    });
    const tabId = await tabIdOf(ext, pageUrl());
    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`, '[data-testid="site-toggle"]');
    await popup.click('[data-testid="site-toggle"]');
    await poll(async () => (await highlightCount(page)) === 0);
    await poll(() =>
      popup.evaluate(
        () => document.querySelector('[data-testid="page-state"]')?.getAttribute('data-state') === 'site-off',
      ),
    );
    await popup.click('[data-testid="site-toggle"]');
    await poll(async () => (await highlightCount(page)) === before);
    await Promise.all([popup.close(), ext.close(), page.close()]);
  });

  it('export JSON → delete all → import brings the same lists back; a malformed file is rejected', async () => {
    // State: "Gulf AI" with nvidia, g42, mgx.
    const popup = await openExtensionPage(browser, 'popup.html', '[data-testid="watchlist"]');
    await createList(popup, 'Chips');
    await addByQuery(popup, 'Chips', 'tsmc', 'tsmc');
    const before = await listsShown(popup);

    const options = await openExtensionPage(browser, 'options.html', '[data-testid="export-json"]');
    // Capture what the export hands to the <a download> (Firefox saves it to the profile's downloads).
    await options.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      const seen: Blob[] = [];
      (window as unknown as { siyaqBlobs: Blob[] }).siyaqBlobs = seen;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        seen.push(blob as Blob);
        return original(blob);
      };
    });
    await options.click('[data-testid="export-json"]');
    const json = await poll(() =>
      options.evaluate(
        async () => (await (window as unknown as { siyaqBlobs: Blob[] }).siyaqBlobs[0]?.text()) ?? '',
      ),
    );
    expect(JSON.parse(json)).toMatchObject({ format: 'siyaq-watchlists', version: 1 });
    const jsonPath = join(dir, 'lists.json');
    await writeFile(jsonPath, json);

    for (const list of before) await clickButton(popup, `Delete the list ${list.name}`);
    await poll(async () => (await listsShown(popup)).length === 0);

    const file = await options.$('input[data-testid="import-file"]');
    await file!.uploadFile(jsonPath);
    await options.waitForSelector('[data-testid="import-plan"]');
    await options.click('input[value="replace"]');
    await options.click('[data-testid="import-apply"]');
    await options.waitForSelector('[data-testid="import-done"]');
    await poll(async () => JSON.stringify(await listsShown(popup)) === JSON.stringify(before));

    const badPath = join(dir, 'bad.json');
    await writeFile(badPath, JSON.stringify({ ...JSON.parse(json), version: 9 }));
    await file!.uploadFile(badPath);
    const problems = await options.waitForSelector('[data-testid="import-problems"]');
    expect(await problems!.evaluate((el) => el.textContent!.replace(/[\u2066-\u2069]/g, ''))).toContain(
      'Unsupported version 9 (this Siyaq reads version 1).',
    );
    expect(await options.$('[data-testid="import-plan"]')).toBeNull();
    expect(await listsShown(popup)).toEqual(before);
    await Promise.all([popup.close(), options.close()]);
  });

  for (const language of ['en', 'ar'] as const) {
    it(`axe: no violations on the popup and options page (${language})`, async () => {
      const setup = await openExtensionPage(browser, 'popup.html', 'main');
      await setSettings(setup, { uiLanguage: language });
      await setup.close();
      const popup = await openExtensionPage(browser, 'popup.html', '[data-testid="watchlist"]');
      await poll(() => popup.evaluate((l) => document.documentElement.lang === l, language));
      expect(await axeViolations(popup)).toEqual([]);
      const options = await openExtensionPage(browser, 'options.html', '[data-testid="dataset-info"]');
      expect(await axeViolations(options)).toEqual([]);
      await Promise.all([popup.close(), options.close()]);
    });
  }
});
