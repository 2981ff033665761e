/**
 * The analysed outcome of one k6 run: what `analyze()` produces from k6's NDJSON
 * output and what judge and report consume. Times are milliseconds unless named otherwise.
 */

/** k6's trend statistics, computed exactly as k6 does (full sort, linear interpolation). */
export interface TrendStats {
  count: number;
  avg: number;
  min: number;
  med: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  /**
   * 95% confidence intervals of the percentiles: over time blocks when the requests span enough
   * of them (RequestStats.intervalBasis says which), else distribution-free order statistics.
   */
  p95Ci: ConfidenceInterval;
  p99Ci: ConfidenceInterval;
}

/** TrendStats without the percentiles' intervals: what `perf-gate analyze` prints as tables. */
export type TrendFigures = Omit<TrendStats, 'p95Ci' | 'p99Ci'>;

/** How a group's intervals were computed: over time blocks inside the plan's stages or across the run (bursts count), or as independent draws. */
export type IntervalBasis =
  | { method: 'time blocks'; blocks: number; blockSeconds: number }
  /** Blocks inside each stage of the plan, combined by the stages' shares; shortStages (0-based) borrow another stage's width. */
  | { method: 'stage blocks'; blocks: number; stages: number; shortStages: number[] }
  | { method: 'independent draws'; reason: string };

export interface ConfidenceInterval {
  low: number;
  high: number;
}

/** RequestStats without intervals: what tables print. */
export interface RequestFigures {
  requests: number;
  failed: number;
  errorRate: number;
  rps: number;
  duration: TrendFigures | null;
}

/** Request figures shared by the whole run, an endpoint, a stage. */
export interface RequestStats extends RequestFigures {
  /** http_reqs count. */
  requests: number;
  /** Requests k6 counted as failed (http_req_failed = 1). */
  failed: number;
  /** failed / requests; 0 when there were no requests. */
  errorRate: number;
  /** requests per second over the window the figures cover. */
  rps: number;
  /** http_req_duration statistics; null when there were no requests. */
  duration: TrendStats | null;
  /** 95% interval of errorRate, computed as intervalBasis says; null without http_req_failed samples. */
  errorRateCi?: ConfidenceInterval | null;
  /** How p95Ci, p99Ci and errorRateCi were computed; absent in results built by hand (tests). */
  intervalBasis?: IntervalBasis;
}

export interface OverallResult extends RequestStats {
  iterations: number;
  droppedIterations: number;
  maxVus: number;
  checks: { passes: number; fails: number };
}

/** Where a request was made: the load itself, or the script's setup() / teardown(). */
export type RequestPhase = 'load' | 'setup' | 'teardown';

export interface EndpointResult extends RequestStats {
  /** The `name` tag (our scenarios set `login`, `enqueue`, `position`, `cancel`; otherwise k6's URL). */
  name: string;
  method: string;
  phase: RequestPhase;
}

export interface ErrorMessageCount {
  message: string;
  count: number;
}

export interface StatusResult {
  /** HTTP status; 0 when no response (connection refused, timeout, ...). */
  status: number;
  count: number;
  /** Of `count`, the requests setup() and teardown() made, which no check judges; absent when none. */
  outsideLoad?: number;
  /** k6's error_code (1212 connection refused, 1050 timeout, ...) most seen with this status. */
  errorCode: number | null;
  /** Most frequent k6 `error` tag values, most frequent first. */
  errors: ErrorMessageCount[];
}

/** One stage of the scenario: a VU target (ramping-vus) or an arrival rate (ramping-arrival-rate). */
export interface StageWindow {
  /** 0-based position in the scenario's stages. */
  index: number;
  /** Human label, e.g. "VU 50" or "500/s". */
  label: string;
  /**
   * Offsets from the load's start (RunResult.scenarioStartTime, the chart's 0:00). From the
   * requests when they carry a `stage` tag: the first one's start to the last one's end.
   */
  startMs: number;
  endMs: number;
  target: number;
  unit: 'vus' | 'iterations/s';
}

export interface StageResult extends RequestStats {
  stage: StageWindow;
  maxVus: number;
}

/** The run over time. rps, p95 and errors count the load's requests only (not setup() or teardown()). */
export interface TimeBucket {
  /** Offset of the bucket's start from the load's start (scenarioStartTime), the stage windows' zero. */
  offsetMs: number;
  rps: number;
  /** p95 of http_req_duration within the bucket; null when it had no requests. */
  p95: number | null;
  errors: number;
  vus: number;
}

export interface TimeSeries {
  bucketMs: number;
  buckets: TimeBucket[];
}

export interface RunResult {
  /** The analysed file, as given. */
  file: string;
  /** ISO time of the first and last sample; '' for a file without samples. */
  startTime: string;
  endTime: string;
  /**
   * ISO time the scenario started, which StageWindow offsets count from: the end of setup()
   * (k6 starts the scenarios then), else the first scenario request, else startTime.
   */
  scenarioStartTime: string;
  /** From the first sample to the last, setup() and teardown() included (k6's run duration). */
  durationMs: number;
  /** From the load's start (scenarioStartTime) to the end of its last request: what the load's rates divide by. */
  loadDurationMs: number;
  /**
   * The load's figures: every request but setup()'s and teardown()'s (logins, clean-up), with
   * rps over loadDurationMs. What checks, outputs and the headline judge. The k6 counters
   * (iterations, dropped iterations, VUs, checks) are the run's, as in wholeRun.
   */
  overall: OverallResult;
  /** The whole run, setup() and teardown() included: every figure equals k6's own end-of-test summary. */
  wholeRun: OverallResult;
  /** What the requests say about the run that made them. */
  described: RunDescription;
  endpoints: EndpointResult[];
  statuses: StatusResult[];
  stages: StageResult[];
  timeSeries: TimeSeries;
  /** The file was cut short: it ends mid-line, or its gzip stream before its end (k6 killed while writing). */
  truncated: boolean;
  /** What the figures could not see: a run whose evidence is incomplete can warn or fail, never pass. */
  evidence: Evidence;
  /** The k6 instances of a run split over several (execution segments), judged as one; absent for one file. */
  instances?: InstanceStart[];
  /** The load's p95 per 5 s block of each planned stage (times from the load's start); absent without a plan. */
  loadBlocks?: LoadBlocks;
}

/** The load's p95 per detection block (results/block-profile.ts) as plain arrays: null for a block too thin for a p95. */
export interface LoadBlocks {
  startMs: number[];
  endMs: number[];
  stage: number[];
  requests: number[];
  logP95: Array<number | null>;
}

/** The k6 counters beside the load's and the whole run's request figures. */
export type RunCounters = Pick<OverallResult, 'iterations' | 'droppedIterations' | 'maxVus' | 'checks'>;

/**
 * A run's figures with each group's request figures of type S: a RunResult is one with
 * RequestStats and its time series; the tables of `perf-gate analyze` need RequestFigures only.
 */
export interface RunFiguresOf<S extends RequestFigures> extends Omit<
  RunResult,
  'overall' | 'wholeRun' | 'endpoints' | 'stages' | 'timeSeries'
> {
  overall: S & RunCounters;
  wholeRun: S & RunCounters;
  endpoints: Array<S & Pick<EndpointResult, 'name' | 'method' | 'phase'>>;
  stages: Array<S & Pick<StageResult, 'stage' | 'maxVus'>>;
}

/** What `perf-gate analyze` prints as tables: a RunResult is one too. */
export type RunFigures = RunFiguresOf<RequestFigures>;

/** One instance's file and when its load started, after the earliest instance's (its start skew). */
export interface InstanceStart {
  file: string;
  scenarioStartTime: string;
  skewMs: number;
}

/**
 * Why the evidence is short. Gaps that leave load samples or load time unseen make the run
 * incomplete; the others (endpoints folded into one row) only change how it is shown.
 */
export type EvidenceGapKind =
  | 'truncated'
  | 'k6-ended-early'
  | 'short-load'
  | 'long-load'
  | 'no-load-requests'
  | 'outside-time-span'
  | 'bad-stage-tag'
  | 'bad-values'
  | 'endpoints-folded';

export interface EvidenceGap {
  kind: EvidenceGapKind;
  /** One line for the reader, e.g. "12 samples outside the run's time span were ignored". */
  message: string;
  /** Whether the gap hides load the judgement needs (then the run cannot pass). */
  incomplete: boolean;
}

export interface Evidence {
  /** No gap hides load: the figures cover the whole planned run. */
  complete: boolean;
  gaps: EvidenceGap[];
}

/**
 * What a run's own tags tell: the k6 scenario (k6's `scenario` tag), the profile (our
 * scenarios' `profile` tag) and where the stages came from.
 */
export interface RunDescription {
  /** The `scenario` tag most load requests carry; null when none does. */
  scenario: string | null;
  /** The `profile` tag most load requests carry; null when none does (custom scripts, runs before the tag). */
  profile: string | null;
  /** Where the stage labels and targets came from: the plan of the tagged scenario and profile, the plan given, or none. */
  planFrom: 'tags' | 'given' | 'none';
  /** Where the stage windows came from: the requests' `stage` tags, the plan's times, or none. */
  windowsFrom: 'requests' | 'plan' | 'none';
}

/**
 * The scenario's planned stages, used to cut the run into StageWindows when requests
 * carry no `stage` tag. Our scenarios tag every request with `stage` = the 0-based
 * stage index as a decimal string ("0", "1", ...), which wins when present.
 */
export interface StagePlan {
  unit: 'vus' | 'iterations/s';
  /** Starting VUs (ramping-vus startVUs) or rate (ramping-arrival-rate startRate). */
  start: number;
  stages: Array<{ durationMs: number; target: number }>;
}

/** How the k6 process that wrote the file ended, as much as the evidence needs (k6/ fills it). */
export interface K6RunEnd {
  /** k6 ran its whole plan (no kill, abort or crash). */
  complete: boolean;
  /** One line on how it ended, e.g. "k6 was killed by SIGKILL before it finished". */
  meaning: string;
}
