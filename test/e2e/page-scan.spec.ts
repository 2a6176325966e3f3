import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/lib/find-browser';
import {
  test,
  expect,
  waitForScan,
  getMentions,
  setSettings,
  PAGE_ORIGIN,
  OFFLINE_CHROMIUM_ARGS,
} from './fixtures';
import { recordPageMutations } from './in-extension';
import { listPages, scorePage, summarize, type PageScore } from '../../scripts/lib/score-mentions';
import { stepMention } from './page-helpers';

/** The page's DOM as markup, minus Siyaq's own host: what "the page is unchanged" compares. */
async function pageMarkup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('siyaq-card').forEach((n) => n.remove());
    return clone.outerHTML;
  });
}

test.describe.configure({ mode: 'serial' });

test('mentions API on the dev set: precision, recall, traps; the DOM stays as loaded', async ({
  context,
  serviceWorker,
}) => {
  test.setTimeout(240_000);
  const scores: PageScore[] = [];
  const plain = await chromium.launch({ executablePath: findChromium()!, args: OFFLINE_CHROMIUM_ARGS });
  const reference = await plain.newPage();
  const page = await context.newPage();
  // Every DOM mutation from the first byte on, recorded in the page's own world.
  await page.addInitScript(recordPageMutations);

  for (const name of listPages()) {
    const url = `${PAGE_ORIGIN}/pages/${name}.html`;
    await page.goto(url);
    await page.waitForLoadState('load');
    const mutationsAtLoad = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
    const report = await waitForScan(serviceWorker, url);
    // Open a card too, so the check covers the card's host and its styles.
    const first = report.mentions[0];
    if (first) await stepMention(serviceWorker, url, 'next');
    if (first) await expect(page.locator('siyaq-card [data-testid="card-name"]')).toBeVisible();
    const after = await pageMarkup(page);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    // After load, the only DOM change is the card host appended to <body>.
    expect(
      mutations.slice(mutationsAtLoad).filter((m) => !/^childList BODY\s+\+\[SIYAQ-CARD\] -0$/.test(m)),
      `${name}: page mutated`,
    ).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages),
      `${name}: messages posted to the page`,
    ).toEqual([]);
    await reference.goto(url);
    await reference.waitForLoadState('load');
    expect(after, `${name}: DOM differs from the page without the extension`).toBe(
      await pageMarkup(reference),
    );
    scores.push(scorePage(name, report.mentions));
  }
  await plain.close();
  const lines = scores.map(
    (s) =>
      `${s.page.padEnd(36)} tp ${s.tp} fp ${s.fp} fn ${s.fn} traps ${s.traps}${s.details.length ? `\n    ${s.details.join('\n    ')}` : ''}${s.unlocated.length ? `\n    unlocated: ${s.unlocated.join(', ')}` : ''}`,
  );
  const summary = [...summarize(scores)].map(
    ([lang, t]) =>
      `${lang.padEnd(6)} P ${t.p.toFixed(3)} R ${t.r.toFixed(3)} tp ${t.tp} fp ${t.fp} fn ${t.fn} traps ${t.traps} products ${t.products}`,
  );
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/page-scan-chromium.txt', [...summary, '', ...lines].join('\n') + '\n');
  console.log(summary.join('\n'));
  for (const s of scores) expect(s.unlocated, `${s.page}: mentions outside counted text`).toEqual([]);
  for (const [lang, t] of summarize(scores)) {
    expect(t.traps, `${lang} trap hits`).toBe(0);
    expect(t.p, `${lang} precision`).toBeGreaterThanOrEqual(0.98);
    expect(t.r, `${lang} recall`).toBeGreaterThanOrEqual(0.97);
  }
});

test('nothing is found in inputs, textareas, editable areas, scripts, titles or attributes', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/generated/page-skip.html`;
  mkdirSync('test-results/generated-pages', { recursive: true });
  writeFileSync(
    'test-results/generated-pages/page-skip.html',
    `<!doctype html><html lang="en"><head><title>Nvidia and Alibaba</title><meta name="description" content="Nvidia"></head><body>
<p>Counted: Tencent.</p>
<input value="Nvidia Alibaba"><textarea>Huawei Alibaba</textarea>
<div contenteditable="true"><p>Huawei and <b>Alibaba</b></p></div>
<select><option>Alibaba</option></select>
<script>/* Alibaba Nvidia */</script><noscript>Nvidia</noscript><template><p>Alibaba</p></template>
<p title="Alibaba" data-x="Nvidia"><img alt="Huawei"> plain text</p>
<div hidden>Nvidia</div><div style="display:none">Huawei</div>
</body></html>`,
  );
  await page.goto(url);
  const report = await waitForScan(serviceWorker, url);
  expect(report.mentions).toEqual([{ entityId: 'tencent', text: 'Tencent' }]);
});

test('a paragraph added 1 s after load gets its mentions; removed text drops them', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/generated/page-late.html`;
  mkdirSync('test-results/generated-pages', { recursive: true });
  writeFileSync(
    'test-results/generated-pages/page-late.html',
    `<!doctype html><html lang="en"><head><title>late</title></head><body><article><p>Tencent opened an office.</p></article>
<script>setTimeout(() => { const p = document.createElement('p'); p.id = 'late'; p.innerHTML = 'Later, <a href="#x">Ali</a><b>baba</b> Cloud and Nvidia signed.'; document.querySelector('article').append(p); }, 1000);</script>
</body></html>`,
  );
  await page.goto(url);
  await expect
    .poll(async () => (await getMentions(serviceWorker, url)).mentions.map((m) => m.text), {
      timeout: 10_000,
    })
    .toEqual(['Tencent', 'Alibaba Cloud', 'Nvidia']);
  await page.evaluate(() => document.getElementById('late')!.remove());
  await expect
    .poll(async () => (await getMentions(serviceWorker, url)).mentions.map((m) => m.text), {
      timeout: 10_000,
    })
    .toEqual(['Tencent']);
});

test('turning Siyaq off removes every highlight without reload', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/pages/en-01-alibaba-compute-for-equity.html`;
  await page.goto(url);
  await waitForScan(serviceWorker, url);
  const count = () => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  expect(await count()).toBeGreaterThan(10);
  await setSettings(serviceWorker, { enabled: false });
  await expect.poll(count).toBe(0);
  expect((await getMentions(serviceWorker, url)).mentions).toEqual([]);
  await setSettings(serviceWorker, { enabled: true });
  await expect.poll(count).toBeGreaterThan(10);
});
