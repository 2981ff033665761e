/**
 * What one pass over k6's output keeps: one row per HTTP request (k6 writes its http_reqs,
 * http_req_duration and http_req_failed samples one after another with the same time and
 * tags; they share a row), the VU readings, and a few running totals. Memory grows with the
 * number of requests and VU readings, never with the metrics skipped or the file's size.
 */
import { TagTable } from './request-tags.js';

/** Growth factor of the VU columns: 1.5 rather than 2 keeps the transient peak of a copy low. */
const GROWTH = 1.5;
/** Rows per block: request rows are kept in fixed blocks, so storing more never copies (no garbage to collect). */
const BLOCK_ROWS = 8192;

export type HttpMetric = 'http_reqs' | 'http_req_duration' | 'http_req_failed';

/**
 * A block of request rows. A row lacks a sample when k6 wrote none for it (or wrote the
 * samples apart): count and duration are then NaN (JSON has no NaN), failed is -1.
 */
export class RowBlock {
  length = 0;
  readonly time = new Float64Array(BLOCK_ROWS);
  readonly tag = new Uint32Array(BLOCK_ROWS);
  /** The http_reqs counter increment (1 in practice). */
  readonly count = new Float64Array(BLOCK_ROWS);
  readonly duration = new Float64Array(BLOCK_ROWS);
  /** http_req_failed: 1 failed, 0 not, -1 no sample. */
  readonly failed = new Int8Array(BLOCK_ROWS);
}

/** Request rows in arrival order, in blocks. */
export class RequestRows {
  readonly blocks: RowBlock[] = [];
  length = 0;
  private last: RowBlock | undefined;

  add(metric: HttpMetric, timeMs: number, value: number, tagId: number): void {
    let block = this.last;
    let row = block ? block.length - 1 : -1;
    if (!block || row < 0 || block.time[row] !== timeMs || block.tag[row] !== tagId || !lacks(block, metric, row)) {
      block = this.open(timeMs, tagId);
      row = block.length - 1;
    }
    if (metric === 'http_reqs') block.count[row] = value;
    else if (metric === 'http_req_duration') block.duration[row] = value;
    else block.failed[row] = value !== 0 ? 1 : 0;
  }

  private open(timeMs: number, tagId: number): RowBlock {
    let block = this.last;
    if (!block || block.length === BLOCK_ROWS) {
      block = new RowBlock();
      this.blocks.push(block);
      this.last = block;
    }
    const row = block.length++;
    this.length++;
    block.time[row] = timeMs;
    block.tag[row] = tagId;
    block.count[row] = Number.NaN;
    block.duration[row] = Number.NaN;
    block.failed[row] = -1;
    return block;
  }
}

function lacks(block: RowBlock, metric: HttpMetric, row: number): boolean {
  if (metric === 'http_reqs') return Number.isNaN(block.count[row]);
  if (metric === 'http_req_duration') return Number.isNaN(block.duration[row]);
  return block.failed[row] === -1;
}

/** VU readings (the `vus` gauge). */
export class VuReadings {
  length = 0;
  time = new Float64Array(256);
  value = new Float64Array(256);

  push(timeMs: number, value: number): void {
    if (this.length === this.time.length) {
      const size = Math.ceil(this.length * GROWTH);
      this.time = grown(this.time, new Float64Array(size));
      this.value = grown(this.value, new Float64Array(size));
    }
    this.time[this.length] = timeMs;
    this.value[this.length] = value;
    this.length++;
  }
}

function grown<T extends Float64Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

export class RunRecord {
  readonly tags = new TagTable();
  readonly requests = new RequestRows();
  readonly vus = new VuReadings();
  iterations = 0;
  droppedIterations = 0;
  checkPasses = 0;
  checkFails = 0;
  /** Earliest and latest sample time seen (ms since the epoch); NaN before any sample. */
  firstMs = Number.NaN;
  lastMs = Number.NaN;
  /** Earliest HTTP sample carrying a `scenario` tag (setup and teardown samples carry none). */
  firstScenarioRequestMs = Number.NaN;
  /** Time of setup()'s iteration_duration sample, which k6 writes as setup() returns. */
  setupEndMs = Number.NaN;

  http(metric: HttpMetric, timeMs: number, value: number, tagId: number): void {
    this.requests.add(metric, timeMs, value, tagId);
    this.sawTime(timeMs);
    if (!(timeMs >= this.firstScenarioRequestMs) && this.tags.all[tagId]?.inScenario)
      this.firstScenarioRequestMs = timeMs;
  }

  /** Whether setup()'s end is known, or past: k6 writes its sample before any scenario request. */
  setupEndSeen(): boolean {
    return !Number.isNaN(this.setupEndMs) || !Number.isNaN(this.firstScenarioRequestMs);
  }

  setupEnded(timeMs: number): void {
    if (!(timeMs <= this.setupEndMs)) this.setupEndMs = timeMs;
    this.sawTime(timeMs);
  }

  /**
   * When the scenario started, which stage windows count from (ms since the epoch): k6 starts
   * the scenarios as setup() returns, and a request's sample is written at its end, so the
   * first request comes later (0.8 s in the spike recording). Without setup(): the first
   * scenario request; without either: the first sample; NaN for no sample at all.
   */
  scenarioStartMs(): number {
    const firstRequest = this.firstScenarioRequestMs;
    if (!Number.isNaN(this.setupEndMs) && !(this.setupEndMs > firstRequest)) return this.setupEndMs;
    return Number.isNaN(firstRequest) ? this.firstMs : firstRequest;
  }

  sawTime(timeMs: number): void {
    if (!(timeMs >= this.firstMs)) this.firstMs = timeMs;
    if (!(timeMs <= this.lastMs)) this.lastMs = timeMs;
  }
}
