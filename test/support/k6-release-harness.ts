import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from '../../src/core/io.js';
import type { InstallDeps, InstallOverrides } from '../../src/k6/install.js';
import { k6Platform } from '../../src/k6/platform.js';
import { buildTarGz, buildZip, checksumsFile, fakeK6Script, type TarMember } from './k6-release-archive.js';
import { fakeCrossRunCache, type FakeCrossRunCache } from './k6-release-cache.js';
import { startK6ReleaseServer, type K6ReleaseServer } from './k6-release-server.js';

export interface RecordedLog extends Log {
  lines: string[];
  warnings: string[];
}

export function recordedLog(): RecordedLog {
  const lines: string[] = [];
  const warnings: string[] = [];
  return {
    lines,
    warnings,
    info: (message) => lines.push(message),
    debug: () => undefined,
    warning: (message) => warnings.push(message),
  };
}

/** One test's world: its own tool cache and temp folders, a release server, a fake cross-run cache. */
export interface K6ReleaseHarness {
  root: string;
  server: K6ReleaseServer;
  cache: FakeCrossRunCache;
  log: RecordedLog;
  sleeps: number[];
  /** Deps for installK6: tiny recorded delays, the fakes above, no PATH k6. */
  deps(overrides?: Partial<InstallDeps>): InstallOverrides;
  /** Serves `archive` as `archiveName` of `version`, with a checksums file that matches unless told otherwise. */
  publish(version: string, archiveName: string, archive: Buffer, checksums?: string): void;
  /** The next job on a hosted runner: empty tool cache and temp folder (same path), same cross-run cache. */
  newRunner(): void;
  dispose(): Promise<void>;
}

const ENV_NAMES = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'] as const;

export async function k6ReleaseHarness(): Promise<K6ReleaseHarness> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'k6-release-'));
  const savedEnv = ENV_NAMES.map((name) => process.env[name]);
  const server = await startK6ReleaseServer();
  const cache = fakeCrossRunCache();
  const log = recordedLog();
  const sleeps: number[] = [];
  let runner = 0;
  const newRunner = (): void => {
    runner += 1;
    process.env['RUNNER_TOOL_CACHE'] = path.join(root, `job${runner}-tool-cache`);
    process.env['RUNNER_TEMP'] = path.join(root, 'runner-temp');
    rmSync(process.env['RUNNER_TEMP'], { recursive: true, force: true });
  };
  newRunner();
  return {
    root,
    server,
    cache,
    log,
    sleeps,
    deps: (overrides = {}) => ({
      crossRunCache: cache,
      log,
      retryDelaysMs: [1, 2, 4],
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      findOnPath: () => null,
      platform: k6Platform('linux', 'x64'),
      ...overrides,
    }),
    publish(version, archiveName, archive, checksums) {
      const prefix = `/grafana/k6/releases/download/v${version}`;
      server.route(`${prefix}/${archiveName}`, { status: 200, body: archive });
      server.route(`${prefix}/k6-v${version}-checksums.txt`, {
        status: 200,
        body: checksums ?? checksumsFile({ [archiveName]: archive, 'k6-v0.0.0-other.zip': Buffer.from('other') }),
      });
    },
    newRunner,
    async dispose() {
      await server.close();
      ENV_NAMES.forEach((name, index) => {
        const value = savedEnv[index];
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A k6-style linux tarball: one folder named like the archive, holding an executable `k6` (plus `extra`). */
export function linuxRelease(
  workFolder: string,
  version: string,
  extra: TarMember[] = [],
): { archiveName: string; archive: Buffer } {
  const folder = `k6-v${version}-linux-amd64`;
  const archive = buildTarGz(workFolder, [
    { name: `${folder}/k6`, content: fakeK6Script(version), mode: 0o755 },
    { name: `${folder}/LICENSE.md`, content: 'AGPL-3.0' },
    ...extra,
  ]);
  return { archiveName: `${folder}.tar.gz`, archive };
}

export function macosRelease(workFolder: string, version: string): { archiveName: string; archive: Buffer } {
  const folder = `k6-v${version}-macos-arm64`;
  const archive = buildZip(workFolder, [
    { name: `${folder}/`, mode: 0o755 },
    { name: `${folder}/k6`, content: fakeK6Script(version), mode: 0o755 },
    { name: `${folder}/README.md`, content: 'k6' },
  ]);
  return { archiveName: `${folder}.zip`, archive };
}
