// Reads the JSON reports of Vitest and Playwright for `npm test`: how many tests passed and
// failed, and the names of the failed ones with the first line of their error (printed again in
// the summary, so the last lines of a CI log say which test failed and why, not only how many).

export interface Tally {
  passed: number;
  failed: number;
  /** "file › test: first line of the error" of each failed test. */
  failedNames: string[];
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    ok: boolean;
    tests?: { results?: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
  suites?: PlaywrightSuite[];
}

/** A Vitest JSON report; file names relative to root. */
export function vitestTally(report: VitestReport, root: string): Tally {
  const failedNames = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map(
        (test) => `${relative(file.name, root)} › ${test.fullName}${firstLine(test.failureMessages?.[0])}`,
      ),
  );
  return { passed: report.numPassedTests, failed: report.numFailedTests, failedNames };
}

/** A Playwright JSON report; a test that passed only on a retry (flaky) counts as failed. */
export function playwrightTally(report: PlaywrightReport): Tally {
  return {
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky,
    failedNames: failedSpecs(report.suites ?? [], []),
  };
}

function failedSpecs(suites: PlaywrightSuite[], path: string[]): string[] {
  return suites.flatMap((suite) => {
    const here = suite.title ? [...path, suite.title] : path;
    const failed = (suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => {
        const results = spec.tests?.flatMap((test) => test.results ?? []) ?? [];
        const error = results.find((result) => result.error)?.error;
        return `${[...here, spec.title].join(' › ')}${firstLine(error?.message)}`;
      });
    return [...failed, ...failedSpecs(suite.suites ?? [], here)];
  });
}

function relative(file: string, root: string): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** ": the first non-empty line of an error message" (colour codes removed), or nothing. */
function firstLine(message: string | undefined): string {
  const line = message
    ?.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split('\n')
    .find((l) => l.trim())
    ?.trim();
  return line ? `: ${line.slice(0, 300)}` : '';
}
