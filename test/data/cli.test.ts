// @vitest-environment node
// `npm run data` on a broken corpus: exit code 1 and every problem listed as `file: path: problem`.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCompileCli } from '../../lib/data/compile/cli';

const root = mkdtempSync(join(tmpdir(), 'siyaq-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run data on a broken record', () => {
  it('exits 1 and lists every error across files as file: field: problem', () => {
    mkdirSync(join(root, 'data'), { recursive: true });
    cpSync('data/companies', join(root, 'data/companies'), { recursive: true });
    symlinkSync(resolve('data/lists'), join(root, 'data/lists'));
    cpSync('package.json', join(root, 'package.json'));
    const file = join(root, 'data/companies/openai.yaml');
    const record = parse(readFileSync(file, 'utf8'));
    record.funding[2].sources[0] = 's99';
    writeFileSync(file, stringify(record));
    const other = join(root, 'data/companies/deepseek.yaml');
    const deepseek = parse(readFileSync(other, 'utf8'));
    deepseek.sectors.push('rocketry');
    writeFileSync(other, stringify(deepseek));

    const errors: string[] = [];
    const spy = vi
      .spyOn(console, 'error')
      .mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = runCompileCli(root);
    spy.mockRestore();
    log.mockRestore();

    expect(code).toBe(1);
    expect(errors[0]).toBe('data: 2 validation error(s):');
    expect(errors).toContain('data/companies/openai.yaml: funding[2].sources[0]: unknown source key "s99"');
    const n = parse(readFileSync('data/companies/deepseek.yaml', 'utf8')).sectors.length;
    expect(
      errors.some((e) =>
        e.startsWith(
          `data/companies/deepseek.yaml: sectors[${n}]: "rocketry" is not in the sectors vocabulary`,
        ),
      ),
    ).toBe(true);
  }, 60_000);
});
