/**
 * Several k6 instances' records (one test split by execution segments) merged into one, as if
 * one k6 had sent all the load: every request row and its duration is kept, so percentiles
 * stay exact. Each instance's times are shifted so that its load starts with the earliest
 * instance's: stage windows count from each instance's own start. VU readings are summed.
 */
import { RunRecord, VuReadings } from './run-record.js';
import type { InstanceStart } from './types.js';

export interface InstanceRecord {
  file: string;
  record: RunRecord;
}

export function mergeRecords(instances: readonly InstanceRecord[]): { merged: RunRecord; starts: InstanceStart[] } {
  const startOf = instances.map(({ record }) => record.scenarioStartMs());
  const known = startOf.filter((t) => !Number.isNaN(t));
  const origin = known.length > 0 ? Math.min(...known) : Number.NaN;
  const shiftOf = startOf.map((t) => (Number.isNaN(t) ? 0 : origin - t));
  const merged = new RunRecord();
  instances.forEach(({ record }, k) => appendRecord(merged, record, shiftOf[k] as number));
  merged.vus.length = 0;
  sumVuReadings(
    merged.vus,
    instances.map(({ record }) => record.vus),
    shiftOf,
  );
  const starts = instances.map(({ file }, k) => ({
    file,
    scenarioStartTime: Number.isNaN(startOf[k]) ? '' : new Date(startOf[k] as number).toISOString(),
    skewMs: Number.isNaN(startOf[k]) ? 0 : (startOf[k] as number) - origin,
  }));
  return { merged, starts };
}

function appendRecord(merged: RunRecord, record: RunRecord, shift: number): void {
  const tagIds = record.tags.all.map((tags) => merged.tags.adopt(tags));
  for (const name of ['scenario', 'profile'] as const) {
    for (const value of record.tags.labels[name]) merged.tags.labels[name].add(value);
  }
  for (const block of record.requests.blocks) {
    for (let i = 0; i < block.length; i++) {
      merged.requests.addRow(
        (block.time[i] as number) + shift,
        tagIds[block.tag[i] as number] as number,
        block.count[i] as number,
        block.duration[i] as number,
        block.failed[i] as number,
      );
    }
  }
  merged.iterations += record.iterations;
  merged.droppedIterations += record.droppedIterations;
  merged.checkPasses += record.checkPasses;
  merged.checkFails += record.checkFails;
  merged.badValues += record.badValues;
  merged.badLoadValues += record.badLoadValues;
  if (!Number.isNaN(record.firstMs)) merged.sawTime(record.firstMs + shift);
  if (!Number.isNaN(record.lastMs)) merged.sawTime(record.lastMs + shift);
  merged.firstScenarioRequestMs = earliest(merged.firstScenarioRequestMs, record.firstScenarioRequestMs + shift);
  merged.setupEndMs = earliest(merged.setupEndMs, record.setupEndMs + shift);
}

function earliest(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return Math.min(a, b);
}

/**
 * The VUs of all instances at once: at each time any instance read its gauge, the sum of every
 * instance's latest reading (0 before its first). Readings at the same time count together.
 */
function sumVuReadings(into: VuReadings, readings: readonly VuReadings[], shiftOf: readonly number[]): void {
  const events: Array<{ time: number; instance: number; value: number }> = [];
  readings.forEach((vus, k) => {
    for (let i = 0; i < vus.length; i++) {
      events.push({
        time: (vus.time[i] as number) + (shiftOf[k] as number),
        instance: k,
        value: vus.value[i] as number,
      });
    }
  });
  events.sort((a, b) => a.time - b.time);
  const current = new Float64Array(readings.length);
  let sum = 0;
  for (let e = 0; e < events.length; e++) {
    const event = events[e] as (typeof events)[number];
    sum += event.value - (current[event.instance] as number);
    current[event.instance] = event.value;
    const next = events[e + 1];
    if (next === undefined || next.time !== event.time) into.push(event.time, sum);
  }
}
