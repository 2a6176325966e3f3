import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openExtensionPage, setSettings } from './fixtures';
import { addByQuery, createList, listsShown } from './watchlist-helpers';

test.beforeEach(async ({ serviceWorker }) => {
  await setSettings(serviceWorker, { uiLanguage: 'en' });
});

test('watchlists: create, add by Arabic and English query, details, rename, recolour, reorder, delete with undo', async ({
  context,
  extensionId,
}) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByText('No watchlists yet. Create one above.')).toBeVisible();
  await createList(popup, 'Gulf AI');
  await addByQuery(popup, 'Gulf AI', 'انفيديا', 'nvidia'); // hamza-less spelling of إنفيديا
  await addByQuery(popup, 'Gulf AI', 'g42', 'g42'); // English, lower case
  // The same query again: the hit says it is already there and cannot be added twice.
  await popup.getByLabel('Add a company to Gulf AI').fill('NVIDIA');
  await expect(popup.getByTestId('search-hit-nvidia')).toBeDisabled();
  await popup.getByLabel('Add a company to Gulf AI').fill('');

  // Empty names are refused with a message, and nothing is created.
  await popup.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(popup.getByRole('alert')).toHaveText('Give the list a name.');
  await createList(popup, 'Chips');
  expect(await listsShown(popup)).toEqual([
    { name: 'Gulf AI', items: ['nvidia', 'g42'] },
    { name: 'Chips', items: [] },
  ]);

  await popup.getByRole('button', { name: 'Move Chips up' }).click();
  await expect.poll(async () => (await listsShown(popup)).map((l) => l.name)).toEqual(['Chips', 'Gulf AI']);

  await popup.getByRole('button', { name: 'Rename Chips' }).click();
  await popup.getByLabel('List name').fill('Chip makers');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('heading', { name: 'Chip makers' })).toBeVisible();
  await popup.getByLabel('Colour of Chip makers').selectOption({ label: 'Red' });
  await expect(popup.getByLabel('Colour of Chip makers')).toHaveValue('#b91c1c');

  // Details view: the same facts as the card, sourced.
  await popup
    .getByTestId('watchlist-item-nvidia')
    .getByRole('button', { name: 'Nvidia', exact: true })
    .click();
  const details = popup.getByTestId('entity-details');
  await expect(details.getByRole('heading', { name: /Nvidia/ })).toBeVisible();
  await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(popup.getByRole('checkbox', { name: 'Gulf AI' })).toBeChecked();
  await popup.getByRole('button', { name: 'Back' }).click();

  await popup.getByRole('button', { name: 'Delete the list Gulf AI' }).click();
  await expect(popup.getByTestId('undo-bar')).toContainText('Deleted "Gulf AI".');
  expect((await listsShown(popup)).map((l) => l.name)).toEqual(['Chip makers']);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => listsShown(popup))
    .toEqual([
      { name: 'Chip makers', items: [] },
      { name: 'Gulf AI', items: ['nvidia', 'g42'] },
    ]);

  // A second popup (another context) sees the same lists: liveQuery keeps pages in sync.
  const other = await openExtensionPage(context, extensionId, 'popup.html');
  await expect.poll(() => listsShown(other)).toEqual(await listsShown(popup));
  await other.getByTestId('watchlist-item-g42').getByRole('button', { name: 'Remove' }).click();
  await expect.poll(async () => (await listsShown(popup))[1]!.items).toEqual(['nvidia']);
});

test('everything in the popup is reachable by keyboard', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByLabel('New list')).toBeVisible();
  const tabUntil = async (predicate: () => Promise<boolean>) => {
    for (let i = 0; i < 40; i++) {
      if (await predicate()) return;
      await popup.keyboard.press('Tab');
    }
    throw new Error('not reachable by Tab');
  };
  const focusedLabel = () =>
    popup.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
    });
  await tabUntil(async () => (await focusedLabel()) === 'New list');
  await popup.keyboard.type('Keyboard list');
  await popup.keyboard.press('Enter');
  await tabUntil(async () => (await focusedLabel()) === 'Add a company to Keyboard list');
  await popup.keyboard.type('إنفيديا');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('watchlist-item-nvidia')).toBeVisible();
  await tabUntil(async () => (await focusedLabel()) === 'Nvidia');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('entity-details')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Back' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await tabUntil(async () => (await focusedLabel()) === 'Delete the list Keyboard list');
  await popup.keyboard.press('Enter');
  await tabUntil(async () => (await focusedLabel()) === 'Undo');
  await popup.keyboard.press('Enter');
  await expect.poll(() => listsShown(popup)).toEqual([{ name: 'Keyboard list', items: ['nvidia'] }]);
});

test('export JSON → delete all → import gives the same lists; a malformed file is rejected and changes nothing', async ({
  context,
  extensionId,
}) => {
  // Not testInfo.outputPath: other runs sharing test-results/ may clean it mid-test.
  const dir = await mkdtemp(join(tmpdir(), 'siyaq-io-'));
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await createList(popup, 'Gulf AI');
  await addByQuery(popup, 'Gulf AI', 'جي 42', 'g42');
  await addByQuery(popup, 'Gulf AI', 'mubadala', 'mubadala');
  await createList(popup, 'Chips, "US"');
  await addByQuery(popup, 'Chips, "US"', 'nvidia', 'nvidia');
  await popup.getByLabel('Colour of Chips, "US"').selectOption({ label: 'Purple' });
  // A note on an item (details view) must survive the round trip too.
  await popup.getByTestId('watchlist-item-g42').getByRole('button', { name: 'G42', exact: true }).click();
  await popup.getByLabel('Note in Gulf AI').fill('MGX partner');
  await popup.getByLabel('Note in Gulf AI').press('Enter');
  await popup.getByRole('button', { name: 'Back' }).click();
  const before = await listsShown(popup);

  const options = await openExtensionPage(context, extensionId, 'options.html');
  const downloadPromise = options.waitForEvent('download');
  await options.getByTestId('export-json').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^siyaq-watchlists-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = join(dir, 'export.json');
  await download.saveAs(jsonPath);
  const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(exported).toMatchObject({ format: 'siyaq-watchlists', version: 1 });
  expect(exported.watchlists.map((l: { name: string }) => l.name)).toEqual(['Gulf AI', 'Chips, "US"']);
  expect(exported.watchlists[0].items[0]).toMatchObject({ entityId: 'g42', note: 'MGX partner' });

  const csvPromise = options.waitForEvent('download');
  await options.getByTestId('export-csv').click();
  const csvPath = join(dir, 'export.csv');
  await (await csvPromise).saveAs(csvPath);
  expect((await readFile(csvPath, 'utf8')).split('\r\n')[0]).toBe('list,entity_id,name,added');

  for (const name of ['Gulf AI', 'Chips, "US"']) {
    await popup.getByRole('button', { name: `Delete the list ${name}` }).click();
  }
  await expect.poll(() => listsShown(popup)).toEqual([]);

  await options.getByTestId('import-file').setInputFiles(jsonPath);
  await expect(options.getByTestId('import-plan')).toContainText('is valid: 2 lists, 3 companies');
  await options.getByLabel('Replace all my lists').check();
  await options.getByTestId('import-apply').click();
  await expect(options.getByTestId('import-done')).toBeVisible();
  await expect.poll(() => listsShown(popup)).toEqual(before);
  await expect(popup.getByLabel('Colour of Chips, "US"')).toHaveValue('#7e22ce');
  await popup.getByTestId('watchlist-item-g42').getByRole('button', { name: 'G42', exact: true }).click();
  await expect(popup.getByLabel('Note in Gulf AI')).toHaveValue('MGX partner');
  await popup.getByRole('button', { name: 'Back' }).click();

  // Malformed: wrong version and an unknown id → every problem shown, nothing changed.
  const bad = JSON.stringify({ ...exported, version: 7 });
  await options
    .getByTestId('import-file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  // The UI wraps file content in bidi isolates (U+2068…U+2069); compare the visible text.
  const problemsText = async () =>
    ((await options.getByTestId('import-problems').textContent()) ?? '').replace(/[\u2066-\u2069]/g, '');
  await expect.poll(problemsText).toContain('Unsupported version 7 (this Siyaq reads version 1).');
  await expect(options.getByTestId('import-plan')).toHaveCount(0);
  const badCsv =
    'list,entity_id,name,added\nGulf AI,not-a-company,X,2026-01-01\nGulf AI,nvidia,Nvidia,tomorrow\n';
  await options
    .getByTestId('import-file')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv) });
  await expect.poll(problemsText).toContain('"bad.csv" was not imported: 2 problems. Nothing was changed.');
  expect(await problemsText()).toContain('line 2, field entity_id: Unknown company id "not-a-company".');
  expect(await problemsText()).toContain('line 3, field added: "tomorrow" is not a date');
  expect(await listsShown(popup)).toEqual(before);
});

for (const language of ['en', 'ar'] as const) {
  test(`axe finds no violations in the popup and options page (${language}); screenshot`, async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await setSettings(serviceWorker, { uiLanguage: language });
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await popup.setViewportSize({ width: 420, height: 900 });
    await expect(popup.locator('html')).toHaveAttribute('lang', language);
    // Put content on the page so axe checks the lists, items and search results too.
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'siyaq:add-to-watchlist', entityId: 'nvidia' }),
    );
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'siyaq:add-to-watchlist', entityId: 'g42' }),
    );
    await expect(popup.getByTestId('watchlist-item-g42')).toBeVisible();
    await popup
      .getByRole('searchbox')
      .first()
      .fill(language === 'ar' ? 'علي' : 'ali');
    const popupResults = await new AxeBuilder({ page: popup }).analyze();
    expect(popupResults.violations, JSON.stringify(popupResults.violations, null, 1)).toEqual([]);
    await popup.screenshot({ path: `artifacts/screenshots/popup-${language}.png`, fullPage: true });
    await popup.getByTestId('watchlist-item-nvidia').getByRole('button').first().click();
    await expect(popup.getByTestId('entity-details')).toBeVisible();
    const detailsResults = await new AxeBuilder({ page: popup }).analyze();
    expect(detailsResults.violations, JSON.stringify(detailsResults.violations, null, 1)).toEqual([]);
    await popup.screenshot({ path: `artifacts/screenshots/popup-details-${language}.png`, fullPage: true });

    const options = await openExtensionPage(context, extensionId, 'options.html');
    await options
      .getByTestId('import-file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n') });
    await expect(options.getByTestId('import-problems')).toBeVisible();
    const optionsResults = await new AxeBuilder({ page: options }).analyze();
    expect(optionsResults.violations, JSON.stringify(optionsResults.violations, null, 1)).toEqual([]);
    await options.screenshot({ path: `artifacts/screenshots/options-${language}.png`, fullPage: true });
  });
}
