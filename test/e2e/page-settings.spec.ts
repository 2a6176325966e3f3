import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect, waitForScan, getMentions, setSettings, PAGE_ORIGIN } from './fixtures';
import { stepMention } from './page-helpers';

/** Writes a page-mirror item the way the background does (`local:siyaq:<name>`). */
async function setMirror(sw: Worker, name: string, value: string[]) {
  await sw.evaluate(async ([k, v]) => chrome.storage.local.set({ [`siyaq:${k}`]: v }), [
    name,
    value,
  ] as const);
}

const highlighted = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
const texts = async (sw: Worker, url: string) => (await getMentions(sw, url)).mentions.map((m) => m.text);

function writePage(name: string, body: string) {
  mkdirSync('test-results/generated-pages', { recursive: true });
  writeFileSync(
    `test-results/generated-pages/${name}`,
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
  );
  return `${PAGE_ORIGIN}/generated/${name}`;
}

test('per-site off, excluded terms and first-mention-only take effect without reload', async ({
  context,
  serviceWorker,
}) => {
  const url = writePage(
    'page-settings.html',
    '<p>Tencent and Nvidia met. Tencent again, and Nvidia again.</p>',
  );
  const page = await context.newPage();
  await page.goto(url);
  await waitForScan(serviceWorker, url);
  expect(await texts(serviceWorker, url)).toEqual(['Tencent', 'Nvidia', 'Tencent', 'Nvidia']);

  await setSettings(serviceWorker, { firstMentionOnly: true });
  await expect.poll(() => texts(serviceWorker, url)).toEqual(['Tencent', 'Nvidia']);
  await expect.poll(() => highlighted(page)).toBe(2);
  await setSettings(serviceWorker, { firstMentionOnly: false });

  await setMirror(serviceWorker, 'excluded-terms', ['tencent']);
  await expect.poll(() => texts(serviceWorker, url)).toEqual(['Nvidia', 'Nvidia']);
  await setMirror(serviceWorker, 'excluded-terms', []);
  await expect.poll(() => texts(serviceWorker, url)).toHaveLength(4);

  await stepMention(serviceWorker, url, 'next');
  await expect(page.locator('siyaq-card [data-testid="siyaq-card"]')).toBeVisible();
  await setMirror(serviceWorker, 'disabled-sites', ['127.0.0.1']);
  await expect.poll(() => highlighted(page)).toBe(0);
  // Off means gone: no highlight, and the card's host has left the page.
  await expect(page.locator('siyaq-card')).toHaveCount(0);
  expect(await texts(serviceWorker, url)).toEqual([]);
  await setMirror(serviceWorker, 'disabled-sites', []);
  await expect.poll(() => highlighted(page)).toBe(4);
});

test('a page with a strict CSP still gets highlights and a styled card, with nothing added to it but the host', async ({
  context,
  serviceWorker,
}) => {
  const url = `${PAGE_ORIGIN}/generated/page-csp.html`;
  const page = await context.newPage();
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'",
      },
      body: '<!doctype html><html><head><title>csp</title></head><body><p style="font-size:20px">Nvidia sells chips to Tencent.</p></body></html>',
    }),
  );
  await page.goto(url);
  const report = await waitForScan(serviceWorker, url);
  expect(report.mentions.map((m) => m.entityId)).toEqual(['nvidia', 'tencent']);
  expect(await highlighted(page)).toBe(2);
  await stepMention(serviceWorker, url, 'next');
  const card = page.locator('siyaq-card [data-testid="siyaq-card"]');
  await expect(card).toBeVisible();
  // The card's Tailwind styles apply (adopted sheet, not a <style> the CSP could block).
  const look = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      bg: s.backgroundColor,
      radius: s.borderTopLeftRadius,
      width: el.getBoundingClientRect().width,
      shadow: s.boxShadow,
    };
  });
  expect(look.radius).not.toBe('0px');
  expect(look.width).toBeGreaterThan(300);
  expect(look.shadow).not.toBe('none');
  expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);
});

test('single-page navigation rescans: the report follows the new URL and content', async ({
  context,
  serviceWorker,
}) => {
  const url = writePage('page-spa.html', '<main><p>Tencent news.</p></main>');
  const page = await context.newPage();
  await page.goto(url);
  const first = await waitForScan(serviceWorker, url);
  expect(first.mentions.map((m) => m.text)).toEqual(['Tencent']);
  // The page navigates (new URL, new content) only once its first scan is reported: a timer in the
  // page raced that scan on a slow machine, where the URL changed before the first report was done.
  await page.evaluate(() => {
    history.pushState({}, '', '?story=2');
    document.querySelector('main')!.innerHTML = '<p>Nvidia news.</p>';
  });
  const next = `${url}?story=2`;
  await expect
    .poll(
      async () => (await getMentions(serviceWorker, next).catch(() => null))?.mentions.map((m) => m.text),
      { timeout: 10_000 },
    )
    .toEqual(['Nvidia']);
});
