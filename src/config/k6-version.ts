import { INPUT_DEFAULTS } from './input-table.js';
import { UserError } from '../core/user-error.js';

/** The k6 release perf-gate installs when `k6-version` is not set. */
export const DEFAULT_K6_VERSION = INPUT_DEFAULTS['k6-version'];

const VERSION_INPUT = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** The one rule: `2.2.0` or `v2.2.0` (a pre-release like `1.0.0-rc1` too) -> `2.2.0`; null for anything else. */
export function parseK6Version(input: string): string | null {
  return VERSION_INPUT.exec(input.trim())?.[1] ?? null;
}

export function normalizeK6Version(input: string): string {
  const version = parseK6Version(input);
  if (version === null) {
    throw new UserError(
      `k6-version "${input}" is not a k6 release version: expected X.Y.Z with an optional leading v ` +
        `(e.g. ${DEFAULT_K6_VERSION} or v${DEFAULT_K6_VERSION}); see https://github.com/grafana/k6/releases.`,
    );
  }
  return version;
}

/**
 * k6 prints `k6 v0.49.0 (go1.21.6, linux/amd64)` (v1+: `k6 v1.0.0 (commit/…, go…, os/arch)`);
 * null if it did not. The first word is the binary's own file name: a k6 copied to `k6-0.49`
 * prints `k6-0.49 v0.49.0 (…)`, so any name is taken before ` vX.Y.Z (`.
 */
export function parseK6VersionOutput(stdout: string): string | null {
  const match =
    /^k6 v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\s|$)/m.exec(stdout) ??
    /^\S[^\n]*? v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?) \(/m.exec(stdout);
  return match?.[1] ?? null;
}
