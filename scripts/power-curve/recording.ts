/**
 * Real k6 runs as the power curve and its tests use them: each load request's duration, its
 * time from the scenario's start, and the plan's stages on that clock. Read from a k6
 * `--out json` file through perf-gate's own reader, or from the compact form kept in
 * test/fixtures/recordings/compact (only what judging latency needs, so the repository stays small).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { stagePlanFor, type ProfileName, type ScenarioName } from '../../scenarios/lib/options.js';
import { recordFile } from '../../src/results/analyze.js';
import { spansOfPlan, type StageSpan } from '../../src/results/stage-blocks.js';

export const COMPACT_FORMAT = 'perf-gate load durations v1';

export interface Recording {
  name: string;
  scenario: string;
  profile: string;
  /** What the run was: healthy, runner saturated mid-run, service slowed… (from the recording's note). */
  note: string;
  /** ms from the scenario's start, in arrival order. */
  times: Float64Array;
  durations: Float64Array;
}

export interface CompactRecording {
  format: typeof COMPACT_FORMAT;
  name: string;
  scenario: string;
  profile: string;
  note: string;
  /** ms from the scenario's start (0.1 ms), and each request's http_req_duration (µs precision). */
  t: number[];
  d: number[];
}

/** The stages of a recording's plan on its clock (ms from the scenario's start). */
export function stageSpans(scenario: string, profile: string): StageSpan[] {
  // stagePlanFor checks both names and throws on any other.
  return spansOfPlan(stagePlanFor(scenario as ScenarioName, profile as ProfileName), 0);
}

/** The load requests of a k6 results file, timed from the scenario's start. */
export async function fromK6File(
  file: string,
  name: string,
  scenario: string,
  profile: string,
  note: string,
): Promise<Recording> {
  const { record } = await recordFile(file);
  const origin = record.scenarioStartMs();
  const tags = record.tags.all;
  const times: number[] = [];
  const durations: number[] = [];
  for (const { time, tag, duration, length } of record.requests.blocks) {
    for (let i = 0; i < length; i++) {
      const d = duration[i] as number;
      if (Number.isNaN(d) || tags[tag[i] as number]?.phase !== 'load') continue;
      times.push((time[i] as number) - origin);
      durations.push(d);
    }
  }
  return { name, scenario, profile, note, times: Float64Array.from(times), durations: Float64Array.from(durations) };
}

export function toCompact(r: Recording): CompactRecording {
  return {
    format: COMPACT_FORMAT,
    name: r.name,
    scenario: r.scenario,
    profile: r.profile,
    note: r.note,
    t: Array.from(r.times, (t) => Math.round(t * 10) / 10),
    d: Array.from(r.durations, (d) => Math.round(d * 1000) / 1000),
  };
}

export async function readCompact(file: string): Promise<Recording> {
  const raw = await readFile(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const c = JSON.parse(text) as CompactRecording;
  if (c.format !== COMPACT_FORMAT || c.t.length !== c.d.length)
    throw new Error(`${file}: not a ${COMPACT_FORMAT} file`);
  return { ...c, times: Float64Array.from(c.t), durations: Float64Array.from(c.d) };
}
