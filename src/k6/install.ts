import { existsSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractArchive } from './archive.js';
import { expectedSha256, verifySha256 } from './checksum.js';
import { DEFAULT_RETRY_DELAYS_MS, downloadWithRetry, httpClientFetcher, type HttpFetcher } from './download.js';
import { actionsCrossRunCache, actionsToolCache, type CrossRunCache, type ToolCache } from './install-cache.js';
import { InstallError } from './install-error.js';
import {
  checkK6Path,
  execK6Version,
  findOnPath,
  probeK6,
  type FindOnPath,
  type RunK6Version,
} from './install-existing.js';
import { k6Platform, k6ReleaseFiles, k6ReleaseUrl, type K6Platform, type K6ReleaseFiles } from './platform.js';
import { normalizeK6Version } from '../config/k6-version.js';
import type { Log } from '../core/io.js';
import { displayUrl } from '../core/display-url.js';
import { sleep } from '../core/sleep.js';

export { InstallError } from './install-error.js';

export interface InstallRequest {
  /** `k6-version`: X.Y.Z with or without a leading v. */
  version: string;
  /** `k6-path`: use this binary as is; null to find or install k6. */
  k6Path: string | null;
  downloadBaseUrl: string;
}

export type InstallSource = 'k6-path' | 'path' | 'tool-cache' | 'actions-cache' | 'download';

export interface InstalledK6 {
  /** Absolute path of the k6 binary to run. */
  k6Path: string;
  /** The version it is (for `k6-path`, the version it reports). */
  version: string;
  source: InstallSource;
}

/** The outside world installK6 touches; tests replace any part. */
export interface InstallDeps {
  fetcher: HttpFetcher;
  retryDelaysMs: readonly number[];
  sleep: (ms: number) => Promise<void>;
  crossRunCache: CrossRunCache;
  toolCache: ToolCache;
  runK6Version: RunK6Version;
  findOnPath: FindOnPath;
  platform: K6Platform;
  /** Where archives are extracted; the cross-run cache saves and restores folders beneath it. */
  workFolder: string;
  log: Log;
}

/**
 * @actions/tool-cache needs RUNNER_TOOL_CACHE and RUNNER_TEMP; outside a runner (the CLI) they default to folders
 * under the OS temp folder so the same code path works.
 */
function ensureRunnerFolders(log: Log): void {
  for (const [name, folder] of [
    ['RUNNER_TOOL_CACHE', 'tool-cache'],
    ['RUNNER_TEMP', 'temp'],
  ] as const) {
    if (!process.env[name]) {
      process.env[name] = path.join(os.tmpdir(), 'perf-gate', folder);
      log.debug?.(`${name} is not set; using ${process.env[name]}`);
    }
  }
}

function defaultDeps(overrides: InstallOverrides): InstallDeps {
  const { log } = overrides;
  ensureRunnerFolders(log);
  return {
    fetcher: overrides.fetcher ?? httpClientFetcher(),
    retryDelaysMs: overrides.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    sleep: overrides.sleep ?? sleep,
    crossRunCache: overrides.crossRunCache ?? actionsCrossRunCache(),
    toolCache: overrides.toolCache ?? actionsToolCache(),
    runK6Version: overrides.runK6Version ?? execK6Version,
    findOnPath: overrides.findOnPath ?? ((name) => findOnPath(name)),
    // Lazy: k6-path and a k6 on PATH must work even where k6 publishes no archive.
    get platform() {
      return overrides.platform ?? k6Platform();
    },
    workFolder: overrides.workFolder ?? path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'perf-gate-k6'),
    log,
  };
}

const TOOL_NAME = 'k6';

/** The line that says which given k6 runs; a terminal run, which has said so itself, leaves it out. */
export const k6PathInUse = (version: string, k6Path: string) => `Using k6 v${version} from k6-path ${k6Path}`;

/** Finds or installs k6: k6-path, a matching k6 on PATH, the tool cache, the cross-run cache, then a download. */
/** Any part of the outside world may be replaced; the log is always the caller's. */
export type InstallOverrides = Partial<InstallDeps> & Pick<InstallDeps, 'log'>;

export async function installK6(request: InstallRequest, overrides: InstallOverrides): Promise<InstalledK6> {
  const version = normalizeK6Version(request.version);
  const deps = defaultDeps(overrides);
  const { log } = deps;

  if (request.k6Path) {
    const reported = await checkK6Path(request.k6Path, deps.runK6Version);
    if (reported !== version) log.info(`k6-path is k6 v${reported} (k6-version ${version} applies only to installs)`);
    log.info(k6PathInUse(reported, request.k6Path));
    return { k6Path: path.resolve(request.k6Path), version: reported, source: 'k6-path' };
  }

  const onPath = deps.findOnPath('k6');
  if (onPath) {
    const probe = await probeK6(onPath, deps.runK6Version);
    if ('version' in probe && probe.version === version) {
      log.info(`Using k6 v${version} found on PATH at ${onPath}`);
      return { k6Path: onPath, version, source: 'path' };
    }
    log.info(
      `Ignoring ${onPath} on PATH: ${'version' in probe ? `it is k6 v${probe.version}, not v${version}` : `it ${probe.problem}`}`,
    );
  }

  const platform = deps.platform;
  const cachedFolder = deps.toolCache.find(TOOL_NAME, version, platform.toolCacheArch);
  if (cachedFolder && existsSync(path.join(cachedFolder, platform.binaryName))) {
    log.info(`Using k6 v${version} from the tool cache (${cachedFolder})`);
    return { k6Path: path.join(cachedFolder, platform.binaryName), version, source: 'tool-cache' };
  }

  const files = k6ReleaseFiles(version, platform);
  const stagingFolder = path.join(deps.workFolder, files.folderName);
  const extractedFolder = path.join(stagingFolder, files.folderName);
  const cacheKey = `perf-gate-${files.folderName}`;
  if (await restoreFromCrossRunCache(deps, stagingFolder, cacheKey)) {
    if (existsSync(path.join(extractedFolder, platform.binaryName))) {
      const k6Path = await registerInToolCache(deps, extractedFolder, version);
      log.info(`Using k6 v${version} from the Actions cache (key ${cacheKey})`);
      return { k6Path, version, source: 'actions-cache' };
    }
    log.warning(
      `The Actions cache entry ${cacheKey} holds no ${files.folderName}/${platform.binaryName}; downloading instead`,
    );
  }

  await downloadAndExtract(deps, request.downloadBaseUrl, version, files, stagingFolder);
  const binary = path.join(extractedFolder, platform.binaryName);
  if (!existsSync(binary)) {
    throw new InstallError(
      `${files.archiveName} holds no ${files.folderName}/${platform.binaryName}; is it a k6 release archive?`,
    );
  }
  if (platform.os !== 'windows') await chmod(binary, 0o755);
  const k6Path = await registerInToolCache(deps, extractedFolder, version);
  try {
    await deps.crossRunCache.save([stagingFolder], cacheKey);
    log.info(`Saved k6 v${version} to the Actions cache (key ${cacheKey})`);
  } catch (error) {
    log.warning(`Could not save k6 to the Actions cache (key ${cacheKey}): ${(error as Error).message}`);
  }
  return { k6Path, version, source: 'download' };
}

async function restoreFromCrossRunCache(deps: InstallDeps, stagingFolder: string, cacheKey: string): Promise<boolean> {
  try {
    return (await deps.crossRunCache.restore([stagingFolder], cacheKey)) !== undefined;
  } catch (error) {
    deps.log.warning(`Could not read the Actions cache (key ${cacheKey}): ${(error as Error).message}; downloading k6`);
    return false;
  }
}

async function registerInToolCache(deps: InstallDeps, extractedFolder: string, version: string): Promise<string> {
  const folder = await deps.toolCache.cacheDir(extractedFolder, TOOL_NAME, version, deps.platform.toolCacheArch);
  return path.join(folder, deps.platform.binaryName);
}

async function fetchReleaseFile(deps: InstallDeps, url: string, onNotFound: () => InstallError): Promise<Buffer> {
  deps.log.info(`Downloading ${displayUrl(url)}`);
  const outcome = await downloadWithRetry(url, deps.fetcher, {
    retryDelaysMs: deps.retryDelaysMs,
    sleep: deps.sleep,
    info: (message) => deps.log.info(message.replace(url, displayUrl(url))),
  });
  if (outcome.kind === 'ok') return outcome.body;
  if (outcome.kind === 'refused' && outcome.statusCode === 404) throw onNotFound();
  if (outcome.kind === 'refused') {
    throw new InstallError(
      `${displayUrl(url)} answered ${outcome.statusCode}. Check k6-download-base-url, or set k6-path to a k6 you provide.`,
    );
  }
  const tries = outcome.attempts === 1 ? 'once' : `${outcome.attempts} times`;
  throw new InstallError(
    `Downloading ${displayUrl(url)} failed ${tries} (last attempt ${outcome.lastFailure}). ` +
      `Check the network or k6-download-base-url, then re-run; or set k6-path to a k6 you provide ` +
      `(any version), or k6-version to another release.`,
  );
}

async function downloadAndExtract(
  deps: InstallDeps,
  downloadBaseUrl: string,
  version: string,
  files: K6ReleaseFiles,
  stagingFolder: string,
): Promise<void> {
  const checksumsUrl = k6ReleaseUrl(downloadBaseUrl, version, files.checksumsName);
  const checksums = await fetchReleaseFile(
    deps,
    checksumsUrl,
    () =>
      new InstallError(
        `k6 v${version} is not published: ${displayUrl(checksumsUrl)} answered 404. ` +
          `Set k6-version to a released version (see https://github.com/grafana/k6/releases), or k6-path to a k6 you provide.`,
      ),
  );
  const expected = expectedSha256(checksums.toString('utf8'), files.archiveName, files.checksumsName);
  const archiveUrl = k6ReleaseUrl(downloadBaseUrl, version, files.archiveName);
  const archive = await fetchReleaseFile(
    deps,
    archiveUrl,
    () =>
      new InstallError(
        `k6 v${version} has no ${files.archiveName}: ${displayUrl(archiveUrl)} answered 404 although ${files.checksumsName} exists.`,
      ),
  );
  verifySha256(archive, expected, files.archiveName, files.checksumsName);
  deps.log.info(`Verified ${files.archiveName} (sha256 ${expected})`);
  await extractArchive(archive, files.archiveName, stagingFolder);
}
