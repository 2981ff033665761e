#!/usr/bin/env node
/** The `perf-gate` command: bundled into dist/cli/index.js, the package's bin. */
import { main, type CliIo } from './main.js';

const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
main(process.argv.slice(2), io).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`perf-gate: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
