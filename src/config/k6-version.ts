import { ConfigError } from './errors.js';

const VERSION_INPUT = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/**
 * The one k6-version rule, for the config reader and for the CLI's and the installer's own
 * versions alike: `2.2.0` or `v2.2.0` (a pre-release like `1.0.0-rc1` too) -> `2.2.0`; anything
 * else is refused with one message.
 */
export function normalizeK6Version(input: string): string {
  const version = VERSION_INPUT.exec(input.trim())?.[1];
  if (version === undefined) {
    throw new ConfigError(
      'k6-version',
      `'${input}' is not a k6 release version`,
      'Use the form 1.2.3 (or v1.2.3), one of https://github.com/grafana/k6/releases',
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
