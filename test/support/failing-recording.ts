/**
 * A real recording with an error-rate regression injected: the enqueue-errors run (its durations
 * scaled a little, so each copy is a distinct run to analyzeFiles) with every `every`-th answered
 * load request from the `offset`-th on marked failed, as scaled-recording.ts injects a latency one.
 * Different offsets put the added failures at different times: two runs of one failure rate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scaledRecording } from '../history/scaled-recording.js';

const FAILED = '{"metric":"http_req_failed","type":"Point"';

export function failingRecording(dir: string, every: number, offset: number, factor = 1.001): string {
  const lines = readFileSync(scaledRecording(dir, factor), 'utf8').split('\n');
  let answered = 0;
  const flipped = lines.map((line) => {
    if (!line.startsWith(FAILED) || line.includes('"group":"::setup"') || line.includes('"group":"::teardown"'))
      return line;
    const point = JSON.parse(line) as { data: { value: number } };
    if (point.data.value !== 0) return line;
    answered += 1;
    if (answered % every !== offset % every) return line;
    point.data.value = 1;
    return JSON.stringify(point);
  });
  const file = path.join(dir, `enqueue-errors-fail-every-${every}-from-${offset}-x${factor}.ndjson`);
  writeFileSync(file, flipped.join('\n'));
  return file;
}
