/**
 * The segment mode's ends: wait for start-at before k6 starts, and after the run hand over the
 * results file for the judging job instead of judging (one segment's figures mean nothing alone).
 */
import type { ActionIO } from '../core/io.js';
import { waitForStart } from '../config/start-at.js';
import { sleep } from '../core/sleep.js';
import { segmentLabel, type Segment } from './segments.js';

export async function waitForStartAt(startAtMs: number | null | undefined, io: Pick<ActionIO, 'info'>): Promise<void> {
  if (startAtMs === null || startAtMs === undefined) return;
  await waitForStart(startAtMs, { now: Date.now, sleep }, io.info);
}

/** Says which file to upload; sets no verdict and posts no comment. */
export function handOverSegment(io: Pick<ActionIO, 'info' | 'setOutput'>, segment: Segment, resultsPath: string): void {
  io.setOutput('results-file', resultsPath);
  io.info(
    `Segment ${segmentLabel(segment)} ran its share of the load and judges nothing: upload ${resultsPath} ` +
      '(output results-file) and judge all segments together in a later job with results-file: segments/*.ndjson*',
  );
}
