// Where does Siyaq's main-thread time go on a page? Loads pages in Chromium with the built
// extension, samples the renderer's CPU (all worlds, content script included) and prints the
// content script's longest stretches of work with their top functions (self time).
//   SIYAQ_NO_MINIFY=1 SIYAQ_OUT_DIR=.output-prof npx wxt build   (readable function names)
//   SIYAQ_OUT_DIR=.output-prof npx tsx scripts/profile-page.ts [page name…]
//   (NO_PROFILE=1: no sampling, only the self-reported figures and the page's long tasks)
// Page names: the hostile pages (test/e2e/hostile-pages.ts) or `bench-page` (npm run bench:page
// writes it). A "stretch" is a run of samples with a content-script frame on the stack, so it
// includes the browser work Siyaq's calls force (style, layout) — what a long task would show.
import { chromium } from '@playwright/test';
import { findChromium } from './lib/find-browser';
import { startPageServer } from '../test/e2e/server';
import {
  EXTENSION_PATH,
  OFFLINE_CHROMIUM_ARGS,
  serviceWorkerOf,
  waitForScan,
  getMentions,
} from '../test/e2e/fixtures';
import { HOSTILE_PAGES, writeHostilePages } from '../test/e2e/hostile-pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Content-script stretches of a CPU profile, longest first, each with its top self-time functions. */
function stretches(profile: Profile): { ms: number; top: string[] }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const v = n.callFrame.url.includes('content-scripts/content.js') || (p !== undefined && isOurs(p));
    ours.set(id, v);
    return v;
  };
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'}${f.url.includes('content.js') ? `:${f.lineNumber}` : ''}`;
  };
  const out: { ms: number; top: string[] }[] = [];
  let current: Map<string, number> | null = null;
  let ms = 0;
  const close = () => {
    if (!current) return;
    const top = [...current]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${v.toFixed(1)} ${k}`);
    out.push({ ms, top });
    current = null;
    ms = 0;
  };
  // Forced style/layout and GC show as "(program)"/"(garbage collector)" samples: they count when
  // content-script samples surround them (work our calls forced), not at the edges of a stretch.
  let held: [string, number][] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = byId.get(id)!.callFrame.functionName;
    if (current && (name === '(garbage collector)' || name === '(program)')) {
      held.push([name, dt]);
      continue;
    }
    if (isOurs(id)) {
      current ??= new Map();
      for (const [k, v] of [...held, [label(id), dt] as [string, number]]) {
        current.set(k, (current.get(k) ?? 0) + v);
        ms += v;
      }
    } else close();
    held = [];
  }
  close();
  return out.sort((a, b) => b.ms - a.ms);
}

async function main() {
  writeHostilePages();
  const names = process.argv.slice(2);
  const pages = names.length ? names : Object.keys(HOSTILE_PAGES);
  const { origin, server } = await startPageServer(0);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      ...OFFLINE_CHROMIUM_ARGS,
    ],
  });
  const sw = await serviceWorkerOf(context);
  for (const name of pages) {
    const page = await context.newPage();
    // Long tasks of the whole renderer main thread (page, content script, rendering), ≥ 50 ms.
    await page.addInitScript(`
      window.__long = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); })
        .observe({ type: 'longtask', buffered: true });
    `);
    page.on('console', (m) => {
      if (m.type() === 'warning') console.log('   ', m.text());
    });
    const cdp = await context.newCDPSession(page);
    const sampling = !process.env.NO_PROFILE;
    if (sampling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const url = `${origin}/generated/${name}.html`;
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await waitForScan(sw, url, 120_000);
    await page.waitForTimeout(1000);
    const { profile } = sampling
      ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile })
      : { profile: { nodes: [], samples: [], timeDeltas: [] } };
    const report = await getMentions(sw, url);
    const long = (await page.evaluate('window.__long')) as number[];
    const list = stretches(profile);
    const total = list.reduce((s, x) => s + x.ms, 0);
    console.log(
      `\n${name}: ${report.mentions.length} mentions; self-reported longest task ${report.stats?.longestTaskMs?.toFixed(1)} ms over ${report.stats?.tasks} tasks; profiled content-script time ${total.toFixed(0)} ms in ${list.length} stretches`,
    );
    console.log(
      `  long tasks on the main thread (any cause): ${long.length ? long.join(', ') + ' ms' : 'none'}`,
    );
    for (const s of list.slice(0, 3)) console.log(`  ${s.ms.toFixed(1)} ms: ${s.top.join(' | ')}`);
    await page.close();
  }
  await context.close();
  server.close();
}

await main();
