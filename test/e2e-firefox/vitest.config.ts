import { defineConfig } from 'vitest/config';

// Firefox end-to-end: puppeteer-core drives Firefox ESR over WebDriver BiDi with the built
// extension installed as a temporary add-on (Playwright cannot drive a stock Firefox).
export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
