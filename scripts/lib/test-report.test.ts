import { describe, expect, it } from 'vitest';
import { playwrightTally, vitestTally } from './test-report';

describe('test reports', () => {
  it('names the failed Vitest tests by file and full name', () => {
    const tally = vitestTally(
      {
        numPassedTests: 2,
        numFailedTests: 1,
        testResults: [
          {
            name: '/repo/lib/a.test.ts',
            assertionResults: [
              { fullName: 'a works', status: 'passed' },
              {
                fullName: 'a fails',
                status: 'failed',
                failureMessages: ['AssertionError: expected 1 to be 2\n    at a.test.ts:3'],
              },
            ],
          },
          { name: '/repo/lib/b.test.ts', assertionResults: [{ fullName: 'b works', status: 'passed' }] },
        ],
      },
      '/repo',
    );
    expect(tally).toEqual({
      passed: 2,
      failed: 1,
      failedNames: ['lib/a.test.ts › a fails: AssertionError: expected 1 to be 2'],
    });
  });

  it('names the failed and flaky Playwright specs by file and title, nested suites included', () => {
    const tally = playwrightTally({
      stats: { expected: 2, unexpected: 1, flaky: 1 },
      suites: [
        {
          title: 'privacy.spec.ts',
          specs: [
            {
              title: 'no request',
              ok: false,
              tests: [
                {
                  results: [
                    {
                      error: {
                        message:
                          '\u001b[31mError: expect(received).toEqual(expected)\u001b[39m\n\nExpected: []',
                      },
                    },
                  ],
                },
              ],
            },
            { title: 'self-test', ok: true },
          ],
        },
        {
          title: 'hostile.spec.ts',
          specs: [{ title: 'top', ok: true }],
          suites: [{ title: 'fuzz', specs: [{ title: 'seed 7', ok: false }] }],
        },
      ],
    });
    expect(tally).toEqual({
      passed: 2,
      failed: 2,
      failedNames: [
        'privacy.spec.ts › no request: Error: expect(received).toEqual(expected)',
        'hostile.spec.ts › fuzz › seed 7',
      ],
    });
  });
});
