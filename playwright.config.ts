import { defineConfig } from '@playwright/test';

/** Port of the page server the e2e tests load pages from (127.0.0.1 only). */
export const PAGE_SERVER_PORT = Number(process.env.SIYAQ_PAGE_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  // Sized for 2-core machines: one browser at a time.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-chromium.json' }]] : 'list',
  webServer: {
    command: `tsx test/e2e/server.ts`,
    env: { PORT: String(PAGE_SERVER_PORT) },
    url: `http://127.0.0.1:${PAGE_SERVER_PORT}/demo/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
