// Compiles the recognition tables: data/generated/names-source.json (+ list-names-source.json if
// present) → data/generated/matcher-curated.json (+ matcher-listed.json), stamped artifacts of
// kind `matcher`. Chain after `npm run data`: `tsx scripts/compile-matcher.ts`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { stampArtifact, verifyArtifact } from '../lib/data/artifact';
import type { NamesSource } from '../lib/data/names-source';
import { buildMatcher, withPrefilter } from '../lib/matcher/build';
import { MATCHER_FORMAT_VERSION, MATCHER_KIND } from '../lib/matcher/types';

/** Reads a names source, stamped (`names-source`) or — during bootstrap — bare. */
export function readNamesSource(path: string, kind = 'names-source'): NamesSource {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  if (json && json.header) return verifyArtifact<NamesSource>(json, kind, json.header.formatVersion);
  return json as NamesSource;
}

function write(path: string, payload: ReturnType<typeof buildMatcher>, dates: Record<string, string>) {
  // Non-ASCII characters escaped: the content script embeds this text as a string literal, which
  // V8 stores with one byte per character only if every character is Latin-1.
  const text = JSON.stringify(
    stampArtifact(MATCHER_KIND, MATCHER_FORMAT_VERSION, withPrefilter(payload), dates),
  ).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(path, text);
  const gz = gzipSync(text).length;
  console.log(
    `matcher: ${payload.entities.length} entities, ${payload.stats.patterns} patterns ` +
      `(${payload.stats.names} names, ${payload.stats.variants} variants, ${payload.stats.contextWords} context words), ` +
      `${payload.nodeCount} nodes → ${path} (${(text.length / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB)`,
  );
}

function main() {
  const curatedPath = 'data/generated/names-source.json';
  const listedPath = 'data/generated/list-names-source.json';
  const curated = readNamesSource(curatedPath);
  const dates = (JSON.parse(readFileSync(curatedPath, 'utf8')).header?.snapshotDates ?? {}) as Record<
    string,
    string
  >;
  write('data/generated/matcher-curated.json', buildMatcher(curated), dates);
  if (existsSync(listedPath)) {
    const listed = readNamesSource(listedPath, 'list-names-source');
    const ldates = (JSON.parse(readFileSync(listedPath, 'utf8')).header?.snapshotDates ?? {}) as Record<
      string,
      string
    >;
    write('data/generated/matcher-listed.json', buildMatcher(curated, { extra: listed }), {
      ...dates,
      ...ldates,
    });
  }
}

if (process.argv[1] && /compile-matcher/.test(process.argv[1])) main();
