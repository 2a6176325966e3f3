// `npm run data:stats`: dataset statistics and artifact sizes. Logic: lib/data/compile/stats.ts.
import { runStatsCli } from '../lib/data/compile/cli';

process.exitCode = runStatsCli();
