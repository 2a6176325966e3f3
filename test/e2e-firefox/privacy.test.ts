// Network silence in Firefox ESR: every host name resolves to 127.0.0.1 (network.dns.forceResolve),
// where a sink listens on ports 80 and 443 and records every connection (HTTP request line or TLS
// server name). A session with the extension must add no connection and no request beyond what
// the same pages cause without it. Puppeteer also records the requests of every page target,
// extension pages included. Firefox's background page is not a puppeteer target: the sink is what
// covers it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';
import { startPageServer } from '../e2e/server';
import { startNetworkSink, type NetworkSink, type SinkHit } from '../e2e/network-sink';
import {
  EXTENSION_ORIGIN,
  getMentions,
  launchFirefoxWithExtension,
  openExtensionPage,
  poll,
} from './firefox';

const SESSION_PAGES = [
  'ar-01-alibaba-moonshot-round.html',
  'en-01-alibaba-compute-for-equity.html',
  'mx-01-chinese-labs-gulf-bilingual.html',
];

let server: Server;
let origin: string;
let sink: NetworkSink;

beforeAll(async () => {
  ({ server, origin } = await startPageServer(0));
  sink = await startNetworkSink([80, 443]);
});

afterAll(async () => {
  server?.close();
  await sink?.close();
});

function destinations(hits: SinkHit[]): string[] {
  const host = (s: string) => /^TLS (\S+)/.exec(s)?.[1] ?? /\(host ([^)]+)\)/.exec(s)?.[1] ?? s;
  return [...new Set(hits.map((h) => host(h.summary)))].sort();
}

async function session(browser: Browser, withExtension: boolean): Promise<string[]> {
  const urls: string[] = [];
  const page = await browser.newPage();
  page.on('request', (r) => void urls.push(r.url()));
  let extensionPage = null;
  if (withExtension) {
    extensionPage = await openExtensionPage(browser, 'popup.html', 'main');
    extensionPage.on('request', (r) => void urls.push(r.url()));
  }
  for (const file of SESSION_PAGES) {
    const url = `${origin}/pages/${file}`;
    await page.goto(url, { waitUntil: 'load' });
    // The page's tab is behind the popup's: a background tab's idle callbacks and timers are
    // throttled, so its scan may take longer than a foreground one.
    if (extensionPage) await poll(async () => (await getMentions(extensionPage!, url)).done, 30_000);
    await page.mouse.move(400, 400, { steps: 5 });
    await new Promise((r) => setTimeout(r, 500));
  }
  if (withExtension) {
    const options = await openExtensionPage(browser, 'options.html', 'main');
    options.on('request', (r) => void urls.push(r.url()));
    await new Promise((r) => setTimeout(r, 800));
  }
  await new Promise((r) => setTimeout(r, 1500));
  return urls;
}

describe.skipIf(!process.getuid || process.getuid() !== 0)(
  'Firefox network silence (needs ports 80/443)',
  () => {
    it('binds the sink on 80 and 443', () => {
      expect(sink.ports).toEqual([80, 443]);
    });

    it('a session with the extension adds no connection and no request', async () => {
      const baselineBrowser = await launchFirefoxWithExtension({ withExtension: false });
      const baselineRequests = await session(baselineBrowser, false);
      await baselineBrowser.close();
      const baselineHits = sink.hits.splice(0);

      const browser = await launchFirefoxWithExtension();
      const requests = await session(browser, true);
      await browser.close();

      console.log(
        `Firefox background traffic without the extension: ${destinations(baselineHits).join(', ') || 'none'}`,
      );
      const added = destinations(sink.hits).filter((d) => !destinations(baselineHits).includes(d));
      expect(added).toEqual([]);
      // data: and blob: URLs are in memory (Firefox's own UI fonts show up as data: requests).
      const foreign = requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith(EXTENSION_ORIGIN) && !/^(data|blob):/.test(u),
      );
      expect(foreign).toEqual([]);
      // Distinct URLs: Firefox sometimes fetches a page's broken (404) image a second time when the
      // page restyles; that request is the page's own, to the same URL, with or without the extension.
      const own = (list: string[]) => [...new Set(list.filter((u) => u.startsWith(origin)))].sort();
      expect(own(requests)).toEqual(own(baselineRequests));
    });
  },
);
