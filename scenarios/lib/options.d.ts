// Types of options.js (plain JavaScript so that k6 can import it too).
import type { StagePlan } from '../../src/results/types.js';

export type ScenarioName = 'enqueue' | 'spike';
export type ProfileName = 'full' | 'quick';
export type Endpoint = 'login' | 'enqueue' | 'position' | 'cancel';
export type ResponseClass = 'ok' | 'business' | 'failure';

export declare const SCENARIOS: readonly ScenarioName[];
export declare const PROFILES: readonly ProfileName[];
export declare const QUICK_SCALE: number;
export declare const TAGS: { readonly endpoint: 'name'; readonly stage: 'stage'; readonly profile: 'profile' };
export declare const ENDPOINTS: { readonly [K in Endpoint]: K };
export declare const METRICS: {
  readonly businessErrors: 'business_errors';
  readonly usersRemoved: 'test_users_removed';
};
export declare const EXPECTED_STATUSES: {
  readonly min: number;
  readonly max: number;
  readonly also: readonly number[];
};
export declare const BATCH_SIZE: number;

export interface K6Stage {
  duration: string;
  target: number;
}

export interface RampingVusScenario {
  executor: 'ramping-vus';
  startVUs: number;
  stages: K6Stage[];
  gracefulRampDown: string;
  gracefulStop: string;
}

export interface RampingArrivalRateScenario {
  executor: 'ramping-arrival-rate';
  startRate: number;
  timeUnit: string;
  preAllocatedVUs: number;
  maxVUs: number;
  stages: K6Stage[];
  gracefulStop: string;
}

export interface K6Options {
  scenarios: Record<string, RampingVusScenario | RampingArrivalRateScenario>;
  /** Only the abort-when-the-target-is-down threshold. */
  thresholds: Record<string, Array<{ threshold: string; abortOnFail: boolean; delayAbortEval: string }>>;
  setupTimeout: string;
  teardownTimeout: string;
  batch: number;
  batchPerHost: number;
}

export declare function checkScenario(scenario: string): ScenarioName;
/** Reads the PROFILE variable: empty means full; anything else but full/quick throws. */
export declare function parseProfile(value: string | undefined | null): ProfileName;
export declare function stagePlanFor(scenario: ScenarioName, profile: ProfileName): StagePlan;
export declare function stagesTotalMs(plan: StagePlan): number;
export declare function stageIndexAt(elapsedMs: number, plan: StagePlan): number;
/** Longest the run can take (setup + stages + graceful stop + teardown), in ms. */
export declare function plannedRunMs(scenario: ScenarioName, profile: ProfileName): number;
export declare function testUserCount(scenario: ScenarioName, override?: string | number | null): number;
export declare function k6Duration(ms: number): string;
/** Stop the run once this share of load requests has failed for this long. */
export declare const TARGET_DOWN: { failedRate: number; after: string };
export declare function buildOptions(scenario: ScenarioName, profile: ProfileName): K6Options;
export declare function classifyResponse(endpoint: Endpoint, status: number): ResponseClass;
export declare function requestTags(
  endpoint: Endpoint,
  stageIndex?: number | null,
  profile?: ProfileName | null,
): { name: Endpoint; stage?: string; profile?: ProfileName };
/** The plan of a bundled scenario and profile named by a run's tags; undefined for any other name. */
export declare function taggedStagePlan(scenario: string, profile: string): StagePlan | undefined;
