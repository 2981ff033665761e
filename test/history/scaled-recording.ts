/**
 * A real recording with every http_req_duration sample scaled: the same run, made slower or
 * faster, so a history of "different" runs and a regressed pull request come from real k6 output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { recordingFile } from '../support/recordings.js';

const source = () => gunzipSync(readFileSync(recordingFile('enqueue-errors'))).toString('utf8');
let lines: string[] | null = null;

export function scaledRecording(dir: string, factor: number): string {
  lines ??= source().split('\n');
  const scaled = lines.map((line) => {
    if (!line.startsWith('{"metric":"http_req_duration","type":"Point"')) return line;
    const point = JSON.parse(line) as { data: { value: number } };
    point.data.value *= factor;
    return JSON.stringify(point);
  });
  const file = path.join(dir, `enqueue-errors-x${factor}.ndjson`);
  writeFileSync(file, scaled.join('\n'));
  return file;
}
