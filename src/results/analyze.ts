/**
 * The results engine's entry point: one streaming pass over k6's `--out json` file (plain
 * NDJSON or gzip, recognised by its magic bytes, not its name) into a RunResult.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { ZlibOptions } from 'node:zlib';
import type { Readable } from 'node:stream';
import { LineChunker } from './line-chunks.js';
import { LineError, LineScanner } from './line-scanner.js';
import type { PlanOf } from './run-description.js';
import { RunRecord } from './run-record.js';
import { summarize, summarizeFigures, type SummarizeOptions } from './summarize.js';
import type { K6RunEnd, RunFigures, RunResult, StagePlan } from './types.js';
import { UserError } from '../core/user-error.js';

export interface AnalyzeOptions {
  /**
   * The scenario's stages, for runs whose requests name no bundled scenario and profile: labels
   * and targets, windows when they carry no `stage` tag, and to tell a run cut short.
   */
  stagePlan?: StagePlan;
  /** The plan of the scenario and profile the requests are tagged with (bundled scenarios tag both). */
  planOf?: PlanOf;
  /** How the k6 run that wrote the file ended, when perf-gate ran it: an early end makes the evidence incomplete. */
  k6Exit?: K6RunEnd | null;
  /** Time-series bucket length; by default 1 to 10 s to suit the run's length. */
  bucketMs?: number;
}

/** Bad input: the message starts with the file's name and says what is wrong with it. */
export class AnalysisError extends UserError {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'AnalysisError';
  }
}

/** Large reads: fewer round trips to the thread pool, which cost idle time on a busy machine. */
const READ_BYTES = 1 << 20;
/** Gunzip's output pieces: 256 KB measured 30% faster than 64 KB (fewer thread-pool round trips). */
const PIECE_BYTES = 1 << 18;
/** How far gunzip may run ahead of the scanner. */
const GUNZIP_AHEAD_BYTES = 4 << 20;
/** No k6 line comes near this; a longer run of bytes without a newline is not k6 output. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
const NO_LOAD_SAMPLES =
  'no load samples at all: the file holds no http_req_duration sample, so there is nothing to judge. Give the file k6 wrote with --out json=FILE for a run that sent requests';

export function analyzeFile(file: string, options: AnalyzeOptions = {}): Promise<RunResult> {
  return analyzed(file, options, summarize);
}

/** The same analysis without intervals or time series: the figures that tables print. */
export function analyzeFileFigures(file: string, options: AnalyzeOptions = {}): Promise<RunFigures> {
  return analyzed(file, options, summarizeFigures);
}

async function analyzed<R extends RunFigures>(
  file: string,
  options: AnalyzeOptions,
  summary: (record: RunRecord, options: SummarizeOptions) => R,
): Promise<R> {
  const { record, cut } = await recordFile(file);
  try {
    return judgeable(file, summary(record, { file, cut, ...options }), options.k6Exit);
  } catch (error) {
    throw asAnalysisError(file, error, false, 0);
  }
}

/** One k6 results file read into a RunRecord, and whether it was cut short. */
export async function recordFile(file: string): Promise<{ record: RunRecord; cut: 'line' | 'gzip' | null }> {
  const record = new RunRecord();
  const scanner = new LineScanner(record);
  const chunker = new LineChunker();
  const feed = (lines: Buffer): void => scanner.feed(lines);
  let handle: FileHandle | undefined;
  let gzipped = false;
  let bytes = 0;
  try {
    handle = await open(file, 'r');
    gzipped = await isGzip(handle);
    let streamCut = false;
    try {
      for await (const chunk of gzipped ? await gunzipped(file) : plainChunks(handle)) {
        chunker.push(chunk as Buffer, feed);
        bytes += (chunk as Buffer).length;
        if (chunker.pendingBytes > MAX_LINE_BYTES) throw lineTooLong(scanner, bytes - chunker.pendingBytes, gzipped);
      }
    } catch (error) {
      // gunzip has handed over all it could decode when it finds the end missing: judge that, marked cut.
      if (!gzipped || !isCutGzip(error)) throw error;
      streamCut = true;
    }
    const { truncated } = scanner.finish(chunker.rest());
    return { record, cut: streamCut ? 'gzip' : truncated ? 'line' : null };
  } catch (error) {
    throw asAnalysisError(file, error, gzipped, bytes);
  } finally {
    await handle?.close();
  }
}

/**
 * Reads into two reused buffers, the next read under way while the current chunk is scanned:
 * no allocation per chunk, and no waiting on the thread pool (measured: a third of the wall
 * time on a busy 2-core machine with one buffer).
 */
async function* plainChunks(handle: FileHandle): AsyncGenerator<Buffer> {
  const buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)];
  let position = 0;
  const read = (buffer: Buffer) => handle.read(buffer, 0, READ_BYTES, position);
  let current = read(buffers[0] as Buffer);
  for (let turn = 0; ; turn ^= 1) {
    const { bytesRead, buffer } = await current;
    if (bytesRead === 0) return;
    position += bytesRead;
    current = read(buffers[turn ^ 1] as Buffer);
    yield buffer.subarray(0, bytesRead);
  }
}

/** zlib, and the streams it pulls in, load only for a gzip file: a plain file's process starts without them. */
async function gunzipped(file: string): Promise<Readable> {
  const { createGunzip } = await import('node:zlib');
  const source = createReadStream(file, { highWaterMark: READ_BYTES });
  // Default finish flush: a stream whose end never arrives (k6 killed, file cut) ends in an
  // "unexpected end of file" error after everything decodable was handed over, which is how a
  // cut file is told from a whole one (Z_SYNC_FLUSH would hide the missing end).
  // A deep output buffer lets gunzip (thread pool) run ahead while this thread scans lines.
  // (zlib streams take stream options; @types/node's ZlibOptions does not list them.)
  const options: ZlibOptions & { readableHighWaterMark: number } = {
    chunkSize: PIECE_BYTES,
    readableHighWaterMark: GUNZIP_AHEAD_BYTES,
  };
  const gunzip = createGunzip(options);
  source.on('error', (error) => gunzip.destroy(error));
  gunzip.on('close', () => source.destroy());
  return source.pipe(gunzip);
}

function isCutGzip(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR';
}

/** A line over MAX_LINE_BYTES, named by its number and where it starts. */
function lineTooLong(scanner: LineScanner, startByte: number, gzipped: boolean): LineError {
  const where = `starting ${megabytes(startByte)} into the file${gzipped ? ' (decompressed)' : ''}`;
  return new LineError(
    scanner.linesRead + 1,
    `${where}, runs over 16 MB without a newline: k6 --out json writes one short JSON object per line, so this is not k6 output (or it was damaged)`,
  );
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A result without a single request duration is no run at all: an error, not a "not measured" warning. */
export function judgeable<R extends RunFigures>(file: string, result: R, k6Exit: K6RunEnd | null | undefined): R {
  if (result.wholeRun.duration !== null) return result;
  const early = k6Exit && !k6Exit.complete ? ` (k6 ended early: ${k6Exit.meaning})` : '';
  throw new AnalysisError(file, `${NO_LOAD_SAMPLES}${early}`);
}

async function isGzip(handle: FileHandle): Promise<boolean> {
  const magic = Buffer.alloc(2);
  const { bytesRead } = await handle.read(magic, 0, 2, 0);
  return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
}

/** zlib's words for a member header it cannot read: after decoded output, bytes that follow a whole gzip stream. */
const NOT_A_GZIP_HEADER = /incorrect header check|unknown compression method|unknown header flags/;

function asAnalysisError(file: string, error: unknown, gzipped: boolean, decodedBytes: number): AnalysisError {
  if (error instanceof AnalysisError) return error;
  if (error instanceof LineError) {
    return new AnalysisError(file, error.lineNumber > 0 ? `line ${error.lineNumber}: ${error.message}` : error.message);
  }
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new AnalysisError(file, 'no such file; give the path k6 wrote with --out json=FILE');
    case 'EISDIR':
      return new AnalysisError(file, 'is a directory; give the k6 results file inside it');
    case 'EACCES':
    case 'EPERM':
      return new AnalysisError(file, 'cannot be read (permission denied)');
  }
  const message = (error as Error).message;
  // The first header's magic was checked: "incorrect header check" (bad magic) can only be a later one.
  if (gzipped && (message === 'incorrect header check' || (decodedBytes > 0 && NOT_A_GZIP_HEADER.test(message)))) {
    return new AnalysisError(
      file,
      `is a complete gzip stream followed by bytes that are not gzip (${(error as Error).message}): something was appended to the file k6 wrote; give k6's file as it wrote it`,
    );
  }
  if (gzipped && typeof code === 'string' && code.startsWith('Z_')) {
    return new AnalysisError(
      file,
      `is not a valid gzip file (${(error as Error).message}); k6 writes gzip only when the --out json file name ends in .gz`,
    );
  }
  return new AnalysisError(file, `cannot be analysed: ${(error as Error).message}`);
}
