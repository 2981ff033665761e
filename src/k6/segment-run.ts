/**
 * The segment mode's ends: wait for start-at before k6 starts, and after the run hand over the
 * results file for the judging job instead of judging (one segment's figures mean nothing alone).
 */
import type { ActionIO } from '../core/io.js';
import { setOutputs } from '../config/outputs.js';
import { waitForStart } from '../config/start-at.js';
import { sleep } from '../core/sleep.js';
import type { K6Exit } from './exit-codes.js';
import { segmentLabel, type Segment } from './segments.js';

export async function waitForStartAt(startAtMs: number | null | undefined, io: Pick<ActionIO, 'info'>): Promise<void> {
  if (startAtMs === null || startAtMs === undefined) return;
  await waitForStart(startAtMs, { now: Date.now, sleep }, io.info);
}

/**
 * Says which file to upload; sets no verdict and posts no comment. A k6 that ended early is
 * warned about here, where it happened: the file is still handed over (the judging job holds
 * each instance's load to the plan and marks the merged run incomplete).
 */
export function handOverSegment(
  io: Pick<ActionIO, 'info' | 'warning' | 'setOutput'>,
  segment: Segment,
  run: { resultsPath: string; exit: Pick<K6Exit, 'complete' | 'meaning'> },
): void {
  setOutputs(io, { 'results-file': run.resultsPath });
  if (!run.exit.complete) {
    io.warning(
      `Segment ${segmentLabel(segment)}: k6 ended early (${run.exit.meaning}): this share of the load is incomplete, and the judging job will mark the merged run incomplete`,
    );
  }
  io.info(
    `Segment ${segmentLabel(segment)} ${run.exit.complete ? 'ran its share of the load' : 'ran part of its share'} and judges nothing: upload ${run.resultsPath} ` +
      '(output results-file) and judge all segments together in a later job with results-file: segments/*.ndjson*',
  );
}
