/**
 * The guide's bottleneck reading, from the server rows and the stages' latencies: CPU above
 * 90%, threads waiting for a full DB pool, a full heap or GC eating the time — or none of
 * them, which points at the network, Redis or the load generator. Pure.
 */
import { SERVER_CHECK_FIGURES, serverField } from '../figures/catalogue.js';
import { formatCount, formatMs, formatPercent } from '../figures/format.js';
import type { StageResult } from '../results/types.js';
import type { ServerStageMetrics } from './types.js';
import { largest } from './largest.js';

export type BottleneckKind = 'cpu' | 'db-pool' | 'memory-gc' | 'none';

export interface Bottleneck {
  kind: BottleneckKind;
  /** One sentence with the numbers behind it, for the report's "Likely bottleneck" line. */
  line: string;
}

/** The guide: CPU "above 90% for long" — the stage's average is the "for long". */
export const CPU_SATURATED = 0.9;
export const HEAP_FULL = 0.9;
/** GC pauses taking this share of wall time starve the requests (the usual GC-overhead alarm). */
export const GC_TIME_SHARE = 0.1;
/** GC pauses per request growing this much means the heap fills faster for the same work. */
export const GC_PER_REQUEST_CLIMB = 2;
/** Fewer pauses than this in a stage say nothing about a trend. */
const GC_MIN_PAUSES = 5;

interface Row {
  stage: StageResult;
  server: ServerStageMetrics;
}

interface Finding {
  kind: Exclude<BottleneckKind, 'none'>;
  /** Position in the loaded rows of the first stage that shows it. */
  from: number;
  line: (p95: string) => string;
}

const PRIORITY: Array<Finding['kind']> = ['cpu', 'db-pool', 'memory-gc'];
const NAMES: Record<Finding['kind'], string> = { cpu: 'CPU', 'db-pool': 'DB connections', 'memory-gc': 'memory/GC' };

function times(ratio: number): string {
  return `${ratio >= 10 ? Math.round(ratio) : Number(ratio.toFixed(1))}×`;
}

/** ", while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200)" from the first loaded stage to the worst one from `from` on. */
function p95Rise(rows: Row[], from: number): string {
  const first = rows[0];
  const base = first?.stage.duration?.p95;
  const later = rows.slice(Math.max(from, 1)).filter((r) => r.stage.duration !== null);
  const worst = later.reduce<Row | null>(
    (w, r) => ((r.stage.duration?.p95 ?? 0) > (w?.stage.duration?.p95 ?? -1) ? r : w),
    null,
  );
  const peak = worst?.stage.duration?.p95;
  if (
    first === undefined ||
    worst === null ||
    base === undefined ||
    peak === undefined ||
    base <= 0 ||
    peak < base * 1.2
  )
    return '';
  return ` while p95 rose ${times(peak / base)} (${formatMs(base)} at ${first.stage.stage.label} → ${formatMs(peak)} at ${worst.stage.stage.label})`;
}

function firstIndex(rows: Row[], test: (row: Row, previous: Row | undefined) => boolean): number {
  return rows.findIndex((row, i) => test(row, rows[i - 1]));
}

function worstBy(rows: Row[], value: (row: Row) => number | null | undefined): Row | undefined {
  return rows.reduce<Row | undefined>(
    (w, r) => ((value(r) ?? -Infinity) > (w === undefined ? -Infinity : (value(w) ?? -Infinity)) ? r : w),
    undefined,
  );
}

function cpuFinding(rows: Row[]): Finding | null {
  const from = firstIndex(rows, (r) => (r.server.cpu ?? 0) >= CPU_SATURATED);
  const at = rows[from];
  if (at === undefined) return null;
  return {
    kind: 'cpu',
    from,
    line: (p95) => `CPU ${formatPercent(at.server.cpu ?? 0)} from ${at.stage.stage.label}${p95}.`,
  };
}

function poolFinding(rows: Row[]): Finding | null {
  const atMax = (r: Row): boolean =>
    r.server.poolMax != null && r.server.poolActiveMax != null && r.server.poolActiveMax >= r.server.poolMax;
  // Threads waited while every connection was busy; without a known pool size, a wait that
  // grew from one stage to the next (one stage's wait alone may be a blip).
  const from = firstIndex(rows, (r, prev) => {
    const pending = r.server.poolPending ?? 0;
    if (pending <= 0) return false;
    if (r.server.poolMax != null) return atMax(r);
    const before = prev?.server.poolPending ?? 0;
    return before > 0 && pending > before;
  });
  const at = rows[from];
  if (at === undefined) return null;
  const worst = worstBy(rows.slice(from), (r) => r.server.poolPending) ?? at;
  const full = atMax(at) ? `all ${formatCount(at.server.poolMax ?? 0)} in use, ` : '';
  const peak = worst === at ? '' : ` (${formatCount(worst.server.poolPending ?? 0)} at ${worst.stage.stage.label})`;
  return {
    kind: 'db-pool',
    from,
    line: (p95) =>
      `DB connections: ${full}${formatCount(at.server.poolPending ?? 0)} waiting from ${at.stage.stage.label}${peak}${p95}: grow the pool.`,
  };
}

function gcPerThousand(r: Row): number | null {
  const pauses = r.server.gcPauses;
  return pauses == null || pauses < GC_MIN_PAUSES || r.stage.requests === 0 ? null : (pauses / r.stage.requests) * 1000;
}

function gcShare(r: Row): number | null {
  const ms = r.stage.stage.endMs - r.stage.stage.startMs;
  return r.server.gcPauseMs == null || ms <= 0 ? null : r.server.gcPauseMs / ms;
}

function memoryFinding(rows: Row[]): Finding | null {
  const heapFrom = firstIndex(rows, (r) => (r.server.heapUsedRatio ?? 0) >= HEAP_FULL);
  const heapAt = rows[heapFrom];
  if (heapAt !== undefined) {
    return {
      kind: 'memory-gc',
      from: heapFrom,
      line: (p95) =>
        `Memory/GC: JVM heap ${formatPercent(heapAt.server.heapUsedRatio ?? 0)} full from ${heapAt.stage.stage.label}${p95}.`,
    };
  }
  const shareFrom = firstIndex(rows, (r) => (gcShare(r) ?? 0) >= GC_TIME_SHARE);
  const shareAt = rows[shareFrom];
  if (shareAt !== undefined) {
    const pauses = shareAt.server.gcPauses ?? 0;
    const mean = pauses > 0 ? `, ${formatMs((shareAt.server.gcPauseMs ?? 0) / pauses)} each on average` : '';
    return {
      kind: 'memory-gc',
      from: shareFrom,
      line: (p95) =>
        `Memory/GC: GC pauses took ${formatPercent(gcShare(shareAt) ?? 0)} of the time from ${shareAt.stage.stage.label} (${formatCount(pauses)} pauses${mean})${p95}.`,
    };
  }
  const first = rows.find((r) => gcPerThousand(r) !== null);
  const base = first === undefined ? null : gcPerThousand(first);
  const climbFrom =
    base === null ? -1 : firstIndex(rows, (r) => (gcPerThousand(r) ?? 0) >= base * GC_PER_REQUEST_CLIMB);
  const climbAt = rows[climbFrom];
  if (climbAt === undefined || first === undefined || base === null) return null;
  const now = gcPerThousand(climbAt) ?? 0;
  return {
    kind: 'memory-gc',
    from: climbFrom,
    line: (p95) =>
      `Memory/GC: GC pauses per 1,000 requests rose ${times(now / base)} (${base.toFixed(1)} at ${first.stage.stage.label} → ${now.toFixed(1)} at ${climbAt.stage.stage.label})${p95}.`,
  };
}

function most(
  rows: Row[],
  value: (s: ServerStageMetrics) => number | null | undefined,
  format: (v: number) => string,
): string {
  const values = rows.map((r) => value(r.server)).filter((v): v is number => v != null);
  return values.length === 0 ? 'not measured' : `at most ${format(largest(values))}`;
}

/**
 * The likely bottleneck with its evidence; null when Prometheus gave no server figure at all.
 * Several saturated resources: the one that saturated first names the line, the others follow.
 */
export function findBottleneck(stages: StageResult[], serverStages: ServerStageMetrics[]): Bottleneck | null {
  const server = new Map(serverStages.map((s) => [s.stageIndex, s]));
  const loaded = stages.filter((s) => s.stage.target > 0);
  const rows = (loaded.length > 0 ? loaded : stages).flatMap((stage) => {
    const metrics = server.get(stage.stage.index);
    return metrics === undefined ? [] : [{ stage, server: metrics }];
  });
  // Measured: some stage has a figure a check could name (pool size or GC time alone says nothing).
  const measured = rows.some((r) => SERVER_CHECK_FIGURES.some((f) => r.server[serverField(f)] != null));
  if (!measured) return null;
  const findings = [cpuFinding(rows), poolFinding(rows), memoryFinding(rows)]
    .filter((f): f is Finding => f !== null)
    .sort((a, b) => a.from - b.from || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const [primary, ...others] = findings;
  if (primary === undefined) {
    const cpu = most(rows, (s) => s.cpu, formatPercent);
    const pending = most(rows, (s) => s.poolPending, formatCount);
    const heap = most(rows, (s) => s.heapUsedRatio, formatPercent);
    return {
      kind: 'none',
      line: `none on the server (CPU ${cpu}, DB pool pending ${pending}, heap ${heap}): look at the network, Redis or the load generator.`,
    };
  }
  const also = others.map((f) => `${NAMES[f.kind]} from ${rows[f.from]?.stage.stage.label ?? '?'}`);
  return {
    kind: primary.kind,
    line: `${primary.line(p95Rise(rows, primary.from))}${also.length > 0 ? ` Also saturated: ${also.join(', ')}.` : ''}`,
  };
}
