import { existsSync, statSync } from 'node:fs';
import { confinePath } from './confine.js';
import os from 'node:os';
import path from 'node:path';
import { normalizeK6Version } from './k6-version.js';
import { withDefault, type InputName } from './input-table.js';
import { bundledScenarioPath, bundledThresholdsPath } from './paths.js';
import { ConfigError } from './errors.js';
import { checkTokenLifetime } from './jwt.js';
import { readHistorySettings } from './history-inputs.js';
import { readDuet, readPairedMinChange } from './duet-inputs.js';
import { httpUrl } from './http-url.js';
import { SCENARIOS } from '../../scenarios/lib/options.js';
import { checkResultsFile, isGlob, resultsPatterns } from './results-files.js';
import { parseStartAt } from './start-at.js';
import { parseSegment, type Segment } from '../../scenarios/lib/segments.js';
import type { ActionConfig, BundledScenario, CommentMode, FailOn, Profile, ScenarioChoice } from './types.js';

/** Reads one input as the runner passes it (already trimmed; '' when unset). */
export type InputReader = (name: string) => string;

export interface ConfigEnvironment {
  /** Folder relative paths are resolved against (the workspace). */
  cwd: string;
  /** Folder of the action itself (scenarios/, thresholds/). */
  actionRoot: string;
  /** Where k6's results and the report are written (RUNNER_TEMP on a runner). */
  tempDir: string;
  nowMs: number;
  /** Longest a bundled scenario can run with a profile; null when unknown. */
  plannedRunMs: (scenario: BundledScenario, profile: Profile) => number;
}

const BUNDLED_SCENARIOS: readonly BundledScenario[] = SCENARIOS;

/** A GitHub login (letters, digits, inner hyphens, at most 39), with `[bot]` for an app. */
function readCommentAuthor(value: string): string | null {
  if (value === '') return null;
  if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/.test(value))
    throw new ConfigError(
      'comment-author',
      `"${value.slice(0, 60)}" is not a GitHub login`,
      "Give the login the token's comments show, e.g. my-app[bot] for an app or octocat for a user, or leave it empty to ask GitHub",
    );
  return value;
}

/** Told apart in the comment marker: the marker's own characters only, short enough to fit. */
function readCommentKey(value: string): string | null {
  if (value === '') return null;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(value))
    throw new ConfigError(
      'comment-key',
      `"${value.slice(0, 60)}" is not a comment key`,
      'Use 1-32 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. staging-eu',
    );
  return value;
}

/** `segment`: i/n, this runner's share of a test split over n runners. */
function readSegment(value: string, judging: boolean): Segment | null {
  if (value === '') return null;
  const segment = parseSegment(value);
  if (segment === null)
    throw new ConfigError(
      'segment',
      `'${value.slice(0, 60)}' is not a segment`,
      'Give i/n with 1 <= i <= n <= 64, e.g. segment: ${{ matrix.segment }}/4 in a matrix over [1, 2, 3, 4]',
    );
  if (judging)
    throw new ConfigError(
      'segment',
      'is set together with results-file',
      'A segment runs its share of the load; judge the segments in a later job with results-file and no segment',
    );
  return segment;
}

/** Builds the one typed config from the inputs, or throws a ConfigError naming the bad input. */
export function readConfig(read: InputReader, env: ConfigEnvironment): ActionConfig {
  // An empty input takes action.yml's default: the runner fills them in, the CLI and tests do not.
  const input = (name: InputName): string => withDefault(name, read(name));
  const allowOutside = oneOf('allow-paths-outside-workspace', input('allow-paths-outside-workspace'), [
    'true',
    'false',
  ]);
  const confine = (name: string, file: string): void => {
    if (allowOutside === 'false') confinePath(name, file, [env.cwd, env.tempDir]);
  };
  const resultsFiles = resultsPatterns(input('results-file'), env.cwd);
  const resultsFile = resultsFiles[0] ?? null;
  if (resultsFiles.length === 1 && resultsFile !== null && !isGlob(resultsFile)) checkResultsFile(resultsFile);
  // A glob is confined by where it starts; each file it finds is read from there.
  for (const pattern of resultsFiles) if (!isGlob(pattern)) confine('results-file', pattern);
  const segment = readSegment(input('segment'), resultsFile !== null);

  // Empty: enqueue, unless a results file's own scenario tag decides (config/profile-check.ts).
  const scenarioGiven = input('scenario') !== '';
  const scenario = readScenario(input('scenario') || 'enqueue', env);
  if (scenario.kind === 'custom') confine('scenario', scenario.scriptPath);
  const thresholdsPath = readThresholdsPath(input('thresholds'), scenario, env);
  if (input('thresholds') !== '') confine('thresholds', thresholdsPath);
  const profileGiven = input('profile') !== '';
  const profile = profileGiven ? oneOf<Profile>('profile', input('profile'), ['full', 'quick']) : 'full';
  const baseUrl = readBaseUrl(input('base-url'), resultsFile !== null);
  const duet = readDuet(input('baseline-url'), input('min-change'), {
    baseUrl,
    resultsMode: resultsFile !== null,
    segment,
  });
  const boothId = readBoothId(input('booth-id'));
  const authToken = input('auth-token') || null;
  if (authToken !== null && resultsFile === null) {
    const planned = scenario.kind === 'custom' ? null : env.plannedRunMs(scenario.kind, profile);
    checkTokenLifetime(authToken, planned, env.nowMs);
  }

  return {
    scenario,
    scenarioGiven,
    baseUrl,
    duet,
    pairedMinChange: readPairedMinChange(input('min-change')),
    boothId,
    authToken,
    thresholdsPath,
    profile,
    profileGiven,
    k6Version: normalizeK6Version(input('k6-version')),
    k6Path: optionalPath(input('k6-path'), env.cwd),
    resultsFile,
    resultsFiles,
    segment,
    startAtMs: parseStartAt(input('start-at'), env.nowMs),
    githubToken: input('github-token') || null,
    comment: oneOf<CommentMode>('comment', input('comment'), ['always', 'on-failure', 'never']),
    commentAuthor: readCommentAuthor(input('comment-author')),
    commentKey: readCommentKey(input('comment-key')),
    failOn: oneOf<FailOn>('fail-on', input('fail-on'), ['fail', 'warn', 'never']),
    confirm: oneOf('confirm', input('confirm'), ['true', 'false']) === 'true',
    k6DownloadBaseUrl: readDownloadBaseUrl(input('k6-download-base-url')),
    workDir: path.join(env.tempDir || os.tmpdir(), 'perf-gate'),
    prometheus: readPrometheus(input('prometheus-url'), input('prometheus-auth-header')),
    allowPathsOutsideWorkspace: allowOutside === 'true',
    grafanaUrl:
      input('grafana-url') === ''
        ? null
        : httpUrl(
            'grafana-url',
            input('grafana-url'),
            'https://grafana.example.com/d/festin-overview',
            'a Grafana login, never the URL',
          ),
    history: confinedHistory(
      readHistorySettings((name) => input(name as InputName), env.cwd),
      confine,
    ),
  };
}

/** A local history file is read and written: held to the workspace like thresholds and results-file. */
function confinedHistory(
  settings: ReturnType<typeof readHistorySettings>,
  confine: (name: string, file: string) => void,
): ReturnType<typeof readHistorySettings> {
  if (settings.source.kind === 'file') confine('history', settings.source.path);
  return settings;
}

function readPrometheus(url: string, authHeader: string): ActionConfig['prometheus'] {
  if (url === '') {
    if (authHeader !== '')
      throw new ConfigError(
        'prometheus-auth-header',
        'is set but prometheus-url is empty',
        'Set prometheus-url too, or remove the header',
      );
    return null;
  }
  return {
    url: httpUrl('prometheus-url', url, 'http://prometheus.internal:9090').replace(/\/+$/, ''),
    authHeader: authHeader || null,
  };
}

function readScenario(value: string, env: ConfigEnvironment): ScenarioChoice {
  if ((BUNDLED_SCENARIOS as readonly string[]).includes(value)) {
    const kind = value as BundledScenario;
    return { kind, scriptPath: bundledScenarioPath(env.actionRoot, kind) };
  }
  const looksLikePath = /[\\/]|\.(js|mjs|cjs|ts)$/.test(value);
  if (!looksLikePath) {
    throw new ConfigError(
      'scenario',
      `'${value}' is not a bundled scenario`,
      'Use enqueue or spike, or the path of your own k6 script (e.g. ./load/my-test.js)',
    );
  }
  const scriptPath = path.resolve(env.cwd, value);
  if (!existsSync(scriptPath) || !statSync(scriptPath).isFile()) {
    throw new ConfigError(
      'scenario',
      `the k6 script ${scriptPath} does not exist`,
      'Check the path (it is relative to the workspace) and that the file is checked out',
    );
  }
  return { kind: 'custom', scriptPath };
}

function readBaseUrl(value: string, resultsMode: boolean): string | null {
  if (value === '') {
    if (resultsMode) return null;
    throw new ConfigError(
      'base-url',
      'is empty',
      'Set base-url to your staging URL, e.g. https://staging.example.com, or give results-file to judge an existing k6 run',
    );
  }
  return new URL(httpUrl('base-url', value, 'https://staging.example.com', 'auth-token'))
    .toString()
    .replace(/\/+$/, '');
}

function readBoothId(value: string): number {
  if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(
      'booth-id',
      `'${value}' is not a positive integer`,
      'Set booth-id to the id of an existing booth on staging, e.g. 1',
    );
  }
  return Number(value);
}

function readThresholdsPath(value: string, scenario: ScenarioChoice, env: ConfigEnvironment): string {
  if (value === '') {
    if (scenario.kind === 'custom') {
      throw new ConfigError(
        'thresholds',
        'is required with a custom scenario',
        'Write a thresholds file for your script (see thresholds/thresholds.schema.json) and pass its path',
      );
    }
    return bundledThresholdsPath(env.actionRoot, scenario.kind);
  }
  const resolved = path.resolve(env.cwd, value);
  if (!existsSync(resolved)) {
    throw new ConfigError(
      'thresholds',
      `the file ${resolved} does not exist`,
      'Check the path (it is relative to the workspace), or leave thresholds empty for the bundled t3.micro baseline',
    );
  }
  return resolved;
}

function readDownloadBaseUrl(value: string): string {
  if (!/^https?:\/\/[^\s]+$/.test(value)) {
    throw new ConfigError(
      'k6-download-base-url',
      `'${value}' is not an http(s) URL`,
      'Give the URL that holds vX.Y.Z/k6-vX.Y.Z-<os>-<arch> archives, like https://github.com/grafana/k6/releases/download',
    );
  }
  return value.replace(/\/+$/, '');
}

function optionalPath(value: string, cwd: string): string | null {
  return value === '' ? null : path.resolve(cwd, value);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(
    name,
    `'${value}' is not one of ${allowed.join(', ')}`,
    `Set ${name} to one of ${allowed.join(', ')}`,
  );
}
