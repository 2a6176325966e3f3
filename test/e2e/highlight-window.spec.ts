// A page with many mentions registers highlight ranges only around the viewport (see
// lib/highlight/viewport-window.ts): every mention on screen is underlined, the number of
// registered ranges stays bounded, the band follows scrolling, and the mentions API still lists
// every mention of the page.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForScan, getMentions, PAGE_ORIGIN } from './fixtures';
import { GENERATED_DIR, newsText } from './hostile-pages';
import { DEFAULT_WINDOW } from '../../lib/highlight/viewport-window';

const PARAGRAPHS = 6000;

test.beforeAll(() => {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const body = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p>Item ${i}: Nvidia shipped ${i % 7} more racks this week.</p>`,
  ).join('\n');
  writeFileSync(
    `${GENERATED_DIR}/one-long-text-node.html`,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>one node</title></head><body><p>${newsText(300_000, 11)}</p></body></html>`,
  );
  writeFileSync(
    `${GENERATED_DIR}/many-mentions.html`,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>many mentions</title></head><body>${body}</body></html>`,
  );
});

/** Registered Siyaq ranges, and how many of them and of the paragraphs intersect the viewport. */
function registered(page: Page) {
  return page.evaluate(() => {
    const onScreen = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight && r.height > 0;
    let total = 0;
    let visible = 0;
    let farthest = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('siyaq-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        total++;
        const rect = range.getBoundingClientRect();
        if (onScreen(rect)) visible++;
        farthest = Math.max(farthest, Math.abs(rect.top) / innerHeight);
      }
    }
    const paragraphs = [...document.querySelectorAll('p')].filter((p) =>
      onScreen(p.getBoundingClientRect()),
    ).length;
    return { total, visible, paragraphs, farthest };
  });
}

test('many mentions: only those near the viewport are registered, and the band follows scrolling', async ({
  context,
  serviceWorker,
}) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/generated/many-mentions.html`;
  await page.goto(url);
  await waitForScan(serviceWorker, url, 60_000);
  expect((await getMentions(serviceWorker, url)).mentions).toHaveLength(PARAGRAPHS);

  for (const at of [0, 0.5, 0.999]) {
    await page.evaluate(
      (f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)),
      at,
    );
    // One paragraph = one mention: every paragraph on screen has its underline.
    await expect
      .poll(
        async () => {
          const r = await registered(page);
          return r.visible === r.paragraphs && r.paragraphs > 0;
        },
        { timeout: 5000 },
      )
      .toBe(true);
    const r = await registered(page);
    expect(r.total, `registered ranges at ${at}`).toBeLessThanOrEqual(DEFAULT_WINDOW.max);
    expect(r.total).toBeGreaterThan(r.visible);
    // The band: a few screens around the viewport, not the whole page (~150 screens long).
    expect(r.farthest).toBeLessThan(DEFAULT_WINDOW.screens + 8);
  }
});

test('one text node of 300k characters: the band follows scrolling inside the node', async ({
  context,
  serviceWorker,
}) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/generated/one-long-text-node.html`;
  await page.goto(url);
  await waitForScan(serviceWorker, url, 60_000);
  expect((await getMentions(serviceWorker, url)).mentions.length).toBeGreaterThan(DEFAULT_WINDOW.max);
  for (const at of [0, 0.5, 0.999]) {
    await page.evaluate(
      (f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)),
      at,
    );
    // Positions inside the node are interpolated: the band still covers the screen.
    await expect.poll(async () => (await registered(page)).visible, { timeout: 5000 }).toBeGreaterThan(5);
    const r = await registered(page);
    expect(r.total).toBeLessThanOrEqual(DEFAULT_WINDOW.max);
    expect(r.farthest).toBeLessThan(DEFAULT_WINDOW.screens + 8);
  }
});
