import type { ProfileName, ScenarioName } from '../../scenarios/lib/options.js';
import type { Segment } from '../../scenarios/lib/segments.js';

/** The one typed configuration the whole pipeline runs on; built once from the action's inputs. */

/** The bundled scenarios and profiles, as scenarios/lib/options.js (the one place that knows them) names them. */
export type BundledScenario = ScenarioName;
export type Profile = ProfileName;
export type CommentMode = 'always' | 'on-failure' | 'never';
/** What fails the step: any failed check, warnings too, or never. */
export type FailOn = 'fail' | 'warn' | 'never';

export interface ScenarioChoice {
  /** `enqueue` / `spike` for the bundled scripts, `custom` for a user's own k6 script. */
  kind: BundledScenario | 'custom';
  /** Absolute path of the k6 script to run. */
  scriptPath: string;
}

export interface ActionConfig {
  scenario: ScenarioChoice;
  /** Whether the `scenario` input was given: when not, a results file's own scenario tag decides. */
  scenarioGiven?: boolean;
  /** Staging URL without a trailing slash; null only in results-file mode. */
  baseUrl: string | null;
  /** Duet mode (baseline-url): the base deployment loaded side by side with baseUrl; null: off. */
  duet?: DuetSettings | null;
  /** min-change of a duet's paired judgement, also for a duet recording given as results-file. */
  pairedMinChange?: number;
  boothId: number;
  /** JWT for the test user; a secret: only ever passed to k6 through its environment. */
  authToken: string | null;
  /** Absolute path of the thresholds file. */
  thresholdsPath: string;
  /** The profile to run, `full` when the input is empty. */
  profile: Profile;
  /** Whether the `profile` input was given: when not, a results file's own profile tag decides. */
  profileGiven?: boolean;
  k6Version: string;
  k6Path: string | null;
  /** Judge this existing k6 NDJSON file instead of running k6. */
  resultsFile: string | null;
  /** Every line of results-file: paths (absolute) or globs, judged together as one run. */
  resultsFiles?: string[];
  /** This runner's share of a test split over a job matrix; it writes its results and judges nothing. */
  segment?: Segment | null;
  /** When k6 starts (ms since the epoch), so that all segments load together; null: at once. */
  startAtMs?: number | null;
  githubToken: string | null;
  comment: CommentMode;
  /** The login the github-token's comments show (comment-author); null: GitHub is asked. */
  commentAuthor?: string | null;
  /** Told apart in the PR comment's marker beside the script and profile (comment-key); null: none. */
  commentKey?: string | null;
  failOn: FailOn;
  /** Re-run the scenario when a latency check fails on a healthy run; fail only when it fails again. */
  confirm: boolean;
  /** Base URL k6 release archives are downloaded from (mirrors, GitHub Enterprise). */
  k6DownloadBaseUrl: string;
  /** Folder for k6's results and the report files. */
  workDir: string;
  /** Where to read server metrics after the run; null: no server figures. */
  prometheus: PrometheusSource | null;
  /** Grafana dashboard the report links to for the run's window. */
  grafanaUrl: string | null;
  /** allow-paths-outside-workspace: user-given files may lie outside the workspace and RUNNER_TEMP. */
  allowPathsOutsideWorkspace?: boolean;
  /** Baselines from earlier runs; absent: no history (configs built outside readConfig). */
  history?: HistorySettings;
}

/** `auto`: record on the default branch's push/schedule/workflow_dispatch runs, compare elsewhere. */
export type HistoryMode = 'auto' | 'record' | 'compare';

/** Where earlier runs are kept: a branch of the repository, a local JSON file, or nowhere. */
export type HistorySource = { kind: 'github' } | { kind: 'file'; path: string } | { kind: 'off' };

export interface HistorySettings {
  source: HistorySource;
  /** Branch the `github` source keeps its files on. */
  branch: string;
  mode: HistoryMode;
  /** Newest entries kept per scenario and profile. */
  size: number;
  /** Practical minimum of a regression, relative to the history's centre (0.1 = 10%). */
  minChange: number;
}

export interface DuetSettings {
  /** The base branch's deployment, without a trailing slash. */
  baselineUrl: string;
  /** Smallest slowdown of head vs base that fails (0.05 = 5%). */
  minChange: number;
}

export interface PrometheusSource {
  url: string;
  /** Full Authorization header value; a secret. */
  authHeader: string | null;
}
