import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** Finds the id of the tab showing `pageUrl` (asks each tab's content script, as the mentions API does). */
export async function tabIdOf(serviceWorker: Worker, pageUrl: string): Promise<number> {
  return serviceWorker.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      if (tab.url === url) return tab.id;
      const report = (await chrome.tabs
        .sendMessage(tab.id, { type: 'siyaq:get-mentions' }, { frameId: 0 })
        .catch(() => null)) as { url: string } | null;
      if (report?.url === url) return tab.id;
    }
    throw new Error(`no tab shows ${url}`);
  }, pageUrl);
}

/** The toolbar badge text of a tab, read from the service worker. */
export async function badgeText(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Creates a list through the popup UI. */
export async function createList(popup: Page, name: string): Promise<void> {
  await popup.getByLabel('New list').fill(name);
  await popup.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(popup.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Adds a company to a list by typing a query in the list's search box and clicking the hit. */
export async function addByQuery(
  popup: Page,
  listName: string,
  query: string,
  entityId: string,
): Promise<void> {
  const list = popup
    .getByTestId('watchlist')
    .filter({ has: popup.getByRole('heading', { name: listName, exact: true }) });
  await list.getByLabel(`Add a company to ${listName}`).fill(query);
  await list.getByTestId(`search-hit-${entityId}`).click();
  await expect(list.getByTestId(`watchlist-item-${entityId}`)).toBeVisible();
}

/** Names and items of every list as the popup shows them. */
export async function listsShown(popup: Page): Promise<{ name: string; items: string[] }[]> {
  return popup.getByTestId('watchlist').evaluateAll((lists) =>
    lists.map((l) => ({
      name: l.querySelector('[data-testid="watchlist-name"]')?.textContent ?? '',
      items: [...l.querySelectorAll('[data-testid^="watchlist-item-"]')].map((i) =>
        i.getAttribute('data-testid')!.replace('watchlist-item-', ''),
      ),
    })),
  );
}
