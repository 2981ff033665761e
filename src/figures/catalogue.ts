/**
 * The figures a check can name, one row each: what it is called, its unit, which way is
 * worse, what it can be measured over and where its value comes from. The thresholds schema,
 * its rules, the judge's names and formatting and the report's server rows are all read from
 * here. A server figure also names the Prometheus query (server-inputs.ts) that measures it.
 */
import { formatCount, formatMs, formatPercent, formatRps } from './format.js';
import { SERVER_INPUTS, type ServerField, type ServerInput } from './server-inputs.js';

/** ms for latencies, a fraction 0..1 (shown as %), requests per second, or a plain count. */
export type Unit = 'ms' | 'fraction' | 'rps' | 'count';

/** What a figure is measured over. */
export type Scope = { kind: 'overall' } | { kind: 'endpoint'; name: string } | { kind: 'stage'; index: number };
export type ScopeKind = Scope['kind'];

/**
 * k6's own results, or the server's per-stage metrics from Prometheus: one number per stage,
 * over the whole run its worst stage's.
 */
export type FigureSource =
  | { kind: 'request' }
  | {
      kind: 'server';
      /** The query that measures it. */
      input: ServerInput;
      /** Its row in the report's stage table. */
      stageRowLabel: string;
    };

export interface FigureRow {
  /** For people: check names, reasons. */
  label: string;
  unit: Unit;
  /** Throughput is the one figure where less is worse: its limit is a floor. */
  worse: 'higher' | 'lower';
  scopes: readonly ScopeKind[];
  source: FigureSource;
}

const ANY_SCOPE = ['overall', 'endpoint', 'stage'] as const;
/** The server does not see endpoints. */
const SERVER_SCOPE = ['overall', 'stage'] as const;
const REQUEST = { kind: 'request' } as const;

/** Keyed by the thresholds file's spelling; this order is the schema's enum order. */
export const FIGURE_CATALOGUE = {
  p95: { label: 'p95', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
  p99: { label: 'p99', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
  avg: { label: 'avg', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
  max: { label: 'max', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
  'error-rate': { label: 'error rate', unit: 'fraction', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
  rps: { label: 'requests/s', unit: 'rps', worse: 'lower', scopes: ANY_SCOPE, source: REQUEST },
  // k6 counts dropped iterations for the whole run, with no tags to split them by.
  'dropped-iterations': {
    label: 'dropped iterations',
    unit: 'count',
    worse: 'higher',
    scopes: ['overall'],
    source: REQUEST,
  },
  cpu: {
    label: 'CPU',
    unit: 'fraction',
    worse: 'higher',
    scopes: SERVER_SCOPE,
    source: { kind: 'server', input: 'cpu', stageRowLabel: 'CPU usage' },
  },
  'pool-pending': {
    label: 'DB pool pending',
    unit: 'count',
    worse: 'higher',
    scopes: SERVER_SCOPE,
    source: { kind: 'server', input: 'poolPending', stageRowLabel: 'DB pool pending (max)' },
  },
  'pool-active': {
    label: 'DB pool active',
    unit: 'count',
    worse: 'higher',
    scopes: SERVER_SCOPE,
    source: { kind: 'server', input: 'poolActive', stageRowLabel: 'DB pool active (max)' },
  },
  heap: {
    label: 'JVM heap',
    unit: 'fraction',
    worse: 'higher',
    scopes: SERVER_SCOPE,
    source: { kind: 'server', input: 'heapUsedRatio', stageRowLabel: 'JVM heap used (max)' },
  },
  'gc-pauses': {
    label: 'GC pauses',
    unit: 'count',
    worse: 'higher',
    scopes: SERVER_SCOPE,
    source: { kind: 'server', input: 'gcPauses', stageRowLabel: 'JVM GC pauses' },
  },
} as const satisfies Record<string, FigureRow>;

/** Figures a check can name. */
export type Figure = keyof typeof FIGURE_CATALOGUE;

/** Figures measured on the server (Prometheus) per stage, not in k6's results. */
export type ServerCheckFigure = {
  [F in Figure]: (typeof FIGURE_CATALOGUE)[F]['source'] extends { kind: 'server' } ? F : never;
}[Figure];

/** Figures of the k6 run itself. */
export type RequestFigure = Exclude<Figure, ServerCheckFigure>;

export const FIGURE_NAMES = Object.keys(FIGURE_CATALOGUE) as Figure[];

export function figureRow(figure: Figure): FigureRow {
  return FIGURE_CATALOGUE[figure];
}

/** A figure's name as the thresholds file spells it; false for anything else (raw JSON). */
export function isFigure(value: unknown): value is Figure {
  return typeof value === 'string' && Object.hasOwn(FIGURE_CATALOGUE, value);
}

export function isServerFigure(figure: Figure): figure is ServerCheckFigure {
  return figureRow(figure).source.kind === 'server';
}

export const SERVER_CHECK_FIGURES: ServerCheckFigure[] = FIGURE_NAMES.filter(isServerFigure);

export function figureLabel(figure: Figure): string {
  return figureRow(figure).label;
}

export function lowerIsWorse(figure: Figure): boolean {
  return figureRow(figure).worse === 'lower';
}

/** Given as a fraction 0..1 and shown as a percentage; its changes read in percentage points. */
export function isFraction(figure: Figure): boolean {
  return figureRow(figure).unit === 'fraction';
}

export function supportsScope(figure: Figure, scope: ScopeKind): boolean {
  return figureRow(figure).scopes.includes(scope);
}

const FORMAT: Record<Unit, (value: number) => string> = {
  ms: formatMs,
  fraction: formatPercent,
  rps: formatRps,
  count: formatCount,
};

/** A value in its figure's unit: "86 ms", "2.8%", "138 req/s", "1,204". */
export function formatFigure(figure: Figure, value: number): string {
  return FORMAT[figureRow(figure).unit](value);
}

/** The server figure's query and its stage-table row label. */
export function serverSource(figure: ServerCheckFigure): (typeof FIGURE_CATALOGUE)[ServerCheckFigure]['source'] {
  return FIGURE_CATALOGUE[figure].source;
}

/** The ServerStageMetrics field a server figure is read from. */
export function serverField(figure: ServerCheckFigure): ServerField {
  return SERVER_INPUTS[serverSource(figure).input].field;
}
