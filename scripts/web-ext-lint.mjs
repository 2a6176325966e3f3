// Runs `web-ext lint` on a Firefox build and fails on any error. Warnings are printed but allowed:
// the known ones are React's internal innerHTML assignments, which AMO accepts.
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? '.output/firefox-mv3';
const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
for (const item of [...report.errors, ...report.warnings]) {
  console.log(`${item._type ?? ''} ${item.code}: ${item.message} ${item.file ?? ''}`);
}
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
