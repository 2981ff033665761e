/**
 * The load's figures read straight from a recording, without the results engine: k6's own
 * percentile method over the requests that are not setup()'s or teardown()'s. What the
 * judged outputs (p95-ms, p99-ms, error-rate) must equal.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { recordingFile, type RecordingName } from './recordings.js';

/** k6's trend percentile: sort, i = p * (n - 1), linear interpolation (the recordings' README checks it). */
export function k6Percentile(sorted: number[], p: number): number {
  const i = p * (sorted.length - 1);
  const below = Math.floor(i);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (i - below);
}

type PointLine = { metric: string; type: string; data: { value: number; tags: { group?: string } } };

function loadPoints(name: RecordingName, metric: string): number[] {
  const prefix = `{"metric":"${metric}","type":"Point"`;
  const values: number[] = [];
  for (const line of gunzipSync(readFileSync(recordingFile(name)))
    .toString('utf8')
    .split('\n')) {
    if (!line.startsWith(prefix)) continue;
    const { data } = JSON.parse(line) as PointLine;
    if (data.tags.group !== '::setup' && data.tags.group !== '::teardown') values.push(data.value);
  }
  return values;
}

/** The http_req_duration values of the load's requests, sorted. */
export function loadDurations(name: RecordingName): number[] {
  return loadPoints(name, 'http_req_duration').sort((a, b) => a - b);
}

/** The load's p95, p99 and error rate; null figures when the load made no request. */
export function loadFigures(name: RecordingName): { p95: number | null; p99: number | null; errorRate: number | null } {
  const durations = loadDurations(name);
  const failed = loadPoints(name, 'http_req_failed');
  if (durations.length === 0) return { p95: null, p99: null, errorRate: null };
  return {
    p95: k6Percentile(durations, 0.95),
    p99: k6Percentile(durations, 0.99),
    errorRate: failed.reduce((a, b) => a + b, 0) / failed.length,
  };
}
