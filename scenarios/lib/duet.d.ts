// Types of duet.js (plain JavaScript so that k6 can import it too).
export declare const TARGET_TAG: 'target';
export declare const TARGETS: { head: 'head'; base: 'base' };
export declare const BASELINE_URL_ENV: 'BASELINE_URL';
export declare const TARGET_ENV: 'PERF_GATE_TARGET';
export declare const BASE_SUFFIX: '_base';
export type DuetTarget = 'head' | 'base';
export type Env = Record<string, string | undefined>;
export declare function isDuet(env: Env): boolean;
export declare function baselineUrl(env: Env): string;
export declare function targetOf(env: Env): DuetTarget;
export declare function targetUrl(env: Env): string;
/** The options with each scenario doubled: `name` (target=head) and `name_base` (target=base). */
export type DuetOptions<O> = Omit<O, 'scenarios' | 'thresholds'> & {
  scenarios: Record<string, Record<string, unknown>>;
  thresholds: Record<string, unknown>;
};
export declare function duetOptions<O extends { scenarios?: object; thresholds?: object }>(options: O): DuetOptions<O>;
export declare function duetConfigs<C extends { baseUrl: string }>(
  config: C,
  env: Env,
): { head: C & { target: 'head' }; base: C & { target: 'base' } };
