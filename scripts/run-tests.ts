// `npm test`: every tier in order — typecheck, lint, format, unit, both builds, Chromium e2e,
// Firefox e2e, web-ext lint. Keeps going after a failure where later steps do not depend on it,
// and ends with one plain line `N passed, N failed` (tests counted individually, every other
// step as one). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { playwrightTally, vitestTally, type Tally } from './lib/test-report';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, CI: process.env.CI ?? '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0 };
const summary: string[] = [];

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function record(name: string, tally: Tally): void {
  totals.passed += tally.passed;
  totals.failed += tally.failed;
  summary.push(`${tally.failed ? '✗' : '✓'} ${name}: ${tally.passed} passed, ${tally.failed} failed`);
  for (const failed of tally.failedNames) summary.push(`    ✗ ${failed}`);
}

/** The tally of a step with no test count of its own: one pass or one failure. */
function outcome(ok: boolean): Tally {
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, failedNames: [] };
}

function step(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  record(name, outcome(ok));
  return ok;
}

/** Reads a Vitest or Playwright JSON report; a missing report when the run failed counts as one failure. */
function testTally(reportFile: string, ok: boolean, kind: 'vitest' | 'playwright'): Tally {
  if (!existsSync(reportFile)) return outcome(false);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const tally = kind === 'vitest' ? vitestTally(report, process.cwd()) : playwrightTally(report);
  // A runner that failed without a failing test (a crash, an error outside tests) still fails.
  if (!ok && tally.failed === 0) tally.failed = 1;
  return tally;
}

function tests(
  name: string,
  command: string,
  args: string[],
  reportFile: string,
  kind: 'vitest' | 'playwright',
) {
  rmSync(reportFile, { force: true });
  const ok = run(command, args);
  record(name, testTally(reportFile, ok, kind));
}

const npx = 'npx';
step('typecheck', npx, ['tsc', '--noEmit']);
step('lint', npx, ['eslint', '.']);
step('format', npx, ['prettier', '--check', '.']);
tests(
  'unit',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`],
  `${RESULTS}/unit.json`,
  'vitest',
);
const chromeBuilt = step('build chrome', 'npm', ['run', '-s', 'build']);
const firefoxBuilt = step('build firefox', 'npm', ['run', '-s', 'build:firefox']);
if (chromeBuilt) {
  tests('e2e chromium', npx, ['playwright', 'test'], `${RESULTS}/e2e-chromium.json`, 'playwright');
} else {
  record('e2e chromium (not run: build failed)', outcome(false));
}
if (firefoxBuilt) {
  tests(
    'e2e firefox',
    npx,
    [
      'vitest',
      'run',
      '--config',
      'test/e2e-firefox/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS}/e2e-firefox.json`,
    ],
    `${RESULTS}/e2e-firefox.json`,
    'vitest',
  );
  step('web-ext lint', 'node', ['scripts/web-ext-lint.mjs', '.output/firefox-mv3']);
} else {
  record('e2e firefox (not run: build failed)', outcome(false));
}

// Store-ready packages: Chrome zip, Firefox zip and the sources zip Firefox review asks for.
const zipped = run('npm', ['run', '-s', 'zip']);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const zips = ['chrome', 'firefox', 'sources'].map((kind) => `.output/siyaq-${version}-${kind}.zip`);
const missingZips = zips.filter((file) => !existsSync(file));
if (missingZips.length) console.error(`missing: ${missingZips.join(', ')}`);
record('zip', outcome(zipped && !missingZips.length));

console.log(`\n${summary.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
