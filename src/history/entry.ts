/**
 * One history entry: the compact record of a judged run that later runs are compared with.
 * A few KB at most: figures and their within-run intervals, never raw samples. The zod schema
 * is the one source of the format; thresholds/history.schema.json is generated from it.
 */
import { z } from 'zod';

export const LOAD_GENERATOR_HEALTH = ['ok', 'overloaded', 'unknown'] as const;
export type LoadGeneratorHealth = (typeof LOAD_GENERATOR_HEALTH)[number];

// zod 4's number() already refuses Infinity and NaN; each figure is also held to what a run can
// measure, so a hand-edited or damaged entry is refused instead of failing every later run.

/** A day: no HTTP request k6 times lasts longer (1e308 ms would print as 300 digits). */
const MAX_LATENCY_MS = 86_400_000;
/** No HTTP round trip, even on loopback, is faster (the recordings' fastest is ~0.1 ms). */
const MIN_LATENCY_MS = 0.01;
/** Far beyond what one k6 run can send. */
const MAX_RPS = 10_000_000;

function estimate(figure: z.ZodNumber, bound: z.ZodNumber) {
  return z
    .strictObject({
      value: figure.describe('The figure as the run measured it.'),
      low: bound.nullable().describe("Low end of the figure's 95% within-run interval; null when unknown."),
      high: bound.nullable().describe("High end of the figure's 95% within-run interval; null when unknown."),
    })
    .describe('A figure and how sure its own run was of it.');
}

const latencyEstimate = estimate(
  z.number().min(MIN_LATENCY_MS).max(MAX_LATENCY_MS),
  z.number().min(0).max(MAX_LATENCY_MS),
);
const shareEstimate = estimate(z.number().min(0).max(1), z.number().min(0).max(1));
const rateEstimate = estimate(z.number().min(0).max(MAX_RPS), z.number().min(0).max(MAX_RPS));

export const estimateSchema = z
  .strictObject({
    value: z.number(),
    low: z.number().nullable(),
    high: z.number().nullable(),
  })
  .describe('A figure and how sure its own run was of it.');
export type Estimate = z.infer<typeof estimateSchema>;

export const figureSetSchema = z.strictObject({
  requests: z.number().int().nonnegative().describe('Requests the figures rest on.'),
  p50: latencyEstimate.nullable().describe('Median http_req_duration in ms; null without requests.'),
  p95: latencyEstimate.nullable().describe('p95 of http_req_duration in ms; null without requests.'),
  p99: latencyEstimate.nullable().describe('p99 of http_req_duration in ms; null without requests.'),
  errorRate: shareEstimate.describe('Share of failed requests, 0 to 1.'),
  rps: rateEstimate.describe('Requests per second.'),
});
export type FigureSet = z.infer<typeof figureSetSchema>;

/** Far more detection blocks than any plan has (10 per stage). */
const MAX_BLOCKS = 1000;
const blockList = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_BLOCKS);

/**
 * The load's p95 per 5 s block of each planned stage (results/block-profile.ts), what the
 * block-robust p95 judgement compares with the base runs' same blocks. Optional: entries written
 * before it existed still load, and are judged by the band alone.
 */
export const loadBlocksSchema = z
  .strictObject({
    startMs: blockList(z.number().min(0)).describe("Each block's start, ms from the load's start."),
    endMs: blockList(z.number().min(0)).describe("Each block's end, ms from the load's start."),
    stage: blockList(z.number().int().nonnegative()).describe('The planned stage each block lies in.'),
    requests: blockList(z.number().int().nonnegative()).describe('Load requests in each block.'),
    logP95: blockList(z.number().min(-20).max(20).nullable()).describe(
      "ln of each block's p95 in ms; null for a block with too few requests for a p95.",
    ),
  })
  .refine((b) => [b.endMs, b.stage, b.requests, b.logP95].every((a) => a.length === b.startMs.length), {
    message: 'every list of loadBlocks has one item per block',
  })
  .describe("The load's p95 per 5 s block of each planned stage.");

/**
 * Entries recorded before the ramp-down had its name call a later stage down to 0 "VU 0" (or
 * "0/s" for an arrival-rate plan). Stages are matched by index and label, so such an entry is
 * read with the label this version gives that stage: the first comparison after an upgrade
 * still finds it, and the file is rewritten with the new label when the next run is recorded.
 */
export function currentStageLabel(index: number, label: string): string {
  return index > 0 && (label === 'VU 0' || label === '0/s') ? 'ramp-down' : label;
}

export const historyEntrySchema = z.strictObject({
  commit: z.string().min(1).describe('Commit SHA the run measured.'),
  branch: z.string().min(1).describe('Branch the run was made on, e.g. "main".'),
  time: z.iso.datetime({ offset: true }).describe('ISO time the run started.'),
  scenario: z.string().min(1),
  profile: z.string().min(1),
  k6Version: z.string().min(1).describe('k6 version, e.g. "0.49.0".'),
  runner: z.strictObject({
    os: z.string().min(1).describe("Node's os.platform(), e.g. linux."),
    arch: z.string().min(1).describe("Node's os.arch(), e.g. x64."),
    cpus: z.number().int().positive(),
  }),
  targetHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .describe('sha256 (hex) of the target host, lower-cased, with its port; null when the run had no target.'),
  loadGenerator: z
    .enum(LOAD_GENERATOR_HEALTH)
    .describe('Health of the runner that generated the load; overloaded runs are kept but never used as baseline.'),
  figures: z.strictObject({
    overall: figureSetSchema,
    endpoints: z.array(figureSetSchema.extend({ name: z.string().min(1), method: z.string().min(1) })),
    stages: z.array(
      figureSetSchema
        .extend({ index: z.number().int().nonnegative(), label: z.string() })
        .transform((s) => ({ ...s, label: currentStageLabel(s.index, s.label) })),
    ),
  }),
  loadBlocks: loadBlocksSchema.optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type EndpointFigures = HistoryEntry['figures']['endpoints'][number];
export type StageFigures = HistoryEntry['figures']['stages'][number];
