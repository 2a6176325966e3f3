import AxeBuilder from '@axe-core/playwright';
import {
  test,
  expect,
  openExtensionPage,
  setSettings,
  waitForScan,
  getMentions,
  PAGE_ORIGIN,
} from './fixtures';
import { addByQuery, badgeText, createList, tabIdOf } from './watchlist-helpers';

// These steps need issue 5's content script (mentions API, highlights, card, reveal).
const PAGE = `${PAGE_ORIGIN}/pages/en-04-stargate-uae-g42-mgx.html`;

test.beforeEach(async ({ serviceWorker }) => {
  await setSettings(serviceWorker, { uiLanguage: 'en' });
});

const highlightCount = (page: import('@playwright/test').Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

test('a page with watched companies: badge count, "on this page" rows, add from the row, reveal opens the card', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const setup = await openExtensionPage(context, extensionId, 'popup.html');
  await createList(setup, 'Gulf');
  await addByQuery(setup, 'Gulf', 'g42', 'g42');
  await addByQuery(setup, 'Gulf', 'إنفيديا', 'nvidia');
  await addByQuery(setup, 'Gulf', 'alibaba', 'alibaba-group'); // not on the page
  await setup.close();

  const page = await context.newPage();
  await page.goto(PAGE);
  const report = await waitForScan(serviceWorker, PAGE);
  const onPage = new Set(report.mentions.map((m) => m.entityId));
  expect(onPage.has('g42') && onPage.has('nvidia') && !onPage.has('alibaba-group')).toBe(true);
  const tabId = await tabIdOf(serviceWorker, PAGE);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('2');

  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  const rows = popup.getByTestId('page-companies').locator('li');
  await expect(rows.first()).toBeVisible();
  const shown = await rows.evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.getAttribute('data-testid')!.replace('page-company-', ''),
      watched: li.getAttribute('data-watched') === 'true',
      count: Number(li.querySelector('[data-testid="mention-count"]')!.textContent!.replace('×', '')),
    })),
  );
  const counts = new Map<string, number>();
  for (const m of report.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  expect(shown.map((r) => [r.id, r.count]).sort()).toEqual([...counts].sort());
  // Watched first, and marked.
  expect(
    shown
      .slice(0, 2)
      .map((r) => [r.id, r.watched])
      .sort(),
  ).toEqual([
    ['g42', true],
    ['nvidia', true],
  ]);
  expect(shown.slice(2).every((r) => !r.watched)).toBe(true);

  // Screenshots of the popup with a page's companies, in both languages; axe on this state too.
  await popup.setViewportSize({ width: 420, height: 1000 });
  await popup.screenshot({ path: 'artifacts/screenshots/popup-on-this-page-en.png', fullPage: true });
  await setSettings(serviceWorker, { uiLanguage: 'ar' });
  await expect(popup.getByRole('heading', { name: 'في هذه الصفحة' })).toBeVisible();
  await popup.screenshot({ path: 'artifacts/screenshots/popup-on-this-page-ar.png', fullPage: true });
  const axe = await new AxeBuilder({ page: popup }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
  await setSettings(serviceWorker, { uiLanguage: 'en' });
  await expect(popup.getByRole('heading', { name: 'On this page' })).toBeVisible();

  // Add from the row: the badge follows without reload.
  const extra = shown[2]!.id;
  await popup.getByTestId(`page-company-${extra}`).getByRole('button', { name: /^Add / }).click();
  await expect(popup.getByTestId(`page-company-${extra}`)).toHaveAttribute('data-watched', 'true');
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('3');

  // Clicking a company scrolls the page to its first mention and opens its card.
  await popup.getByTestId('page-company-g42').getByRole('button', { name: 'Show G42 on the page' }).click();
  await expect(page.getByTestId('siyaq-card')).toBeVisible();
  await expect(page.getByTestId('card-name')).toContainText('G42');
});

test('add from the hover card: the company lands on the first list and the badge counts it', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const setup = await openExtensionPage(context, extensionId, 'popup.html');
  await createList(setup, 'From cards');
  const page = await context.newPage();
  await page.goto(PAGE);
  await waitForScan(serviceWorker, PAGE);
  const tabId = await tabIdOf(serviceWorker, PAGE);
  expect(await badgeText(serviceWorker, tabId)).toBe('');
  await serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'siyaq:reveal-mention', entityId: 'mgx' }, { frameId: 0 }),
    tabId,
  );
  await expect(page.getByTestId('card-name')).toContainText('MGX');
  await page.getByTestId('card-watch').click();
  await expect(page.getByTestId('card-watch')).toHaveAttribute('aria-pressed', 'true');
  await expect(setup.getByTestId('watchlist-item-mgx')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('1');
});

test('the per-site toggle and the global switch remove the highlights on the open page without reload', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await waitForScan(serviceWorker, PAGE);
  const tabId = await tabIdOf(serviceWorker, PAGE);
  const before = await highlightCount(page);
  expect(before).toBeGreaterThan(5);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  const site = popup.getByRole('switch', { name: 'On for 127.0.0.1' });
  await expect(site).toBeChecked();
  await site.uncheck();
  await expect.poll(() => highlightCount(page)).toBe(0);
  await expect(popup.getByTestId('page-state')).toHaveAttribute('data-state', 'site-off');
  expect((await getMentions(serviceWorker, PAGE)).mentions).toEqual([]);
  await site.check();
  await expect.poll(() => highlightCount(page)).toBe(before);

  await popup.getByRole('switch', { name: 'Siyaq is on' }).uncheck();
  await expect.poll(() => highlightCount(page)).toBe(0);
  await expect(popup.getByTestId('page-state')).toHaveAttribute('data-state', 'global-off');
  await popup.getByRole('switch', { name: 'Siyaq is on' }).check();
  await expect.poll(() => highlightCount(page)).toBe(before);

  // The options page lists the site while it is off, and turns it back on.
  await site.uncheck();
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.getByRole('button', { name: 'Turn Siyaq back on for 127.0.0.1' }).click();
  await expect.poll(() => highlightCount(page)).toBe(before);
  await expect(site).toBeChecked();
});
