import { existsSync } from 'node:fs';

/** Where Debian and other distributions put Chromium; `CHROME_PATH` wins when set. */
const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's binary, without the wrapper script's shell noise
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

/** Path of a Chromium-family browser, or null when none is installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Path of Firefox (ESR preferred), or null when none is installed. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}
