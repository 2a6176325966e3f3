// Functions that run INSIDE the browser (passed to `evaluate`), shared by the Chromium
// (Playwright) and Firefox (puppeteer) suites. Each is self-contained: it is serialized and sent
// to the browser, so it may use only its argument and the globals of the context it runs in.
import type { MentionsReport } from '../../lib/messaging/protocol';

/**
 * From an extension context: finds the tab whose content script reports `url` (through the public
 * mentions API) and returns that report, or — with `message` — sends `message` to that tab and
 * returns its answer.
 */
export async function messagePageTab({
  url,
  message,
}: {
  url: string;
  message?: Record<string, unknown>;
}): Promise<unknown> {
  for (const tab of await chrome.tabs.query({})) {
    if (tab.id === undefined) continue;
    const report = (await chrome.tabs
      .sendMessage(tab.id, { type: 'siyaq:get-mentions' }, { frameId: 0 })
      .catch(() => undefined)) as MentionsReport | undefined; // no content script in that tab
    if (report?.url !== url) continue;
    return message ? chrome.tabs.sendMessage(tab.id, message, { frameId: 0 }) : report;
  }
  throw new Error(`no content script answered for ${url}`);
}

/**
 * In the page's own world, from the first byte: records every DOM mutation in
 * `window.__mutations`; `window.__ready` marks how many happened while the page was parsed (the
 * scan starts after DOMContentLoaded, so everything logged later is someone else's change).
 */
export function recordPageMutations(): void {
  const log: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = log;
  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      const added = [...r.addedNodes].map((n) => n.nodeName).join(',');
      log.push(
        `${r.type} ${r.target.nodeName} ${r.attributeName ?? ''} +[${added}] -${r.removedNodes.length}`,
      );
    }
  };
  // Messages posted to the page's window: Siyaq posts none (a page's own listeners would see them).
  const messages: string[] = [];
  (window as unknown as { __messages: string[] }).__messages = messages;
  window.addEventListener('message', (e) => messages.push(JSON.stringify(e.data)));
  const observer = new MutationObserver(record);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => {
    record(observer.takeRecords());
    (window as unknown as { __ready: number }).__ready = log.length;
  });
}
