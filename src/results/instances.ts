/**
 * What each k6 instance of a merged run shows on its own, before the merge hides it: how long
 * its own load ran (one instance stopped early leaves a merged run that looks whole, since the
 * others cover the same time), and what its content is (the same file given twice, by a copy,
 * a symlink or two globs, would count every request twice).
 */
import { AnalysisError } from './analyze.js';
import type { InstanceRecord } from './merge.js';
import type { RunRecord } from './run-record.js';
import { tagTotals } from './tag-totals.js';

export interface InstanceLoad {
  file: string;
  /** From the instance's own scenario start to its last load request; null without load requests. */
  loadMs: number | null;
}

/** Each instance's own load span. */
export function instanceLoads(instances: readonly InstanceRecord[]): InstanceLoad[] {
  return instances.map(({ file, record }) => ({ file, loadMs: ownLoadMs(record) }));
}

function ownLoadMs(record: RunRecord): number | null {
  const totals = tagTotals(record);
  let last = -Infinity;
  record.tags.all.forEach((tags, id) => {
    if (tags.phase === 'load' && (totals.lastDurationMs[id] as number) > last)
      last = totals.lastDurationMs[id] as number;
  });
  return last === -Infinity ? null : last - record.scenarioStartMs();
}

/** Request rows compared: two instances of one test never share this many rows' times and durations. */
const FINGERPRINT_ROWS = 64;

/**
 * What identifies an instance's samples: its count of request rows, its first and last times,
 * and the times and durations of its first rows. Distinct k6 instances send distinct requests,
 * so they differ here; the same file read twice does not.
 */
export function contentFingerprint(record: RunRecord): string {
  const rows: number[] = [];
  for (const block of record.requests.blocks) {
    for (let i = 0; i < block.length && rows.length < FINGERPRINT_ROWS * 2; i++) {
      rows.push(block.time[i] as number, block.duration[i] as number);
    }
    if (rows.length >= FINGERPRINT_ROWS * 2) break;
  }
  return JSON.stringify([record.requests.length, record.firstMs, record.lastMs, rows]);
}

/** Refuses the same content given more than once, naming every file that repeats an earlier one. */
export function checkDistinctInstances(instances: readonly InstanceRecord[]): void {
  const firstWith = new Map<string, string>();
  const repeats: string[] = [];
  for (const { file, record } of instances) {
    const key = contentFingerprint(record);
    const earlier = firstWith.get(key);
    if (earlier === undefined) firstWith.set(key, file);
    else repeats.push(`${file} (the same samples as ${earlier})`);
  }
  if (repeats.length === 0) return;
  throw new AnalysisError(
    repeats.join(', '),
    'holds the same samples as another file given: a copy, a symlink or a second glob match of one segment would count its requests twice; give each segment file once',
  );
}
