import { test, expect, getMentions, openExtensionPage, setSettings, PAGE_ORIGIN } from './fixtures';

test('the content script runs on a 127.0.0.1 page and answers the mentions API', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const url = `${PAGE_ORIGIN}/demo/`;
  await page.goto(url);
  await expect.poll(async () => (await getMentions(serviceWorker, url).catch(() => null))?.url).toBe(url);
});

test('the background answers ping with the manifest version', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'popup.html');
  const version = await page.evaluate(
    async () => (await chrome.runtime.sendMessage({ type: 'siyaq:ping' })).version,
  );
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
});

for (const [language, heading, dir] of [
  ['en', 'On this page', 'ltr'],
  ['ar', 'في هذه الصفحة', 'rtl'],
] as const) {
  test(`the popup renders in ${language}`, async ({ context, extensionId, serviceWorker }) => {
    await setSettings(serviceWorker, { uiLanguage: language });
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.getByRole('heading', { name: heading })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('dir', dir);
    await expect(popup.locator('html')).toHaveAttribute('lang', language);
  });
}

test('the options page changes the popup language without reload', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { uiLanguage: 'en' });
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByRole('heading', { name: 'On this page' })).toBeVisible();
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.getByLabel('Interface language').selectOption('ar');
  await expect(popup.getByRole('heading', { name: 'في هذه الصفحة' })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
});
