import type { LoadGenerator } from '../judge/runner-health.js';
import type { Verdict } from '../judge/types.js';
import type { HistoryReport } from './history-section.js';
import type { ServerStageMetrics } from '../metrics/types.js';
import type { RunResult } from '../results/types.js';

/** What the report says about the run beyond the numbers: its headline facts. */
export interface RunContext {
  scenario: string;
  profile: string;
  /** Target base URL (never with credentials). */
  target: string | null;
  k6Version: string | null;
  /** Commit SHA the run was made for. */
  commit: string | null;
  /** Command that reproduces the run locally (no secrets in it). */
  reproduce: string;
  /** Did teardown() remove the test users from the lines? null when unknown. */
  cleanedUp: boolean | null;
  /** k6 ended early (crash, kill, abort): the results are partial. */
  incomplete: boolean;
  /** One line on why the run was incomplete or the target unreachable, if so. */
  incompleteReason: string | null;
  /** The thresholds file's `baseline.environment` (where its baseline was measured); absent: none given. */
  baselineEnvironment?: string | null;
}

/** Everything renderReport needs; none of it may hold secrets (setup_data is never passed in). */
export interface ReportInput {
  result: RunResult;
  verdict: Verdict;
  context: RunContext;
  /** Server metrics per stage; the CPU / pool / heap rows appear only when given. */
  serverStages?: ServerStageMetrics[];
  /** One line naming the likely bottleneck (CPU, DB connection, Redis, network). */
  bottleneck?: string | null;
  /** Link to the Grafana dashboard for the run's time range. */
  dashboardUrl?: string | null;
  /** The runner's health while k6 ran; absent in results-file mode. */
  loadGenerator?: LoadGenerator | null;
  /** This run against the base branch's recent runs; absent when history is off. */
  history?: HistoryReport | null;
}
