/**
 * Problems of a thresholds file, one per line: zod's shape issues turned into
 * "$.checks[2].limit: expected …, got …", plus the rules that tie a check's fields together.
 * The rules read the raw JSON, so they run even where zod found other problems:
 * a person fixing the file sees every problem in one go.
 */
import type { z } from 'zod';
import {
  figureRow,
  isFigure,
  isFraction,
  isServerFigure,
  supportsScope,
  type ScopeKind,
} from '../figures/catalogue.js';
import { KNOWN_KEYS, PERCENT_PATTERN } from './thresholds-schema.js';
import { isRecord as isObject } from '../core/is-record.js';

export interface Problem {
  path: PropertyKey[];
  /** What was expected, and what was found when it helps. */
  message: string;
}

/** `$.checks[2].limit`, as people read JSON paths. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function knownKeysAt(path: readonly PropertyKey[]): string[] | null {
  if (path.length === 0) return KNOWN_KEYS.root;
  if (path.length === 1 && path[0] === 'baseline') return KNOWN_KEYS.baseline;
  if (path.length === 2 && path[0] === 'checks') return KNOWN_KEYS.check;
  if (path.length === 1 && path[0] === 'serverMetrics') return KNOWN_KEYS.serverMetrics;
  if (path.length === 2 && path[0] === 'serverMetrics' && path[1] === 'queries') return KNOWN_KEYS.queries;
  if (path.length === 1 && path[0] === 'stageBaseline') return KNOWN_KEYS.stageBaseline;
  if (path.length === 3 && path[0] === 'stageBaseline' && path[1] === 'stages') return KNOWN_KEYS.stageBaselineStage;
  return null;
}

export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(issue.path);
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const expected = known ? `; expected only ${known.join(', ')}` : '';
      return { path: issue.path, message: `unknown key ${keys}${expected}` };
    }
    const input = (issue as { input?: unknown }).input;
    const got = input === undefined ? 'missing' : `got ${shown(input)}`;
    return { path: issue.path, message: `${issue.message}, ${got}` };
  });
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The scope's kind as written; null when it is none of them (zod says why). */
function scopeKind(scope: unknown): ScopeKind | null {
  if (scope === undefined || scope === 'overall') return 'overall';
  if (isObject(scope) && 'endpoint' in scope) return 'endpoint';
  if (isObject(scope) && 'stage' in scope) return 'stage';
  return null;
}

/**
 * A scope the figure cannot be measured over. A figure with one scope can take nothing else;
 * for the others only a recognisable scope is judged, a malformed one is zod's to report.
 */
function scopeProblem(figure: unknown, scope: unknown): string | null {
  if (!isFigure(figure)) return null;
  const kind = scopeKind(scope);
  const { scopes, label } = figureRow(figure);
  if (kind === null ? scopes.length > 1 : supportsScope(figure, kind)) return null;
  if (isServerFigure(figure)) {
    return (
      `expected "overall" (the worst stage) or { "stage": <0-based index> }: ${figure} is measured on the server, ` +
      `which does not see endpoints, got ${shown(scope)}`
    );
  }
  return `expected "overall": ${label} are counted for the whole run only, got ${shown(scope)}`;
}

/** Rules between the fields of one check, on whatever of it is well-formed. */
function checkRules(check: Record<string, unknown>, at: PropertyKey[]): Problem[] {
  const problems: Problem[] = [];
  const { figure, limit, baseline, allowedRegression, scope } = check;
  const hasLimit = limit !== undefined;
  const hasBaseline = baseline !== undefined;
  const hasAllowance = allowedRegression !== undefined;

  if (!hasLimit && !hasBaseline) {
    problems.push({
      path: at,
      message: 'expected a "limit", or a "baseline" with its "allowedRegression", or both',
    });
  }
  if (hasBaseline && !hasAllowance) {
    problems.push({
      path: [...at, 'allowedRegression'],
      message:
        'missing: with a "baseline", expected how far the figure may regress, e.g. "25%" or 50 (in the figure\'s unit)',
    });
  }
  if (hasAllowance && !hasBaseline) {
    problems.push({
      path: [...at, 'baseline'],
      message: 'missing: "allowedRegression" needs a baseline to regress from, expected a number',
    });
  }
  // A fraction given as 10 almost surely meant 10%.
  if (isFigure(figure) && isFraction(figure)) {
    for (const key of ['limit', 'baseline'] as const) {
      const value = check[key];
      if (isNumber(value) && value > 1) {
        problems.push({
          path: [...at, key],
          message: `expected a fraction between 0 and 1 (0.1 = 10%), got ${value}`,
        });
      }
    }
  }
  const wrongScope = scopeProblem(figure, scope);
  if (wrongScope !== null) problems.push({ path: [...at, 'scope'], message: wrongScope });
  if (baseline === 0 && typeof allowedRegression === 'string' && PERCENT_PATTERN.test(allowedRegression)) {
    problems.push({
      path: [...at, 'allowedRegression'],
      message: `expected an absolute amount (e.g. 0.01): a percentage of a 0 baseline allows nothing, got "${allowedRegression}"`,
    });
  }
  const floorProblem = impossibleFloor(figure, baseline, allowedRegression);
  if (floorProblem !== null) problems.push({ path: [...at, 'allowedRegression'], message: floorProblem });
  return problems;
}

/**
 * A figure that regresses by falling (requests/s) may fall at most to 0: an allowance of 100%
 * or more (or the whole baseline) makes a floor no run can miss, e.g. "≥ −50 req/s".
 */
function impossibleFloor(figure: unknown, baseline: unknown, allowance: unknown): string | null {
  if (!isFigure(figure) || figureRow(figure).worse !== 'lower' || !isNumber(baseline) || baseline <= 0) return null;
  if (typeof allowance === 'string' && PERCENT_PATTERN.test(allowance) && parseFloat(allowance) >= 100) {
    return `expected less than 100%: ${figureRow(figure).label} regresses by falling, and a fall of ${allowance} sets a floor at or below 0 that no run can miss`;
  }
  if (isNumber(allowance) && allowance >= baseline) {
    return `expected less than the baseline (${baseline}): ${figureRow(figure).label} regresses by falling, and a fall of ${allowance} sets a floor at or below 0 that no run can miss`;
  }
  return null;
}

export function crossFieldProblems(json: unknown): Problem[] {
  if (!isObject(json) || !Array.isArray(json.checks)) return [];
  return json.checks.flatMap((check, index) => (isObject(check) ? checkRules(check, ['checks', index]) : []));
}

/** File-wide problems first, then check by check; within one, the order they were found. */
export function sortProblems(problems: Problem[]): Problem[] {
  const checkIndex = (p: Problem): number => (p.path[0] === 'checks' && typeof p.path[1] === 'number' ? p.path[1] : -1);
  return [...problems].sort((a, b) => checkIndex(a) - checkIndex(b));
}
