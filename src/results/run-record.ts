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
/** The largest block; the first ones are smaller so a file of a few requests holds a few hundred bytes, not 230 KB. */
export const BLOCK_ROWS = 8192;
export const FIRST_BLOCK_ROWS = 16;

export type HttpMetric = 'http_reqs' | 'http_req_duration' | 'http_req_failed';

/**
 * A block of request rows. A row lacks a sample when k6 wrote none for it (or wrote the
 * samples apart): count and duration are then NaN (JSON has no NaN), failed is -1.
 */
export class RowBlock {
  length = 0;
  readonly time: Float64Array;
  readonly tag: Uint32Array;
  /** The http_reqs counter increment (1 in practice). */
  readonly count: Float64Array;
  readonly duration: Float64Array;
  /** http_req_failed: 1 failed, 0 not, -1 no sample. */
  readonly failed: Int8Array;

  constructor(readonly capacity: number) {
    this.time = new Float64Array(capacity);
    this.tag = new Uint32Array(capacity);
    this.count = new Float64Array(capacity);
    this.duration = new Float64Array(capacity);
    this.failed = new Int8Array(capacity);
  }
}

/**
 * The size of the next block: doubling from FIRST_BLOCK_ROWS up to BLOCK_ROWS, so a record's
 * memory follows its rows (3,000 one-request files once held 8,192 rows each: 270 KB a file).
 */
export function nextBlockRows(blocks: number): number {
  return Math.min(BLOCK_ROWS, FIRST_BLOCK_ROWS * 2 ** Math.min(blocks, 20));
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

  /** Appends a whole row as another record holds it (records merged from several files). */
  addRow(timeMs: number, tagId: number, count: number, duration: number, failed: number): void {
    const block = this.open(timeMs, tagId);
    const row = block.length - 1;
    block.count[row] = count;
    block.duration[row] = duration;
    block.failed[row] = failed;
  }

  /** Keeps the rows whose time passes `inside`, in order, compacting the blocks in place. */
  keep(
    inside: (timeMs: number) => boolean,
    isLoad: (tagId: number) => boolean,
  ): { removed: number; removedLoad: number } {
    let removed = 0;
    let removedLoad = 0;
    let to = 0;
    let target = this.blocks[0];
    const kept: RowBlock[] = [];
    for (const block of this.blocks) {
      for (let i = 0; i < block.length; i++) {
        if (!inside(block.time[i] as number)) {
          removed++;
          if (isLoad(block.tag[i] as number)) removedLoad++;
          continue;
        }
        if (to === (target as RowBlock).capacity) {
          (target as RowBlock).length = to;
          target = this.blocks[kept.length];
          to = 0;
        }
        if (to === 0) kept.push(target as RowBlock);
        const t = target as RowBlock;
        t.time[to] = block.time[i] as number;
        t.tag[to] = block.tag[i] as number;
        t.count[to] = block.count[i] as number;
        t.duration[to] = block.duration[i] as number;
        t.failed[to] = block.failed[i] as number;
        to++;
      }
    }
    if (target && kept.length > 0) target.length = to;
    this.blocks.length = 0;
    this.blocks.push(...kept);
    this.last = kept[kept.length - 1];
    this.length -= removed;
    return { removed, removedLoad };
  }

  private open(timeMs: number, tagId: number): RowBlock {
    let block = this.last;
    if (!block || block.length === block.capacity) {
      block = new RowBlock(nextBlockRows(this.blocks.length));
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
  time = new Float64Array(16);
  value = new Float64Array(16);

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

  /** Keeps the readings whose time passes `inside`; returns how many went. */
  keep(inside: (timeMs: number) => boolean): number {
    let to = 0;
    for (let i = 0; i < this.length; i++) {
      if (!inside(this.time[i] as number)) continue;
      this.time[to] = this.time[i] as number;
      this.value[to] = this.value[i] as number;
      to++;
    }
    const removed = this.length - to;
    this.length = to;
    return removed;
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
  /** Samples whose value no k6 metric can take (Infinity from 1e400, negative, a string): counted, left out. */
  badValues = 0;
  /** Of those, the HTTP samples of the load itself. */
  badLoadValues = 0;

  rejectValue(loadRequest: boolean): void {
    this.badValues++;
    if (loadRequest) this.badLoadValues++;
  }

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

  /**
   * Drops the request rows and VU readings dated outside [fromMs, toMs] and narrows the times
   * read from them. Returns how many samples went, and how many of them were load requests.
   */
  keepWithin(fromMs: number, toMs: number): { removed: number; removedLoad: number } {
    const inside = (t: number): boolean => t >= fromMs && t <= toMs;
    if (inside(this.firstMs) && inside(this.lastMs)) return { removed: 0, removedLoad: 0 };
    const { removed, removedLoad } = this.requests.keep(inside, (tagId) => this.tags.all[tagId]?.phase === 'load');
    const vusRemoved = this.vus.keep(inside);
    const setupRemoved = !Number.isNaN(this.setupEndMs) && !inside(this.setupEndMs);
    if (setupRemoved) this.setupEndMs = Number.NaN;
    // Times of samples not kept (counters) are lost with them: read the bounds again from what is kept.
    this.firstMs = Number.NaN;
    this.lastMs = Number.NaN;
    this.firstScenarioRequestMs = Number.NaN;
    for (const block of this.requests.blocks) {
      for (let i = 0; i < block.length; i++) {
        const t = block.time[i] as number;
        this.sawTime(t);
        if (!(t >= this.firstScenarioRequestMs) && this.tags.all[block.tag[i] as number]?.inScenario)
          this.firstScenarioRequestMs = t;
      }
    }
    for (let i = 0; i < this.vus.length; i++) this.sawTime(this.vus.time[i] as number);
    if (!Number.isNaN(this.setupEndMs)) this.sawTime(this.setupEndMs);
    return { removed: removed + vusRemoved + (setupRemoved ? 1 : 0), removedLoad };
  }

  sawTime(timeMs: number): void {
    if (!(timeMs >= this.firstMs)) this.firstMs = timeMs;
    if (!(timeMs <= this.lastMs)) this.lastMs = timeMs;
  }
}
