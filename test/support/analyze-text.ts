/**
 * k6 NDJSON lines held in memory, analysed by the parts analyzeFile streams a file through
 * (line chunks, the scanner, the record, summarize, the no-load check). Tests build small runs as
 * text; the gate only ever reads files, so this composition lives with the tests.
 */
import { judgeable, type AnalyzeOptions } from '../../src/results/analyze.js';
import { LineChunker } from '../../src/results/line-chunks.js';
import { LineScanner } from '../../src/results/line-scanner.js';
import { RunRecord } from '../../src/results/run-record.js';
import { summarize } from '../../src/results/summarize.js';
import type { RunResult } from '../../src/results/types.js';

export function analyzeText(text: string, file: string, options: AnalyzeOptions = {}): RunResult {
  const record = new RunRecord();
  const scanner = new LineScanner(record);
  const chunker = new LineChunker();
  chunker.push(Buffer.from(text), (lines) => scanner.feed(lines));
  const { truncated } = scanner.finish(chunker.rest());
  return judgeable(file, summarize(record, { file, cut: truncated ? 'line' : null, ...options }), options.k6Exit);
}
