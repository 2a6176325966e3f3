/** Entry points behind `npm run data` and `npm run data:stats` (the scripts/ files only call these). */
import { join } from 'node:path';
import { compileData } from './compile-data';
import { DataValidationError, formatIssue } from './issues';
import { statsReport } from './stats';
import { formatBytes, measureArtifacts, writeArtifacts } from './write-artifacts';

function fail(error: unknown): number {
  if (error instanceof DataValidationError) {
    console.error(`data: ${error.issues.length} validation error(s):`);
    for (const issue of error.issues) console.error(formatIssue(issue));
    return 1;
  }
  console.error(error);
  return 1;
}

/** `npm run data`: compile and write `data/generated/*`, one line per artifact. Returns the exit code. */
export function runCompileCli(root = process.cwd()): number {
  const started = Date.now();
  try {
    const result = compileData({ root });
    const sizes = writeArtifacts(result.artifacts, join(root, 'data/generated'));
    for (const s of sizes) {
      console.log(
        `data: ${`data/generated/${s.file}`.padEnd(40)} ${formatBytes(s.raw).padStart(9)} raw ${formatBytes(s.gzip).padStart(9)} gzip  (${s.entities} entities)`,
      );
    }
    const warn = result.warnings.length
      ? `, ${result.warnings.length} warnings (see npm run data:stats)`
      : '';
    console.log(
      `data: ${result.records.length} records, ${result.links.length} list links, done in ${Date.now() - started} ms${warn}`,
    );
    return 0;
  } catch (error) {
    return fail(error);
  }
}

/** `npm run data:stats`: compile in memory (nothing written) and print the report. */
export function runStatsCli(root = process.cwd()): number {
  try {
    const result = compileData({ root });
    for (const line of statsReport(result, measureArtifacts(result.artifacts))) console.log(line);
    return 0;
  } catch (error) {
    return fail(error);
  }
}
