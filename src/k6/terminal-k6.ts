/**
 * Which k6 a terminal run uses (the CLI and the demo). A person at a terminal usually has a k6
 * installed already, of whatever version: that one is used, and named, unless they asked for a
 * binary (--k6-path) or a release (--k6-version). Only then, or with no k6 on PATH, is the pinned
 * release downloaded, once, without the action's patient retries: offline, the answer comes at once.
 * The action itself keeps its pinned, checksum-verified download (install.ts).
 */
import { InstallError, installK6, type InstallDeps, type InstalledK6 } from './install.js';
import { execK6Version, findOnPath, probeK6 } from './install-existing.js';

export interface TerminalK6Request {
  /** --k6-path; null when not given. */
  k6Path: string | null;
  /** --k6-version when given explicitly; null: any k6 on PATH will do, else the default release. */
  version: string | null;
  defaultVersion: string;
  downloadBaseUrl: string;
}

/** How the user can give a k6, in the words of the caller (CLI flags, or the demo's). */
export interface K6Remedies {
  k6Path: string;
  k6Version: string;
}

export const CLI_REMEDIES: K6Remedies = { k6Path: '--k6-path /path/to/k6', k6Version: '--k6-version X.Y.Z' };

export type TerminalK6 = { k6: InstalledK6; said: string } | { problem: string };

/** What to tell a user who has no k6: why, and every way out (flags and the action's inputs). */
export function noK6Message(reason: string, remedies: K6Remedies): string {
  return (
    `no k6 to run (${reason.replace(/\.$/, '')}). Give one with ${remedies.k6Path} (any version; ` +
    `the action's input k6-path), install k6 on PATH (https://grafana.com/docs/k6/latest/set-up/install-k6/), ` +
    `or pick a release to download with ${remedies.k6Version} (the action's input k6-version).`
  );
}

export async function findTerminalK6(
  request: TerminalK6Request,
  remedies: K6Remedies,
  overrides: Partial<InstallDeps> = {},
): Promise<TerminalK6> {
  const quiet = { info: () => {}, warning: () => {}, debug: () => {} };
  const deps: Partial<InstallDeps> = { retryDelaysMs: [], log: quiet, ...overrides };
  const lookUp = deps.findOnPath ?? ((name: string) => findOnPath(name));
  try {
    if (request.k6Path === null && request.version === null) {
      const onPath = lookUp('k6');
      if (onPath) {
        const probe = await probeK6(onPath, deps.runK6Version ?? execK6Version);
        if ('version' in probe) {
          const pinned =
            request.defaultVersion === probe.version ? '' : ` (the action pins v${request.defaultVersion})`;
          return {
            k6: { k6Path: onPath, version: probe.version, source: 'path' },
            said: `Using k6 v${probe.version} found on PATH at ${onPath}${pinned}`,
          };
        }
        (deps.log ?? quiet).info(`Ignoring ${onPath} on PATH: it ${probe.problem}`);
      }
    }
    const k6 = await installK6(
      {
        version: request.version ?? request.defaultVersion,
        k6Path: request.k6Path,
        downloadBaseUrl: request.downloadBaseUrl,
      },
      { ...deps, log: deps.log ?? quiet, findOnPath: lookUp },
    );
    const from = k6.source === 'k6-path' ? `the given ${k6.k6Path}` : `${k6.k6Path} (${k6.source})`;
    return { k6, said: `Using k6 v${k6.version} from ${from}` };
  } catch (error) {
    if (error instanceof InstallError) {
      // The reason only: the installer's own advice names the action's inputs, which noK6Message names too.
      return { problem: noK6Message(error.message.split(/\. (?=Check|Set|Point)/)[0] ?? error.message, remedies) };
    }
    throw error;
  }
}
