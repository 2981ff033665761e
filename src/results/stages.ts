/**
 * Per-stage results: which stage each load request belongs to (its `stage` tag, else the
 * StagePlan's windows from the load's start), each stage's window and its figures.
 */
import { BAD_STAGE } from './request-tags.js';
import type { RunRecord } from './run-record.js';
import { groupSamples, rowGroupsByTime, type FiguresOf } from './sample-groups.js';
import type { RequestFigures, StagePlan, StageResult, StageWindow } from './types.js';

/**
 * "VU 200", "500/s"; a later stage down to 0 is the ramp-down, which "VU 0" would misname as a
 * load level of its own.
 */
export function stageLabel(unit: StagePlan['unit'], target: number, first = true): string {
  if (target === 0 && !first) return 'ramp-down';
  return unit === 'vus' ? `VU ${target}` : `${target}/s`;
}

/** The plan's windows as offsets from the scenario's start. */
export function planWindows(plan: StagePlan): StageWindow[] {
  let startMs = 0;
  return plan.stages.map((stage, index) => {
    const window: StageWindow = {
      index,
      label: stageLabel(plan.unit, stage.target, index === 0),
      startMs,
      endMs: startMs + stage.durationMs,
      target: stage.target,
      unit: plan.unit,
    };
    startMs += stage.durationMs;
    return window;
  });
}

/**
 * Stage results of the load requests (setup and teardown are in no stage), windows counted
 * from the load's start. Requests tagged with a `stage` make their stage's window: from the
 * first one's start (end minus duration) to the last one's end, so the window is when the
 * stage's requests ran, however late a queue let them finish. Untagged runs are cut by the
 * plan's times (requests by when they ended; those after the last window, in the graceful
 * stop, stretch it). TPS is the stage's requests over its window: all of them completed inside
 * it, so no stage shows more than the chart for the same seconds. Labels and targets come
 * from the plan; without one, "stage <n>" (1-based) and the most VUs seen. No plan and no tag:
 * []. No load request at all (setup() found the target down): [], as rows of zeros would read
 * like a run that went well.
 */
export function stageResults<S extends RequestFigures>(
  record: RunRecord,
  plan: StagePlan | undefined,
  figuresOf: FiguresOf<S>,
): { results: Array<S & Pick<StageResult, 'stage' | 'maxVus'>>; windowsFrom: 'requests' | 'plan' | 'none' } {
  const tags = record.tags.all;
  const origin = record.scenarioStartMs();
  let tagged = -1;
  let load = false;
  for (const t of tags) {
    if (t.phase !== 'load') continue;
    load = true;
    if (t.stage > tagged) tagged = t.stage;
  }
  const planned = plan ? planWindows(plan) : [];
  const count = Math.max(planned.length, tagged + 1);
  if (count === 0 || !load || Number.isNaN(origin)) return { results: [], windowsFrom: 'none' };
  const fromRequests = tagged >= 0;

  const byTime = (offsetMs: number): number => {
    if (planned.length === 0) return -1;
    for (let i = 0; i < planned.length; i++) if (offsetMs < (planned[i] as StageWindow).endMs) return i;
    return planned.length - 1;
  };
  const groupOf = (timeMs: number, tagId: number): number => {
    const t = tags[tagId];
    if (t === undefined || t.phase !== 'load' || t.stage === BAD_STAGE) return -1;
    return t.stage >= 0 ? t.stage : byTime(timeMs - origin);
  };

  const groupOfRow = rowGroupsByTime(record, groupOf);
  // Each stage's first request start and last request end.
  const first = new Array<number>(count).fill(Infinity);
  const last = new Array<number>(count).fill(-Infinity);
  let k = 0;
  for (const { time, count: counts, duration, length } of record.requests.blocks) {
    for (let i = 0; i < length; i++, k++) {
      if (Number.isNaN(counts[i])) continue;
      const g = groupOfRow[k] as number;
      if (g < 0) continue;
      const end = (time[i] as number) - origin;
      const took = duration[i] as number;
      const start = Number.isNaN(took) ? end : end - took;
      if (start < (first[g] as number)) first[g] = start;
      if (end > (last[g] as number)) last[g] = end;
    }
  }

  const windows = Array.from({ length: count }, (_, index): StageWindow => {
    const p = planned[index];
    return p
      ? { ...p }
      : { index, label: `stage ${index + 1}`, startMs: 0, endMs: 0, target: 0, unit: plan?.unit ?? 'vus' };
  });
  if (fromRequests) partitionByRequests(windows, first, last);
  const lastWindow = windows[count - 1] as StageWindow;
  const lastRequest = Math.max(...last);
  if (lastRequest > lastWindow.endMs) lastWindow.endMs = lastRequest;
  // Tagged stages' requests finish in the next stage's time when a queue builds: the TPS of a
  // window counts the requests completed inside it, whichever stage sent them.
  const completed = fromRequests ? completedIn(record, groupOfRow, windows, origin) : null;

  const groups = groupSamples(record, count, { row: groupOfRow });
  const results = windows.map((stage, g) => {
    const maxVus = maxVusIn(record, origin + stage.startMs, origin + stage.endMs, g === count - 1);
    if (!planned[g]) stage.target = maxVus;
    const seconds = (stage.endMs - stage.startMs) / 1000;
    const figures = figuresOf(groups, g, seconds);
    if (completed) figures.rps = seconds > 0 ? (completed[g] as number) / seconds : 0;
    return { stage, ...figures, maxVus };
  });
  return { results, windowsFrom: fromRequests ? 'requests' : 'plan' };
}

/**
 * Windows from the tagged requests, as a partition of the load: each stage starts when its
 * first request started (never before the previous stage did) and ends where the next one
 * starts; the last ends with the last request. A stage that sent nothing gets an empty window.
 */
function partitionByRequests(windows: StageWindow[], first: readonly number[], last: readonly number[]): void {
  let boundary = 0;
  const starts = windows.map((_, i) => {
    const start = first[i] as number;
    if (Number.isFinite(start)) boundary = Math.max(boundary, i === 0 ? Math.max(0, start) : start);
    return boundary;
  });
  const endOfLoad = Math.max(boundary, ...last.filter(Number.isFinite));
  windows.forEach((window, i) => {
    window.startMs = starts[i] as number;
    window.endMs = i + 1 < windows.length ? (starts[i + 1] as number) : endOfLoad;
  });
}

/** Load requests completed in each window: [start, end), the last window's end included. */
function completedIn(
  record: RunRecord,
  groupOfRow: ArrayLike<number>,
  windows: readonly StageWindow[],
  origin: number,
): number[] {
  const completed = new Array<number>(windows.length).fill(0);
  let k = 0;
  for (const { time, count: counts, length } of record.requests.blocks) {
    for (let i = 0; i < length; i++, k++) {
      const n = counts[i] as number;
      if (Number.isNaN(n) || (groupOfRow[k] as number) < 0) continue;
      const end = (time[i] as number) - origin;
      let w = windows.length - 1;
      while (w > 0 && end < (windows[w] as StageWindow).startMs) w--;
      completed[w] = (completed[w] as number) + n;
    }
  }
  return completed;
}

/** Most VUs read in [fromMs, toMs) (toMs included for the last stage); else the reading in force at fromMs. */
function maxVusIn(record: RunRecord, fromMs: number, toMs: number, closed: boolean): number {
  const { time, value, length } = record.vus;
  let max = -Infinity;
  let before = 0;
  let beforeTime = -Infinity;
  for (let i = 0; i < length; i++) {
    const t = time[i] as number;
    const v = value[i] as number;
    if (t >= fromMs && (t < toMs || (closed && t <= toMs))) {
      if (v > max) max = v;
    } else if (t < fromMs && t >= beforeTime) {
      beforeTime = t;
      before = v;
    }
  }
  return Number.isFinite(max) ? max : before;
}
