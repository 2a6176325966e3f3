import { browser } from 'wxt/browser';
import type { MentionsReport } from '../messaging/protocol';
import { sendToTab } from '../messaging/send';

/**
 * Which tab the popup talks about.
 *
 *  - `popup.html?tab=<id>`: that tab. Tests open the popup as a tab of its own, so they pass the
 *    page's tab id; it is also handy for debugging.
 *  - Otherwise the active tab of the last-focused window; if that is an extension page (the popup
 *    opened as a tab), the most recently used other tab.
 */
export async function resolveTargetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && active.id !== self?.id && !isExtensionUrl(active.url)) return active.id;
  const others = (await browser.tabs.query({}))
    .filter((t) => t.id !== undefined && t.id !== self?.id && !isExtensionUrl(t.url))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

function isExtensionUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/'));
}

/** Asks the tab's content script for its mentions; null when no content script answers (unsupported page). */
export async function fetchMentions(tabId: number): Promise<MentionsReport | null> {
  try {
    return (await sendToTab(tabId, 'siyaq:get-mentions', {})) ?? null;
  } catch {
    return null;
  }
}

/** Scrolls the tab to the entity's first mention, opens its card, and brings the tab forward. */
export async function revealMention(tabId: number, entityId: string): Promise<boolean> {
  try {
    await browser.tabs.update(tabId, { active: true });
    const { found } = await sendToTab(tabId, 'siyaq:reveal-mention', { entityId });
    return found;
  } catch {
    return false;
  }
}

/** Mention counts per entity, in order of first mention. */
export function countMentions(report: MentionsReport): { entityId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of report.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts].map(([entityId, count]) => ({ entityId, count }));
}
