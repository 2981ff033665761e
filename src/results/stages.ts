/**
 * Per-stage results: which stage each load request belongs to (its `stage` tag, else the
 * StagePlan's windows from the scenario's start) and the figures of each stage.
 */
import { BAD_STAGE } from './request-tags.js';
import type { RunRecord } from './run-record.js';
import { groupSamples, requestStats } from './sample-groups.js';
import type { StagePlan, StageResult, StageWindow } from './types.js';

export function stageLabel(unit: StagePlan['unit'], target: number): string {
  return unit === 'vus' ? `VU ${target}` : `${target}/s`;
}

/** The plan's windows as offsets from the scenario's start. */
export function planWindows(plan: StagePlan): StageWindow[] {
  let startMs = 0;
  return plan.stages.map((stage, index) => {
    const window: StageWindow = {
      index,
      label: stageLabel(plan.unit, stage.target),
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
 * from the scenario's start. Without a plan, tagged stages get windows spanning their own
 * requests, the label "stage <n>" (1-based) and as target the most VUs seen in them. Requests
 * after the last window (graceful stop) belong to the last stage, whose window is stretched to
 * cover them. No plan and no tag: []. No load request at all (e.g. setup() found the target
 * down and the iterations ran empty): [], as rows of zeros would read like a run that went well.
 */
export function stageResults(record: RunRecord, plan: StagePlan | undefined): StageResult[] {
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
  if (count === 0 || !load || Number.isNaN(origin)) return [];

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

  // Each stage's first and last request, to size windows the plan does not give.
  const first = new Array<number>(count).fill(Infinity);
  const last = new Array<number>(count).fill(-Infinity);
  for (const { time, tag, count: counts, length } of record.requests.blocks) {
    for (let i = 0; i < length; i++) {
      if (Number.isNaN(counts[i])) continue;
      const g = groupOf(time[i] as number, tag[i] as number);
      if (g < 0) continue;
      const offset = (time[i] as number) - origin;
      if (offset < (first[g] as number)) first[g] = offset;
      if (offset > (last[g] as number)) last[g] = offset;
    }
  }

  const windows = Array.from({ length: count }, (_, index): StageWindow => {
    const p = planned[index];
    if (p) return { ...p };
    const startMs = Number.isFinite(first[index]) ? (first[index] as number) : 0;
    const endMs = Number.isFinite(last[index]) ? (last[index] as number) : startMs;
    return { index, label: `stage ${index + 1}`, startMs, endMs, target: 0, unit: 'vus' };
  });
  const lastWindow = windows[count - 1] as StageWindow;
  const lastRequest = last[count - 1] as number;
  if (lastRequest > lastWindow.endMs) lastWindow.endMs = lastRequest;

  const groups = groupSamples(record, count, groupOf);
  return windows.map((stage, g) => {
    const maxVus = maxVusIn(record, origin + stage.startMs, origin + stage.endMs, g === count - 1);
    if (!planned[g]) stage.target = maxVus;
    return { stage, ...requestStats(groups, g, (stage.endMs - stage.startMs) / 1000), maxVus };
  });
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
