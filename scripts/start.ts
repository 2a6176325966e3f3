// `npm start`: builds the extension, serves the Arabic demo article on 127.0.0.1 and opens
// Chromium (or the browser in CHROME_PATH) with Siyaq loaded on it. The browser stays open until
// you close it. On a machine without a display it runs headless, saves a screenshot and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/find-browser';
import { startPageServer } from '../test/e2e/server';

const browserPath = findChromium();
if (!browserPath) {
  console.error(
    [
      'Siyaq: no Chromium found.',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  Fedora:         sudo dnf install chromium',
      '  macOS:          brew install --cask chromium',
      'or point CHROME_PATH at a Chromium-based browser that still honours --load-extension',
      '(Chromium, not branded Google Chrome 137+).',
    ].join('\n'),
  );
  process.exit(1);
}

console.log('Building the extension…');
if (spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const port = Number(process.env.PORT ?? 4173);
const { origin, server } = await startPageServer(port);
const demoUrl = `${origin}/demo/`;
const extension = resolve('.output/chrome-mv3');
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const context = await chromium.launchPersistentContext('', {
  executablePath: browserPath,
  headless: !hasDisplay,
  viewport: hasDisplay ? null : { width: 1280, height: 900 },
  ignoreDefaultArgs: hasDisplay ? ['--enable-automation'] : [],
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
console.log(`Siyaq is loaded in ${browserPath} on ${demoUrl}`);

if (hasDisplay) {
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  await page.waitForTimeout(3000);
  mkdirSync('artifacts', { recursive: true });
  const shot = resolve('artifacts/start-demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display found, so the browser ran headless; screenshot: ${shot}`);
  await context.close();
}
server.close();
