/**
 * The thresholds file as people write it (zod), and the JSON Schema generated from the same
 * schema for editors. Only the shape of each field lives here; rules that tie fields together
 * (a check needs a limit or a baseline, ...) are in thresholds-rules.ts so that every problem
 * of a file is reported at once.
 */
import { z } from 'zod';
import { FIGURE_NAMES, SERVER_CHECK_FIGURES } from '../figures/catalogue.js';
import { SERVER_INPUT_KEYS, SERVER_INPUTS, type ServerInput } from '../figures/server-inputs.js';

export const SEVERITIES = ['fail', 'warn'] as const;

const listed = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

export const PERCENT_PATTERN = /^\d+(\.\d+)?%$/;
const ALLOWANCE = 'expected a percentage such as "25%" or a number ≥ 0 in the figure\'s unit';

const nonNegative = (what: string) =>
  z.number({ error: `expected ${what}` }).nonnegative({ error: `expected ${what}` });

const scopeSchema = z
  .union(
    [
      z.literal('overall'),
      z.strictObject({
        endpoint: z
          .string()
          .min(1)
          .describe('The request `name` tag, e.g. "enqueue" or "position" (bundled scenarios).'),
      }),
      z.strictObject({
        stage: z
          .number()
          .int()
          .nonnegative()
          .describe("0-based stage index, as the scenarios' `stage` tag: 0 is the first stage."),
      }),
    ],
    { error: 'expected "overall", { "endpoint": "<request name>" } or { "stage": <0-based index> }' },
  )
  .describe(
    'What the figure is measured over: the whole run (default), one endpoint, or one stage. ' +
      `Server figures (${SERVER_CHECK_FIGURES.join(', ')}) take "overall" (their worst stage) or a stage, never an endpoint.`,
  );

export const checkSchema = z
  .strictObject({
    figure: z
      .enum(FIGURE_NAMES, { error: `expected one of ${listed(FIGURE_NAMES)}` })
      .describe(
        'The figure judged. Latencies (p95, p99, avg, max) in ms; error-rate as a fraction (0.1 = 10%); ' +
          'rps in requests/s, which must stay at or above its limit; dropped-iterations as a count (whole run only). ' +
          'Server figures, from Prometheus (the prometheus-url input), per stage: cpu (process CPU usage, a fraction 0..1, ' +
          "the stage average), heap (JVM heap used / max, a fraction 0..1, the stage's highest), pool-pending and " +
          "pool-active (DB connections waiting / in use, the stage's highest), gc-pauses (GC pauses during the stage, a count). " +
          'Over the whole run a server figure is its worst stage\'s. Without server metrics a server check warns "not measured" and never fails.',
      ),
    scope: scopeSchema.optional(),
    limit: nonNegative('a number ≥ 0 (ms for latencies, a fraction for error-rate, cpu and heap)')
      .optional()
      .describe(
        'Absolute limit: the largest acceptable value (the smallest for rps). ' +
          'Error rate, cpu and heap are fractions: 0.1 means 10%.',
      ),
    baseline: nonNegative('a number ≥ 0, the value measured on the baseline')
      .optional()
      .describe("The value measured on the baseline environment, in the figure's unit."),
    allowedRegression: z
      .union([z.string().regex(PERCENT_PATTERN, { error: ALLOWANCE }), z.number().nonnegative({ error: ALLOWANCE })], {
        error: ALLOWANCE,
      })
      .optional()
      .describe(
        'How far the figure may regress from the baseline: "25%" of the baseline, or an absolute amount ' +
          "in the figure's unit (50 = 50 ms; 0.01 = one percentage point of error rate).",
      ),
    severity: z
      .enum(SEVERITIES, { error: `expected ${listed(SEVERITIES)}` })
      .optional()
      .describe('What a certain breach makes the check: "fail" (default) or "warn".'),
    description: z.string().optional().describe('Why this check and these numbers: for people.'),
    optional: z
      .boolean()
      .optional()
      .describe(
        'true: an endpoint or stage this check names may be absent from the run (it then only warns). false (default): its absence fails the check, so a typo cannot disable it.',
      ),
  })
  .describe(
    'One check. The effective limit is the tighter of `limit` and baseline + allowedRegression. ' +
      'A latency fails only when its whole 95% confidence interval is past the limit, and warns when the limit lies inside it.',
  );

export const baselineInfoSchema = z
  .strictObject({
    environment: z
      .string({ error: 'expected a string naming the environment' })
      .min(1)
      .describe('Where the baseline was measured.'),
    measuredAt: z.iso
      .date({ error: 'expected a date as YYYY-MM-DD' })
      .describe('When the baseline was measured (YYYY-MM-DD).'),
    source: z.string({ error: 'expected a string' }).optional().describe('Who measured it and how.'),
  })
  .describe('Where the baseline values of the checks come from.');

const promql = (input: ServerInput) =>
  z
    .string()
    .trim()
    .min(1, {
      error: `expected a PromQL expression for ${input}, e.g. ${JSON.stringify(SERVER_INPUTS[input].query)}`,
    })
    .optional()
    .describe(`PromQL returning ${SERVER_INPUTS[input].expects}. Default: ${SERVER_INPUTS[input].query}`);

/** The `serverMetrics.queries` map of a thresholds file: any server input's query replaced. */
export const serverMetricsQueries = z
  .strictObject(
    Object.fromEntries(SERVER_INPUT_KEYS.map((input) => [input, promql(input)])) as Record<
      ServerInput,
      ReturnType<typeof promql>
    >,
  )
  .describe(
    'PromQL per server figure, for stacks other than Spring Boot + Micrometer. Each is run with /api/v1/query_range over the run.',
  );

export type ServerMetricsQueries = z.infer<typeof serverMetricsQueries>;

export const serverMetricsSchema = z
  .strictObject({
    queries: serverMetricsQueries.optional(),
  })
  .describe('How server figures are read from Prometheus, when the prometheus-url input is set.');

const positiveMs = (what: string) =>
  z
    .number({ error: `expected ${what} in ms, a number > 0` })
    .positive({ error: `expected ${what} in ms, a number > 0` });

export const stageBaselineStageSchema = z
  .strictObject({
    label: z
      .string({ error: 'expected the stage\'s label as the report shows it, e.g. "VU 50"' })
      .min(1, { error: 'expected the stage\'s label as the report shows it, e.g. "VU 50"' })
      .describe(
        'The stage as the report names it ("VU 50", "500/s"); the run must have the same stages in the same order.',
      ),
    p50: positiveMs("the stage's median http_req_duration").describe("The stage's median http_req_duration (ms)."),
    p95: positiveMs("the stage's p95 http_req_duration").describe("The stage's p95 http_req_duration (ms)."),
    requests: z
      .number({ error: 'expected a whole number of requests' })
      .int({ error: 'expected a whole number of requests' })
      .nonnegative({ error: 'expected a whole number of requests' })
      .optional()
      .describe(
        "The stage's requests on the baseline runs (median). With every stage's, a pass on a saturated runner stands only when the run sent at least 97% of their sum.",
      ),
  })
  .describe('One stage of the baseline runs.');

export const stageBaselineSchema = z
  .strictObject({
    stages: z
      .array(stageBaselineStageSchema, { error: 'expected an array of stages' })
      .min(2, { error: 'expected at least 2 stages; write it with `perf-gate baseline RESULTS_FILE…`' })
      .describe('Every stage of the plan, in order.'),
    source: z.string({ error: 'expected a string' }).optional().describe('Which runs, where and when: for people.'),
  })
  .describe(
    "Each stage's median and p95 on the baseline runs, as `perf-gate baseline RESULTS_FILE…` writes it (the median of " +
      "each figure over the files). With it, the whole run's p95 check whose allowance is a percentage is judged stage by " +
      "stage (each stage's ln p50 and ln p95 against the baseline's, averaged): far steadier from run to run than the whole " +
      "run's p95, which rests on a few seconds of the heaviest stage. Record it on the runner the gate runs on.",
  );

export const thresholdsFileSchema = z
  .strictObject({
    $schema: z.string({ error: 'expected a string' }).optional().describe('The JSON Schema of this file, for editors.'),
    scenario: z
      .string({ error: 'expected a string' })
      .optional()
      .describe('The scenario these thresholds are for, e.g. "enqueue".'),
    description: z
      .string({ error: 'expected a string' })
      .optional()
      .describe('What these thresholds are for and why their numbers: for people.'),
    baseline: baselineInfoSchema.optional(),
    checks: z
      .array(checkSchema, { error: 'expected an array of checks' })
      .min(1, { error: 'expected at least one check' })
      .describe('The checks, judged in this order.'),
    serverMetrics: serverMetricsSchema.optional(),
    stageBaseline: stageBaselineSchema.optional(),
  })
  .meta({
    title: 'perf-gate thresholds',
    description: 'The limits and baseline a perf-gate run is judged against.',
  });

export type ThresholdsFile = z.infer<typeof thresholdsFileSchema>;
export type CheckEntry = z.infer<typeof checkSchema>;
export type StageBaselineEntry = z.infer<typeof stageBaselineSchema>;

/** Keys each object of the file accepts, for "unknown key" messages. */
export const KNOWN_KEYS = {
  root: Object.keys(thresholdsFileSchema.shape),
  baseline: Object.keys(baselineInfoSchema.shape),
  check: Object.keys(checkSchema.shape),
  serverMetrics: Object.keys(serverMetricsSchema.shape),
  queries: Object.keys(serverMetricsQueries.shape),
  stageBaseline: Object.keys(stageBaselineSchema.shape),
  stageBaselineStage: Object.keys(stageBaselineStageSchema.shape),
};

/** The JSON Schema shipped as thresholds/thresholds.schema.json. */
export function thresholdsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(thresholdsFileSchema, { io: 'input' }) as Record<string, unknown>;
}
