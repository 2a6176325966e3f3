// Renders public/icon/{16,32,48,128}.png from one SVG with the system Chromium.
// Run by hand when the logo changes (`npx tsx scripts/make-icons.ts`); the PNGs are committed.
import { chromium } from '@playwright/test';
import { findChromium } from './lib/find-browser';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="28" fill="#0f3d3e"/>
  <text x="64" y="78" text-anchor="middle" font-family="Noto Naskh Arabic, Noto Sans Arabic, serif"
        font-size="84" font-weight="700" fill="#ffffff">س</text>
  <rect x="22" y="96" width="84" height="12" rx="6" fill="#f5b700"/>
</svg>`;

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to public/icon/');
