// `npm run data` (also run by `build` and `postinstall`): validates data/companies, ingests
// data/lists and writes the stamped artifacts in data/generated/. Logic: lib/data/compile.
import { runCompileCli } from '../lib/data/compile/cli';

process.exitCode = runCompileCli();
