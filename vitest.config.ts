import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: keep heavy recording replays from starving each other.
    maxWorkers: 2,
    // The JSON report lets .ci/run close with a plain 'N passed, N failed' line; it goes to the
    // temporary folder so that a test run leaves nothing in the clone.
    reporters: ['default', ['json', { outputFile: path.join(os.tmpdir(), 'perf-gate-vitest-results.json') }]],
  },
});
