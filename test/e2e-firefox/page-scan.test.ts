import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import type { Server } from 'node:http';
import { startPageServer } from '../e2e/server';
import { listPages, scorePage, summarize, type PageScore } from '../../scripts/lib/score-mentions';
import type { MentionsReport } from '../../lib/messaging/protocol';
import { messagePageTab, recordPageMutations } from '../e2e/in-extension';
import { getMentions, launchFirefoxWithExtension, openExtensionPage, poll, setSettings } from './firefox';

let browser: Browser;
let server: Server;
let origin: string;
let ext: Page;

const CARD = 'siyaq-card >>> [data-testid="siyaq-card"]';

beforeAll(async () => {
  ({ server, origin } = await startPageServer(0));
  browser = await launchFirefoxWithExtension();
  ext = await openExtensionPage(browser, 'popup.html', 'body');
  await setSettings(ext, { uiLanguage: 'en' });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function scanned(url: string): Promise<MentionsReport> {
  return poll(async () => {
    const r = await getMentions(ext, url);
    return r.done ? r : null;
  }, 20_000);
}

async function step(url: string, direction: 'next' | 'previous' | 'close') {
  return (await ext.evaluate(messagePageTab, {
    url,
    message: { type: 'siyaq:step-mention', direction },
  })) as { entityId: string | null };
}

/** Records every DOM mutation in the page's own world; `__ready` marks the end of parsing. */
async function recordMutations(page: Page) {
  await page.evaluateOnNewDocument(recordPageMutations);
}

describe('Firefox ESR: page scanning and the hover card', () => {
  it('mentions API on the dev set: precision, recall, traps; only the card host is added', async () => {
    const page = await browser.newPage();
    await recordMutations(page);
    const scores: PageScore[] = [];
    for (const name of listPages()) {
      const url = `${origin}/pages/${name}.html`;
      await page.goto(url);
      const report = await scanned(url);
      if (report.mentions.length) {
        await step(url, 'next');
        await page.waitForSelector(CARD, { timeout: 10_000 });
      }
      const log = await page.evaluate(() => {
        const w = window as unknown as { __mutations: string[]; __ready: number };
        return w.__mutations.slice(w.__ready);
      });
      expect(
        log.filter((m) => !/^childList BODY\s+\+\[SIYAQ-CARD\] -0$/.test(m)),
        `${name}: page mutated`,
      ).toEqual([]);
      scores.push(scorePage(name, report.mentions));
    }
    await page.close();
    const summary = [...summarize(scores)].map(
      ([lang, t]) =>
        `${lang.padEnd(6)} P ${t.p.toFixed(3)} R ${t.r.toFixed(3)} tp ${t.tp} fp ${t.fp} fn ${t.fn} traps ${t.traps} products ${t.products}`,
    );
    const lines = scores.map(
      (s) => `${s.page.padEnd(36)} tp ${s.tp} fp ${s.fp} fn ${s.fn} traps ${s.traps} ${s.details.join('; ')}`,
    );
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/page-scan-firefox.txt', [...summary, '', ...lines].join('\n') + '\n');
    console.log(summary.join('\n'));
    for (const s of scores) expect(s.unlocated, s.page).toEqual([]);
    for (const [lang, t] of summarize(scores)) {
      expect(t.traps, `${lang} trap hits`).toBe(0);
      expect(t.p, `${lang} precision`).toBeGreaterThanOrEqual(0.98);
      expect(t.r, `${lang} recall`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('hover shows the card with a sourced fact, Escape closes it, the command opens the next one', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    const url = `${origin}/pages/en-01-alibaba-compute-for-equity.html`;
    await page.goto(url);
    const report = await scanned(url);
    const p = await page.evaluate(() => {
      const walker = document.createTreeWalker(
        document.querySelector('article') ?? document.body,
        NodeFilter.SHOW_TEXT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('Tencent');
        if (at < 0) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 7);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      throw new Error('no Tencent');
    });
    await page.mouse.move(p.x, p.y);
    const name = await page.waitForSelector('siyaq-card >>> [data-testid="card-name"]', { timeout: 10_000 });
    expect(await name!.evaluate((e) => e.textContent)).toContain('Tencent');
    await page.waitForSelector('siyaq-card >>> [data-testid="source-refs"]');
    const href = await page.$eval('siyaq-card >>> [data-testid="source"] a', (a) => [
      a.getAttribute('href'),
      a.getAttribute('rel'),
      a.getAttribute('target'),
    ]);
    expect(href[0]).toMatch(/^https:\/\//);
    expect(href.slice(1)).toEqual(['noopener noreferrer', '_blank']);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/card-en-firefox.png' });
    await page.keyboard.press('Escape');
    await poll(async () => (await page.$(CARD)) === null);
    const next = await step(url, 'next');
    expect(next.entityId).toBe(report.mentions[0]!.entityId);
    await page.waitForSelector(CARD);
    await step(url, 'close');
    await poll(async () => (await page.$(CARD)) === null);
    await page.close();
  });

  it('a paragraph added 1 s after load gets its mentions', async () => {
    mkdirSync('test-results/generated-pages', { recursive: true });
    writeFileSync(
      'test-results/generated-pages/page-late-ff.html',
      `<!doctype html><html lang="en"><head><title>late</title></head><body><article><p>Tencent opened an office.</p></article>
<script>setTimeout(() => { const p = document.createElement('p'); p.innerHTML = 'Later, <a href="#x">Ali</a><b>baba</b> Cloud and Nvidia signed.'; document.querySelector('article').append(p); }, 1000);</script></body></html>`,
    );
    const page = await browser.newPage();
    const url = `${origin}/generated/page-late-ff.html`;
    await page.goto(url);
    const texts = await poll(async () => {
      const r = await getMentions(ext, url);
      const t = r.mentions.map((m) => m.text);
      return t.length === 3 ? t : null;
    });
    expect(texts).toEqual(['Tencent', 'Alibaba Cloud', 'Nvidia']);
    await page.close();
  });
});
