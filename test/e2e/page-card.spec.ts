import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForScan, setSettings, PAGE_ORIGIN } from './fixtures';
import { stepMention } from './page-helpers';

const card = (page: Page) => page.locator('siyaq-card [data-testid="siyaq-card"]');

/** Centre of the first occurrence of `text` in the page's text (main world, read-only). */
async function pointOf(page: Page, text: string, nth = 0) {
  return page.evaluate(
    ([t, n]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(t);
        if (at < 0 || (node.parentElement?.closest('script,style,textarea,[contenteditable],title') ?? null))
          continue;
        if (seen++ < n) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + t.length);
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`text not found: ${t}`);
    },
    [text, nth] as const,
  );
}

test('hovering a mention shows its card with sourced facts; Escape closes it', async ({
  context,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { uiLanguage: 'en' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  const url = `${PAGE_ORIGIN}/pages/en-01-alibaba-compute-for-equity.html`;
  await page.goto(url);
  await waitForScan(serviceWorker, url);
  const p = await pointOf(page, 'Tencent');
  await page.mouse.move(p.x, p.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByTestId('card-name')).toContainText('Tencent');
  // At least one fact with a source reference, and sources as safe links.
  await expect(card(page).getByTestId('source-refs').first()).toBeVisible();
  const link = card(page).getByTestId('source').locator('a').first();
  await expect(link).toHaveAttribute('href', /^https:\/\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // The pointer can travel onto the card without it closing (grace period).
  const box = (await card(page).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
  await page.waitForTimeout(600);
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  // Leaving a mention closes the card after the grace period (no hover, no card).
  await page.mouse.move(p.x, p.y);
  await expect(card(page)).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card(page)).toBeHidden();

  mkdirSync('test-results/screenshots', { recursive: true });
  await page.mouse.move(p.x, p.y);
  await expect(card(page).getByTestId('card-name')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/card-en.png' });
});

test('the keyboard command opens the next mention’s card and focus returns on close', async ({
  context,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { uiLanguage: 'en' });
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/pages/en-04-stargate-uae-g42-mgx.html`;
  await page.goto(url);
  const report = await waitForScan(serviceWorker, url);
  await page.locator('a').first().focus();
  const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML);
  const first = await stepMention(serviceWorker, url, 'next');
  expect(first.entityId).toBe(report.mentions[0]!.entityId);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toBeFocused();
  const second = await stepMention(serviceWorker, url, 'next');
  expect(second.entityId).toBe(report.mentions[1]!.entityId);
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focusedBefore);
  // The same through the close command.
  await stepMention(serviceWorker, url, 'previous');
  await expect(card(page)).toBeVisible();
  await stepMention(serviceWorker, url, 'close');
  await expect(card(page)).toBeHidden();
});

test('the manifest declares the step commands', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(async () =>
    (await chrome.commands.getAll()).map((c) => c.name),
  );
  expect(commands).toEqual(
    expect.arrayContaining(['siyaq-next-mention', 'siyaq-previous-mention', 'siyaq-close-card']),
  );
});

test('a mention inside a link shows the card and the link still works', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/generated/page-link.html`;
  mkdirSync('test-results/generated-pages', { recursive: true });
  writeFileSync(
    'test-results/generated-pages/page-link.html',
    `<!doctype html><html lang="en"><head><title>link</title></head><body style="font-size:20px"><p>Read about <a id="l" href="#moved">Nvidia chips</a> today.</p><div style="height:2000px"></div><p id="moved">target</p></body></html>`,
  );
  await page.goto(url);
  await waitForScan(serviceWorker, url);
  const p = await pointOf(page, 'Nvidia');
  await page.mouse.move(p.x, p.y);
  await expect(card(page).getByTestId('card-name')).toContainText('Nvidia');
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#moved');
});

test('Arabic page with the Arabic UI: right-to-left card', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { uiLanguage: 'ar' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  const url = `${PAGE_ORIGIN}/pages/ar-02-entity-list-inspur.html`;
  await page.goto(url);
  const report = await waitForScan(serviceWorker, url);
  const inspur = report.mentions.find((m) => m.entityId === 'inspur')!;
  const p = await pointOf(page, inspur.text);
  await page.mouse.move(p.x, p.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('dir', 'rtl');
  await expect(card(page).getByTestId('card-name')).toContainText('Inspur');
  await expect(card(page)).toContainText('العقوبات وضوابط التصدير');
  await expect(card(page).getByTestId('fact').first()).toBeVisible();
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/card-ar.png' });
});
