// Permission audit: the built manifests request exactly what test/permissions-allowlist.json
// lists (each entry justified for store review), and every listed permission is used by the code.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface AllowEntry {
  justification: string;
  usedBy: string;
}
interface Allowlist {
  permissions: Record<string, AllowEntry>;
  host_permissions: Record<string, AllowEntry>;
  content_scripts: Record<string, AllowEntry>;
}

const allowlist = JSON.parse(readFileSync('test/permissions-allowlist.json', 'utf8')) as Allowlist;
const outDir = process.env.SIYAQ_OUT_DIR ?? '.output';
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const SOURCE = ['entrypoints', 'lib', 'components']
  .flatMap(sourceFiles)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

for (const build of BUILDS) {
  test(`${build}: manifest permissions match the allowlist`, () => {
    const manifestPath = resolve(outDir, build, 'manifest.json');
    expect(existsSync(manifestPath), `${manifestPath} is built`).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(allowlist.permissions).sort());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(
      Object.keys(allowlist.host_permissions).sort(),
    );
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    expect([...new Set(matches)].sort()).toEqual(Object.keys(allowlist.content_scripts).sort());
    expect(manifest.web_accessible_resources ?? [], 'no extension file is exposed to pages').toEqual([]);
  });
}

test('every allowlisted permission is justified and used by the code', () => {
  for (const [name, entry] of Object.entries({
    ...allowlist.permissions,
    ...allowlist.host_permissions,
    ...allowlist.content_scripts,
  })) {
    expect(entry.justification.length, `${name} has a justification`).toBeGreaterThan(30);
    expect(new RegExp(entry.usedBy).test(SOURCE), `${name} is used (${entry.usedBy})`).toBe(true);
  }
});
