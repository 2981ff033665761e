/**
 * A duet recording (scenarios/lib/duet.js): one k6 run whose load requests are tagged
 * target=head or target=base. Two readings of it: each target's load samples, for the paired
 * judgement (judge/paired.ts), and the head's part alone as a k6 file, which the usual
 * analysis reads unchanged (the report's figures and the thresholds' absolute limits are head's).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

export type DuetTarget = 'head' | 'base';

/** One target's load requests in file order: time (ms since the epoch), duration (ms), failure flag. */
export interface TargetSamples {
  times: number[];
  durations: number[];
  /** 1 failed, 0 not (http_req_failed of the same request). */
  failed: number[];
  /** The `name` tag (endpoint); '' when absent. */
  endpoints: string[];
  /** The `stage` tag as a number; -1 when absent. */
  stages: number[];
}

export interface DuetSamples {
  head: TargetSamples;
  base: TargetSamples;
}

const TARGET = '"target":"';
const DURATION = '"metric":"http_req_duration"';
const FAILED = '"metric":"http_req_failed"';

function emptyTarget(): TargetSamples {
  return { times: [], durations: [], failed: [], endpoints: [], stages: [] };
}

async function lines(file: string): Promise<AsyncIterable<string>> {
  const handle = await open(file, 'r');
  const magic = Buffer.alloc(2);
  const { bytesRead } = await handle.read(magic, 0, 2, 0);
  await handle.close();
  const gzipped = bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  return linesOf(gzipped ? createReadStream(file).pipe(createGunzip()) : createReadStream(file));
}

/**
 * The stream's lines. A gzip cut short (k6 killed mid-write) ends with what could be decoded:
 * readline would leave gunzip's error unhandled, and the analysis marks such a run as cut.
 */
async function* linesOf(stream: Readable): AsyncIterable<string> {
  stream.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      yield* parts;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw error;
  }
  if (rest !== '') yield rest;
}

interface PointLine {
  metric: string;
  type: string;
  data: { time: string; value: number; tags?: Record<string, string> };
}

/**
 * Each target's load samples (requests made by a k6 scenario, not setup() or teardown()), or
 * null when the file is no duet recording: it must hold load requests of both targets.
 * http_req_failed follows its request's http_req_duration in k6's output; they are matched by
 * target and time.
 */
export async function readDuetSamples(file: string): Promise<DuetSamples | null> {
  const samples: DuetSamples = { head: emptyTarget(), base: emptyTarget() };
  // The http_req_failed of a request k6 wrote just before it, per target: time -> index.
  const pending = { head: new Map<string, number>(), base: new Map<string, number>() };
  for await (const line of await lines(file)) {
    if (!line.includes(TARGET)) continue;
    const isDuration = line.includes(DURATION);
    if (!isDuration && !line.includes(FAILED)) continue;
    const point = JSON.parse(line) as PointLine;
    const tags = point.data.tags ?? {};
    const target = tags['target'];
    if (point.type !== 'Point' || (target !== 'head' && target !== 'base') || tags['scenario'] === undefined) continue;
    const into = samples[target];
    if (isDuration) {
      into.times.push(Date.parse(point.data.time));
      into.durations.push(point.data.value);
      into.failed.push(0);
      into.endpoints.push(tags['name'] ?? '');
      const stage = Number(tags['stage']);
      into.stages.push(tags['stage'] !== undefined && Number.isInteger(stage) ? stage : -1);
      pending[target].set(point.data.time, into.times.length - 1);
    } else {
      const index = pending[target].get(point.data.time);
      if (index !== undefined) {
        into.failed[index] = point.data.value > 0 ? 1 : 0;
        pending[target].delete(point.data.time);
      }
    }
  }
  return samples.head.times.length > 0 && samples.base.times.length > 0 ? samples : null;
}

/**
 * The recording without the base target's samples: a k6 file of the head's requests (and the
 * run's untagged lines: metric declarations, VUs), for the usual analysis. Plain NDJSON.
 */
export async function writeHeadFile(file: string, headFile: string): Promise<void> {
  const out = createWriteStream(headFile);
  for await (const line of await lines(file)) {
    if (line.includes('"target":"base"')) {
      const point = JSON.parse(line) as Partial<PointLine>;
      if (point.data?.tags?.['target'] === 'base') continue;
    }
    if (!out.write(line + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
}

/**
 * Whether the file is a duet recording, from its first load request (cheap: a single-target
 * file is not read to its end): bundled and custom duet scripts tag every load request.
 */
export async function isDuetRecording(file: string): Promise<boolean> {
  for await (const line of await lines(file)) {
    if (!line.includes(DURATION) || !line.includes('"scenario"')) continue;
    const point = JSON.parse(line) as PointLine;
    if (point.type !== 'Point' || point.data.tags?.['scenario'] === undefined) continue;
    const target = point.data.tags['target'];
    return target === 'head' || target === 'base';
  }
  return false;
}

/** A duet recording ready to judge: head's part as a k6 file of its own in `workDir`, and both targets' samples. */
export interface DuetRecording {
  headFile: string;
  samples: DuetSamples;
}

/** The duet recording among `files`, or null when they are not one (a duet is one k6 process: one file). */
export async function openDuetRecording(files: readonly string[], workDir: string): Promise<DuetRecording | null> {
  const file = files.length === 1 ? files[0] : undefined;
  if (file === undefined || !(await isDuetRecording(file))) return null;
  const samples = await readDuetSamples(file);
  if (samples === null) return null;
  await mkdir(workDir, { recursive: true });
  const headFile = path.join(workDir, 'duet-head.ndjson');
  await writeHeadFile(file, headFile);
  return { headFile, samples };
}
