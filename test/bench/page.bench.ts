// Page benchmark: what the content script costs news pages in Chromium.
//   npm run bench:page        (SIYAQ_OUT_DIR picks the build, default .output; ~12 minutes;
//                              RUNS=n runs per cell, PAGES=article or live-blog for one page)
// Generates two pages from the dev pages' article paragraphs (Arabic and English) with headings,
// links and a sidebar: a typical article (~50 KB of text) and a ~1 MB-text live blog. Loads each
// RUNS times without and with the extension, in fresh profiles, each after one warm-up load of the
// same page in another tab (warmUp). Reports (medians) as one table:
//  - main-thread time: the renderer's TaskDuration (CDP Performance.getMetrics) once the page is
//    settled (with the extension: once its highlights have not changed for 1.5 s, + 1 s; the
//    mentions API is asked only after the metrics are read, and must say the scan is done);
//    "added" = with − without, also as a share of the page's own time; and the floor of any
//    content script: the same build with a content script that does nothing (an isolated world
//    created and an empty script run at document_start in every page);
//  - longest task: the longest main-thread task (PerformanceObserver 'longtask' ≥ 50 ms, else
//    "< 50 ms") after the page's load event, when the content script's work happens;
//  - time to first highlight: navigation start → first non-empty `CSS.highlights` entry;
//  - hover-to-card latency: pointer onto a mention → card name rendered, with the intent delay
//    set to 0 (the product default adds `hoverDelayMs` = 300 ms on purpose); the first hover
//    (mounts React, wakes the background and loads its details) and a later one;
//  - Siyaq's longest task: the content script's own measurement (mentions API `stats`);
//  - JS heap after a forced GC (whole page: CDP JSHeapUsedSize), and the memory the JS heap does not
//    count: typed arrays' backing stores and Blink's heap of DOM objects (Ranges), from CDP
//    Runtime.getHeapUsage; the extension's share per tab is
//    with − without (its names index, mentions index, ranges and card);
//  - content-script bundle size, raw and gzip, and the card script's (injected on a first card).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/lib/find-browser';
import { startPageServer } from '../e2e/server';
import { getMentions, serviceWorkerOf } from '../e2e/fixtures';

const RUNS = Number(process.env.RUNS ?? 5);
const PAGES = [
  { name: 'article', label: 'article (~50 KB text)', chars: 50_000 },
  { name: 'live-blog', label: '1 MB page', chars: 1_000_000 },
].filter((p) => !process.env.PAGES || process.env.PAGES.split(',').includes(p.name));
const EXTENSION = resolve(process.env.SIYAQ_OUT_DIR ?? '.output', 'chrome-mv3');
const OFFLINE = [
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
  '--disable-gpu',
  '--disable-quic',
  '--no-pings',
];

/** The same extension with a content script that does nothing: what any content script costs a page. */
function emptyContentScriptBuild(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'siyaq-empty-')), 'chrome-mv3');
  cpSync(EXTENSION, dir, { recursive: true });
  writeFileSync(join(dir, 'content-scripts/content.js'), '(function () {})();\n');
  return dir;
}

function paragraphs(): { lang: string; html: string }[] {
  const dir = 'test/fixtures/pages';
  const out: { lang: string; html: string }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html') && !x.includes('negative'))) {
    const html = readFileSync(join(dir, f), 'utf8');
    const lang = f.startsWith('en') ? 'en' : 'ar';
    for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g))
      if (m[1]!.length > 200) out.push({ lang, html: m[1]! });
  }
  return out;
}

function generatePage(targetChars: number): string {
  const ps = paragraphs();
  const parts: string[] = [];
  let chars = 0;
  let section = 0;
  while (chars < targetChars) {
    section++;
    parts.push(`<section><h2>Section ${section}</h2>`);
    for (const p of ps) {
      if (chars >= targetChars) break;
      parts.push(`<p dir="${p.lang === 'ar' ? 'rtl' : 'ltr'}" lang="${p.lang}">${p.html}</p>`);
      chars += p.html.replace(/<[^>]+>/g, '').length;
    }
    parts.push(`<aside><ul><li><a href="#s${section}">Related ${section}</a></li></ul></aside></section>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
<style>body{font:16px/1.5 system-ui;max-width:720px;margin:auto}aside{color:#555}</style></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>A very long live blog</h1>${parts.join('\n')}</article></body></html>`;
}

/** Centre of the `skip`-th highlighted mention fully inside the viewport, or null. */
async function mentionPoint(page: Page, skip: number): Promise<{ x: number; y: number } | null> {
  // Strings, not functions: tsx's transform adds helpers (`__name`) that do not exist in the page.
  return (await page.evaluate(`(() => {
    let seen = 0;
    for (const h of CSS.highlights.values())
      for (const r of h) {
        const b = r.getBoundingClientRect();
        if (b.width > 0 && b.top > 0 && b.bottom < innerHeight && seen++ >= ${skip})
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    return null;
  })()`)) as { x: number; y: number } | null;
}

/** Milliseconds from moving the pointer onto `point` to a new card name rendered (null after 10 s). */
async function hoverToCard(page: Page, point: { x: number; y: number }): Promise<number | null> {
  // The expression must not be the promise itself, or evaluate() would wait for it.
  await page.evaluate(`
    void (window.__cardAt = new Promise((done) => {
      const name = () => document.querySelector('siyaq-card')?.shadowRoot?.querySelector('[data-testid="card-name"]');
      const before = name();
      const check = () => {
        const now = name();
        if (now && now !== before) done(performance.now());
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }));
  `);
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.move(point.x, point.y);
  const t1 = await Promise.race([
    page.evaluate(() => (window as unknown as { __cardAt: Promise<number> }).__cardAt),
    new Promise<null>((r) => setTimeout(() => r(null), 10_000)),
  ]);
  return t1 === null ? null : t1 - t0;
}

/**
 * Waits until the page's highlights (read from the page's world, which shares `CSS.highlights`)
 * exist and have not changed for 1.5 s.
 */
async function highlightsSettled(page: Page, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const total = (await page.evaluate(
      '(() => { let n = 0; for (const h of CSS.highlights.values()) n += h.size; return n; })()',
    )) as number;
    if (total !== last) {
      last = total;
      since = Date.now();
    } else if (total > 0 && Date.now() - since >= 1500) return;
    if (Date.now() > deadline) throw new Error(`highlights not settled after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Loads the page once in a tab of its own, before the measured load: a reader's browser is warm
 * (fonts shaped, caches filled). In a fresh profile the page's own layout time varied by ±40%
 * between runs, more than the extension's whole cost on an article.
 */
async function warmUp(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(1000);
  await page.close();
}

async function measure(context: BrowserContext, url: string, withExtension: boolean) {
  const page: Page = await context.newPage();
  page.on('crash', () => console.error('renderer crashed'));
  page.on('pageerror', (e) => console.error('page error', e.message));
  // Strings, not functions: tsx's transform adds helpers (`__name`) that do not exist in the page.
  await page.addInitScript(`
    window.__long = [];
    window.__firstHighlight = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const poll = () => {
      if (window.__firstHighlight !== null) return;
      for (const h of CSS.highlights.values()) if (h.size > 0) { window.__firstHighlight = performance.now(); return; }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  `);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const loadEnd = await page.evaluate(
    () => performance.getEntriesByType('navigation')[0]!.toJSON().loadEventEnd as number,
  );
  // With the extension: wait until its highlights stop changing, read the metrics, and only then
  // ask the mentions API (every call serializes all mentions in the page's renderer; polling it
  // would add the harness's own work to the extension's).
  if (withExtension) await highlightsSettled(page, 60_000);
  await page.waitForTimeout(1000);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  let siyaqLongestMs: number | null = null;
  let siyaqByKind: Record<string, number> = {};
  if (withExtension) {
    const report = await getMentions(await serviceWorkerOf(context), url);
    if (!report.done) throw new Error(`highlights settled before the scan of ${url} was done`);
    siyaqLongestMs = report.stats?.longestTaskMs ?? null;
    siyaqByKind = report.stats?.msByKind ?? {};
  }
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const taskMs = metric('TaskDuration');
  const parts = {
    script: metric('ScriptDuration'),
    layout: metric('LayoutDuration'),
    style: metric('RecalcStyleDuration'),
  };
  const info = await page.evaluate(() => {
    const w = window as unknown as {
      __long: { start: number; duration: number }[];
      __firstHighlight: number | null;
    };
    return { long: w.__long, firstHighlight: w.__firstHighlight };
  });
  const afterLoad = info.long.filter((t) => t.start >= loadEnd);
  let hoverMs: number | null = null;
  let hoverWarmMs: number | null = null;
  if (withExtension) {
    // Highlighted mentions inside the viewport (the page's world sees CSS.highlights too): the
    // first hover mounts the card and wakes the background; a later one, on another mention, not.
    const first = await mentionPoint(page, 0);
    if (first) hoverMs = await hoverToCard(page, first);
    const second = await mentionPoint(page, 4);
    if (first && second) {
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
      await page.waitForTimeout(500);
      hoverWarmMs = await hoverToCard(page, second);
    }
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find(
    (m) => m.name === 'JSHeapUsedSize',
  )!.value;
  // The JS heap leaves out typed arrays' memory (ArrayBuffer backing stores: the names index's
  // tables) and DOM objects such as Ranges (Blink's own heap): counted here too.
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
    backingStorageSize?: number;
  };
  const memory = usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0);
  const buffers = usage.backingStorageSize ?? 0;
  await page.close();
  return {
    heap,
    memory,
    buffers,
    siyaqLongestMs,
    siyaqByKind,
    taskMs,
    parts,
    longestAfterLoad: afterLoad.reduce((m, t) => Math.max(m, t.duration), 0),
    longestAny: info.long.reduce((m, t) => Math.max(m, t.duration), 0),
    firstHighlight: info.firstHighlight,
    hoverMs,
    hoverWarmMs,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Run = Awaited<ReturnType<typeof measure>>;

async function main() {
  mkdirSync('test-results/generated-pages', { recursive: true });
  const { origin, server } = await startPageServer(0);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const empty = emptyContentScriptBuild();
  const results: { label: string; text: number; without: Run[]; empty: Run[]; with: Run[] }[] = [];
  for (const spec of PAGES) {
    const html = generatePage(spec.chars);
    writeFileSync(`test-results/generated-pages/bench-${spec.name}.html`, html);
    const url = `${origin}/generated/bench-${spec.name}.html`;
    const rows = {
      label: spec.label,
      text: html.replace(/<[^>]+>/g, '').length,
      without: [] as Run[],
      empty: [] as Run[],
      with: [] as Run[],
    };
    for (let i = 0; i < RUNS; i++) {
      for (const variant of ['without', 'empty', 'with'] as const) {
        const build = variant === 'with' ? EXTENSION : variant === 'empty' ? empty : null;
        const context = await chromium.launchPersistentContext('', {
          executablePath,
          headless: true,
          viewport: { width: 1280, height: 900 },
          args: build
            ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`, ...OFFLINE]
            : OFFLINE,
        });
        if (variant === 'with') {
          const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
          await sw.evaluate(() =>
            chrome.storage.local.set({
              'siyaq:settings': {
                enabled: true,
                uiLanguage: 'en',
                hoverDelayMs: 0,
                highlightStyle: 'underline',
                spotListedEntities: false,
                firstMentionOnly: false,
              },
            }),
          );
        }
        await warmUp(context, url);
        rows[variant].push(await measure(context, url, variant === 'with'));
        await context.close();
      }
    }
    results.push(rows);
  }
  server.close();
  rmSync(resolve(empty, '..'), { recursive: true, force: true });

  const med = (rs: Run[], f: (r: Run) => number | null) => median(rs.map((r) => f(r) ?? NaN));
  const ms = (n: number) => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(0)} ms`);
  const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`;
  const longTask = (n: number) => (n === 0 ? '< 50 ms' : ms(n));
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const header = ['measure', ...results.flatMap((r) => [`${r.label}: without`, 'with extension'])];
  const table: string[][] = [];
  const row = (name: string, cell: (r: (typeof results)[number]) => [string, string]) =>
    table.push([name, ...results.flatMap(cell)]);
  row('text on the page', (r) => [`${(r.text / 1e3).toFixed(0)} k chars`, '']);
  row('main-thread time (TaskDuration)', (r) => [
    ms(med(r.without, (x) => x.taskMs)),
    ms(med(r.with, (x) => x.taskMs)),
  ]);
  /** Main-thread time a variant adds to the page's own, and its share of it. */
  const addedTask = (r: (typeof results)[number], variant: Run[]): [string, string] => {
    const own = med(r.without, (x) => x.taskMs);
    const added = med(variant, (x) => x.taskMs) - own;
    return ['', `${ms(added)} (${pct(added, own)})`];
  };
  row("added main-thread time (share of the page's own)", (r) => addedTask(r, r.with));
  row('floor: added main-thread time of a content script that does nothing (share)', (r) =>
    addedTask(r, r.empty),
  );
  row("added script time (less noisy; share of the page's own main-thread time)", (r) => {
    const added = med(r.with, (x) => x.parts.script) - med(r.without, (x) => x.parts.script);
    return [
      '',
      `${ms(added)} (${pct(
        added,
        med(r.without, (x) => x.taskMs),
      )})`,
    ];
  });
  row(
    'script / layout / style',
    (r) =>
      [r.without, r.with].map(
        (rs) =>
          (['script', 'layout', 'style'] as const)
            .map((k) => med(rs, (x) => x.parts[k]).toFixed(0))
            .join(' / ') + ' ms',
      ) as [string, string],
  );
  row('longest task after load (any cause)', (r) => [
    longTask(med(r.without, (x) => x.longestAfterLoad)),
    longTask(med(r.with, (x) => x.longestAfterLoad)),
  ]);
  row('longest task incl. page load (any cause)', (r) => [
    longTask(med(r.without, (x) => x.longestAny)),
    longTask(med(r.with, (x) => x.longestAny)),
  ]);
  row("Siyaq's longest task (its own measurement)", (r) => ['', ms(med(r.with, (x) => x.siyaqLongestMs))]);
  row("Siyaq's own time by kind (its measurement; the biggest four)", (r) => {
    const kinds = [...new Set(r.with.flatMap((x) => Object.keys(x.siyaqByKind)))];
    const byKind = kinds.map((k) => [k, med(r.with, (x) => x.siyaqByKind[k] ?? 0)] as const);
    byKind.sort((a, b) => b[1] - a[1]);
    return [
      '',
      byKind
        .slice(0, 4)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(' · ') + ' ms',
    ];
  });
  row('time to first highlight (from navigation start)', (r) => [
    '',
    ms(med(r.with, (x) => x.firstHighlight)),
  ]);
  row('hover-to-card, first hover (mounts the card, wakes the background; intent delay 0)', (r) => [
    '',
    ms(med(r.with, (x) => x.hoverMs)),
  ]);
  row('hover-to-card, next hover (intent delay 0)', (r) => ['', ms(med(r.with, (x) => x.hoverWarmMs))]);
  // Memory rows: a figure without and with the extension, or the extension's share (with − without).
  const bothMb = (label: string, pick: (x: Run) => number) =>
    row(label, (r) => [mb(med(r.without, pick)), mb(med(r.with, pick))]);
  const addedMb = (label: string, pick: (x: Run) => number) =>
    row(label, (r) => ['', mb(med(r.with, pick) - med(r.without, pick))]);
  bothMb('JS heap after GC (page + content script)', (x) => x.heap);
  addedMb("content script's heap per tab (with − without)", (x) => x.heap);
  bothMb('typed arrays (ArrayBuffer backing stores, not in the JS heap)', (x) => x.buffers);
  addedMb(
    "content script's memory per tab: JS heap + typed arrays + DOM objects (with − without)",
    (x) => x.memory,
  );
  const size = (file: string) => {
    const bytes = readFileSync(join(EXTENSION, file));
    return `${(bytes.length / 1024).toFixed(0)} KB raw, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzip`;
  };
  const lines = [
    `${RUNS} runs per cell, medians; build ${EXTENSION}`,
    `content-script bundle (every page): ${size('content-scripts/content.js')}; card script (injected on a page's first card): ${size('card.js')}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...table.map((cells) => `| ${cells.join(' | ')} |`),
  ];
  console.log(lines.join('\n'));
  writeFileSync('test-results/bench-page.md', lines.join('\n') + '\n');
}

await main();
