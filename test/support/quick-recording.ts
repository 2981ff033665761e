/**
 * A quick-profile run DERIVED from the enqueue-full recording (no quick-profile recording
 * exists): the load's time is compressed five times (quick runs each stage a fifth as long),
 * one load request in five is kept (so the rates stay the full run's), and every load request
 * is tagged as the bundled scenarios now tag them: scenario `enqueue`, profile `quick`, and its
 * stage. setup()'s samples keep their times; latencies are untouched.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stageIndexAt, stagePlanFor } from '../../scenarios/lib/options.js';
import { recordingFile } from './recordings.js';

const KEPT_METRICS = new Set(['http_reqs', 'http_req_duration', 'http_req_failed', 'vus', 'iteration_duration']);
const SCALE = 5;

interface Line {
  metric: string;
  type: string;
  data: { time: string; value: number; tags: Record<string, string> };
}

export function quickRunFromEnqueueFull(): string {
  const lines = gunzipSync(readFileSync(recordingFile('enqueue-full')))
    .toString('utf8')
    .split('\n');
  const points = lines
    .filter((l) => l.startsWith('{"metric":"') && l.includes('"type":"Point"'))
    .map((l) => JSON.parse(l) as Line)
    .filter((p) => KEPT_METRICS.has(p.metric));
  const setupEnd = points.find((p) => p.metric === 'iteration_duration' && p.data.tags.group === '::setup');
  if (!setupEnd) throw new Error('enqueue-full has no setup() iteration_duration sample');
  const loadStartMs = Date.parse(setupEnd.data.time);
  const fullPlan = stagePlanFor('enqueue', 'full');
  const out: string[] = [];
  let loadRequests = 0;
  let keep = false;
  for (const p of points) {
    const ms = Date.parse(p.data.time);
    if (p.metric === 'iteration_duration' && p !== setupEnd) continue;
    if (ms < loadStartMs || p.data.tags.group === '::setup') {
      out.push(JSON.stringify(p));
      continue;
    }
    const time = new Date(loadStartMs + (ms - loadStartMs) / SCALE).toISOString();
    const tags = { ...p.data.tags };
    const load = p.metric.startsWith('http_') && tags.group === '';
    if (p.metric === 'http_reqs' && load) keep = loadRequests++ % SCALE === 0;
    if (load) {
      if (!keep) continue;
      tags.scenario = 'enqueue';
      tags.profile = 'quick';
      // The stage by the scenario's clock when the request ended (the scripts read it as the
      // iteration starts; the request's lines must share one tag set, so one time for all three).
      tags.stage = String(stageIndexAt(ms - loadStartMs, fullPlan));
    }
    out.push(JSON.stringify({ ...p, data: { ...p.data, time, tags } }));
  }
  return `${out.join('\n')}\n`;
}
