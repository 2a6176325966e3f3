import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['{lib,components,entrypoints,scripts,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    // Sized for 2-core machines.
    maxWorkers: 2,
  },
});
