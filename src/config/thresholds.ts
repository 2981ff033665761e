/**
 * Loading a thresholds file: read, parse JSON, validate every field, and normalise into the
 * Thresholds the judge runs on. Any problem stops the run before load is sent.
 */
import { readFile } from 'node:fs/promises';
import type { Figure, Scope } from '../figures/catalogue.js';
import {
  thresholdsFileSchema,
  type CheckEntry,
  type ServerMetricsQueries,
  type SEVERITIES,
} from './thresholds-schema.js';
import { crossFieldProblems, jsonPath, problemsFromZod, sortProblems } from './thresholds-rules.js';
import { UserError } from '../core/user-error.js';

/** What a certain breach makes a check. */
export type Severity = (typeof SEVERITIES)[number];

export type AllowedRegression = { kind: 'percent'; percent: number } | { kind: 'absolute'; amount: number };

export interface ThresholdCheck {
  figure: Figure;
  scope: Scope;
  severity: Severity;
  /** Absolute limit: the largest acceptable value (the smallest for rps). */
  limit: number | null;
  baseline: number | null;
  /** Present exactly when baseline is. */
  allowedRegression: AllowedRegression | null;
  description: string | null;
  /** Whether the endpoint or stage it names may be absent from the run. */
  optional?: boolean;
}

export interface BaselineInfo {
  environment: string;
  /** YYYY-MM-DD. */
  measuredAt: string;
  source: string | null;
}

/** Each stage's median and p95 on the baseline runs (ms), in plan order. */
export interface StageBaseline {
  /** `requests`: the stage's load-phase requests on the baseline runs (median), when written by perf-gate baseline. */
  stages: Array<{ label: string; p50: number; p95: number; requests?: number }>;
  source: string | null;
}

export interface Thresholds {
  /** The file the thresholds came from, as given. */
  source: string;
  scenario: string | null;
  description: string | null;
  baseline: BaselineInfo | null;
  checks: ThresholdCheck[];
  /** How to read server figures from Prometheus; `queries` is {} when the file replaces none. */
  serverMetrics: { queries: ServerMetricsQueries };
  /** Present when the file has one: the whole run's p95 check with a percentage allowance is then judged stage by stage. */
  stageBaseline: StageBaseline | null;
}

/** How many problems the message lists: a generated file with 60,000 bad checks must not make one 8 MB log line. */
export const LISTED_PROBLEMS_MAX = 20;

/** A thresholds file that cannot be used; the message lists its problems, one per line, the first 20 of them. */
export class ThresholdsError extends UserError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const listed = problems.slice(0, LISTED_PROBLEMS_MAX).map((p) => `${file}: ${p}`);
    const unlisted = problems.length - listed.length;
    if (unlisted > 0)
      listed.push(
        `${file}: … and ${unlisted.toLocaleString('en-US')} more problems (${problems.length.toLocaleString('en-US')} in all); fix these first`,
      );
    super(listed.join('\n'), { input: 'thresholds' });
    this.name = 'ThresholdsError';
  }
}

function toScope(scope: CheckEntry['scope']): Scope {
  if (scope === undefined || scope === 'overall') return { kind: 'overall' };
  if ('endpoint' in scope) return { kind: 'endpoint', name: scope.endpoint };
  return { kind: 'stage', index: scope.stage };
}

function toAllowance(value: CheckEntry['allowedRegression']): AllowedRegression | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return { kind: 'absolute', amount: value };
  return { kind: 'percent', percent: Number(value.slice(0, -1)) };
}

/** Validates parsed JSON; throws ThresholdsError naming `sourceName` and every problem. */
export function parseThresholds(json: unknown, sourceName: string): Thresholds {
  const parsed = thresholdsFileSchema.safeParse(json, { reportInput: true });
  const problems = sortProblems([
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
    ...crossFieldProblems(json),
  ]);
  if (!parsed.success || problems.length > 0) {
    throw new ThresholdsError(
      sourceName,
      problems.map((p) => `${jsonPath(p.path)}: ${p.message}`),
    );
  }
  const file = parsed.data;
  return {
    source: sourceName,
    scenario: file.scenario ?? null,
    description: file.description ?? null,
    baseline: file.baseline
      ? {
          environment: file.baseline.environment,
          measuredAt: file.baseline.measuredAt,
          source: file.baseline.source ?? null,
        }
      : null,
    checks: file.checks.map((c) => ({
      figure: c.figure,
      scope: toScope(c.scope),
      severity: c.severity ?? 'fail',
      limit: c.limit ?? null,
      baseline: c.baseline ?? null,
      allowedRegression: toAllowance(c.allowedRegression),
      description: c.description ?? null,
      ...(c.optional === true ? { optional: true } : {}),
    })),
    serverMetrics: { queries: file.serverMetrics?.queries ?? {} },
    stageBaseline: file.stageBaseline
      ? { stages: file.stageBaseline.stages.map((s) => ({ ...s })), source: file.stageBaseline.source ?? null }
      : null,
  };
}

/** "at line 3, column 5" from the character offset JSON.parse reports, when it reports one. */
function jsonErrorPlace(text: string, message: string): string {
  const offset = errorOffset(text, message);
  if (offset === null) return '';
  const before = text.slice(0, offset).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Where JSON.parse stopped. V8 gives "position N", except for an unexpected token, where it
 * quotes the text around it instead (from about 10 characters before it when the text is long).
 */
function errorOffset(text: string, message: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const quoted = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!quoted) return null;
  const [, token, cut, around] = quoted as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(around);
  if (start < 0) return null;
  // A long text's quote starts about 10 characters before the token.
  const at = text.indexOf(token, cut === undefined ? start : start + 5);
  return at < 0 ? null : at;
}

/**
 * JSON.parse's complaint without the file's text: V8 quotes the characters around the error
 * ("Unexpected token 'x', "…" is not valid JSON"), and the file may be anything a symlink points at.
 */
function jsonErrorKind(message: string): string {
  if (/^Unexpected token/.test(message)) return 'unexpected character';
  if (/^Unexpected end of JSON input/.test(message)) return 'the file ends early';
  const words = /^([A-Za-z ,'"{}[\]:-]+?)(?: in JSON| at position|$)/.exec(message.replace(/"[^"]*"/g, ''));
  return words?.[1]?.trim() || 'syntax error';
}

/** Parses JSON text; throws ThresholdsError with line and column when it is not JSON. */
export function parseThresholdsText(text: string, sourceName: string): Thresholds {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw new ThresholdsError(sourceName, [
      `not valid JSON${jsonErrorPlace(text, message)} (${jsonErrorKind(message)}); fix the syntax (a trailing comma or a missing quote?)`,
    ]);
  }
  return parseThresholds(json, sourceName);
}

export type ReadText = (path: string) => Promise<string>;

/** Reads and validates a thresholds file. `read` is injectable for tests. */
export async function loadThresholds(path: string, read: ReadText = (p) => readFile(p, 'utf8')): Promise<Thresholds> {
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'thresholds file not found; give the path of a thresholds JSON file, or use a bundled one ' +
          '(thresholds/enqueue.t3-micro.json, thresholds/spike.t3-micro.json)'
        : code === 'EISDIR'
          ? 'is a folder; give the path of a thresholds JSON file inside it'
          : `cannot read the thresholds file (${(error as Error).message})`;
    throw new ThresholdsError(path, [problem]);
  }
  return parseThresholdsText(text, path);
}
