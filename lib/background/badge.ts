import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { watchedIdsItem } from '../storage/page-mirror';

/**
 * Toolbar badge: the number of distinct watched companies on each tab. Content scripts report
 * the entity ids marked on their page (`siyaq:page-entities-changed`); the count is those ids
 * intersected with the watched ids, recomputed when either side changes. The per-tab ids are kept
 * in `storage.session` because a Chrome service worker may be stopped between two reports.
 */

const tabEntitiesItem = storage.defineItem<Record<string, string[]>>('session:siyaq:tab-entities', {
  fallback: {},
});

/** Badge background: blue-800, white text reaches 4.5:1. */
export const BADGE_COLOR = '#1e40af';

/** Badge text for a count: empty for zero, "99+" above 99. */
export function badgeTextFor(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Distinct page ids that are watched. */
export function countWatched(pageIds: readonly string[], watched: readonly string[]): number {
  const watchedSet = new Set(watched);
  return new Set(pageIds.filter((id) => watchedSet.has(id))).size;
}

async function paint(tabId: number, pageIds: readonly string[], watched: readonly string[]): Promise<void> {
  const text = badgeTextFor(countWatched(pageIds, watched));
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab closed between the report and the paint.
  }
}

/** Called by the page handler when a tab's marked entities change. */
export async function onPageEntitiesChanged(tabId: number, entityIds: readonly string[]): Promise<void> {
  const all = await tabEntitiesItem.getValue();
  all[String(tabId)] = [...new Set(entityIds)];
  await tabEntitiesItem.setValue(all);
  await paint(tabId, all[String(tabId)]!, await watchedIdsItem.getValue());
}

/** Repaints every known tab (after the watched ids changed). */
export async function repaintAllBadges(watched?: readonly string[]): Promise<void> {
  const ids = watched ?? (await watchedIdsItem.getValue());
  const all = await tabEntitiesItem.getValue();
  await Promise.all(Object.entries(all).map(([tabId, pageIds]) => paint(Number(tabId), pageIds, ids)));
}

/** Wires the badge to watched-id changes and tab closes; returns an unsubscribe function. */
export function startBadge(): () => void {
  const unwatch = watchedIdsItem.watch((ids) => void repaintAllBadges(ids ?? []));
  const onRemoved = (tabId: number) => {
    void tabEntitiesItem.getValue().then((all) => {
      if (!(String(tabId) in all)) return;
      delete all[String(tabId)];
      return tabEntitiesItem.setValue(all);
    });
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => {
    unwatch();
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
