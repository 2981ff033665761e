/**
 * The hot path: reads k6's `--out json` lines, as bytes, into a RunRecord. Most lines are
 * metrics the analysis never uses (http_req_blocked, data_sent, ...): they are recognised by
 * the metric name right after `{"metric":"` and skipped without decoding or JSON.parse.
 * Lines the analysis needs are read in place when they have k6's usual key order, their tag
 * object decoded once per distinct text; any other shape goes through JSON.parse, so key
 * order is never assumed.
 */
import { isRecord } from './request-tags.js';
import type { HttpMetric, RunRecord } from './run-record.js';
import { containsWithin, parseNumber, PreviousRequestLine, quoteEnd, RawTagIds, startsWith } from './line-bytes.js';
import { SampleTimeParser } from './sample-time.js';

/** A line the analysis cannot read, or a first line that is not k6 output. */
export class LineError extends Error {
  constructor(
    readonly lineNumber: number,
    message: string,
  ) {
    super(message);
  }
}

const enum Kind {
  Skip,
  Reqs,
  Duration,
  Failed,
  Vus,
  Iterations,
  Dropped,
  Checks,
  IterationDuration,
}

const HTTP_METRICS: Record<number, HttpMetric> = {
  [Kind.Reqs]: 'http_reqs',
  [Kind.Duration]: 'http_req_duration',
  [Kind.Failed]: 'http_req_failed',
};

const KINDS = new Map<string, Kind>([
  ['http_reqs', Kind.Reqs],
  ['http_req_duration', Kind.Duration],
  ['http_req_failed', Kind.Failed],
  ['vus', Kind.Vus],
  ['iterations', Kind.Iterations],
  ['dropped_iterations', Kind.Dropped],
  ['checks', Kind.Checks],
  // Read only for setup()'s sample, whose time is the end of setup(): the scenario's start.
  ['iteration_duration', Kind.IterationDuration],
]);

/** The metric names the analysis reads, by length (an array: indexed faster than a Map): a name of another length is skipped at once. */
const NAMES_BY_LENGTH: Array<Array<{ bytes: Buffer; kind: Kind }> | undefined> = [];
for (const [name, kind] of KINDS) {
  const sameLength = NAMES_BY_LENGTH[name.length] ?? [];
  sameLength.push({ bytes: Buffer.from(name), kind });
  NAMES_BY_LENGTH[name.length] = sameLength;
}

/** The kind of the metric named by bytes[start, end); Skip for a metric the analysis does not read. */
function knownMetric(bytes: Buffer, start: number, end: number): Kind {
  const candidates = NAMES_BY_LENGTH[end - start];
  if (candidates === undefined) return Kind.Skip;
  for (const { bytes: name, kind } of candidates) if (startsWith(bytes, start, name)) return kind;
  return Kind.Skip;
}

/** The tag setup()'s samples carry (its closing quote excludes groups nested in setup). */
const SETUP_GROUP_TAG = Buffer.from('"group":"::setup"');
const SETUP_GROUP = '::setup';

const POINT_PREFIX = Buffer.from('{"metric":"');
const METRIC_DECLARATION = Buffer.from('{"type":"Metric"');
const POINT_HEAD = Buffer.from('","type":"Point","data":{"time":"');
const VALUE_KEY = Buffer.from('","value":');
const TAGS_KEY = Buffer.from(',"tags":');
const QUOTE = 34;
const COMMA = 44;
const CLOSE_BRACE = 125;

export class LineScanner {
  private lineNumber = 0;
  private validated = false;
  private lastLine: Buffer | null = null;
  private readonly times = new SampleTimeParser();
  private readonly previous = new PreviousRequestLine();
  private readonly rawTags = new RawTagIds();

  constructor(private readonly record: RunRecord) {}

  /** Lines read so far (the number of the last one). */
  get linesRead(): number {
    return this.lineNumber;
  }

  /** Reads complete lines (each ending with a newline). */
  feed(bytes: Buffer): void {
    const length = bytes.length;
    let pos = 0;
    let lineStart = -1;
    while (pos < length) {
      let nl = bytes.indexOf(10, pos);
      if (nl < 0) nl = length;
      this.line(bytes, pos, nl);
      lineStart = pos;
      pos = nl + 1;
    }
    // The last complete line may hold the run's latest time (k6 writes it at teardown's end).
    if (lineStart >= 0) this.lastLine = Buffer.from(bytes.subarray(lineStart, pos - 1));
  }

  /** Ends the input with the bytes after the last newline. Returns whether they are a line cut short (k6 killed mid-write). */
  finish(rest: Buffer): { truncated: boolean } {
    if (this.lastLine) this.latestTimeOf(this.lastLine);
    const text = rest.toString('utf8').trim();
    if (text.length === 0) return { truncated: false };
    this.lineNumber++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // A cut first line still looks like k6's; anything else is another kind of file.
      if (!this.validated && !text.startsWith('{"type":"') && !text.startsWith('{"metric":"'))
        this.rejectFirstLine(text);
      return { truncated: true };
    }
    if (!this.validated) this.firstLine(text);
    else this.object(parsed);
    return { truncated: false };
  }

  private line(bytes: Buffer, start: number, end: number): void {
    this.lineNumber++;
    if (end === start) return;
    if (!this.validated) {
      this.firstLine(bytes.toString('utf8', start, end));
      return;
    }
    if (startsWith(bytes, start, POINT_PREFIX)) {
      const nameStart = start + POINT_PREFIX.length;
      // Names are short: a loop here is cheaper than a call into Buffer.indexOf.
      let nameEnd = nameStart;
      while (nameEnd < end && bytes[nameEnd] !== QUOTE) nameEnd++;
      const kind = nameEnd < end ? knownMetric(bytes, nameStart, nameEnd) : Kind.Skip;
      if (kind === Kind.Skip) return;
      // One iteration_duration line per iteration, but only setup()'s is wanted, and k6 writes it
      // before any scenario sample: once it or a scenario request is seen, the rest are skipped here.
      if (kind === Kind.IterationDuration && this.record.setupEndSeen()) return;
      if (this.inPlace(kind, bytes, nameEnd, end)) return;
    } else if (startsWith(bytes, start, METRIC_DECLARATION)) {
      return;
    }
    this.parsed(bytes.toString('utf8', start, end));
  }

  /** Reads a line of k6's usual shape in place; false when it has another shape. */
  private inPlace(kind: Kind, bytes: Buffer, nameEnd: number, end: number): boolean {
    if (!startsWith(bytes, nameEnd, POINT_HEAD)) return false;
    const timeStart = nameEnd + POINT_HEAD.length;
    const timeEnd = quoteEnd(bytes, timeStart, end);
    if (timeEnd < 0 || !startsWith(bytes, timeEnd, VALUE_KEY)) return false;
    const valueStart = timeEnd + VALUE_KEY.length;
    let valueEnd = valueStart;
    while (valueEnd < end && bytes[valueEnd] !== COMMA) valueEnd++;
    const value = parseNumber(bytes, valueStart, valueEnd);
    // Not a value any k6 metric takes (1e400 parses as Infinity, negatives): the slow path counts it.
    if (!(value >= 0 && value < Infinity)) return false;
    const record = this.record;
    switch (kind) {
      case Kind.Checks:
        if (value !== 0) record.checkPasses++;
        else record.checkFails++;
        break;
      case Kind.Iterations:
        record.iterations += value;
        break;
      case Kind.Dropped:
        record.droppedIterations += value;
        break;
      case Kind.Vus: {
        const time = this.times.parse(bytes, timeStart, timeEnd);
        if (Number.isNaN(time)) return false;
        record.vus.push(time, value);
        record.sawTime(time);
        break;
      }
      case Kind.IterationDuration: {
        // Only setup()'s is wanted, recognised without decoding its tags.
        if (!containsWithin(bytes, valueEnd, end, SETUP_GROUP_TAG)) break;
        const time = this.times.parse(bytes, timeStart, timeEnd);
        if (Number.isNaN(time)) return false;
        record.setupEnded(time);
        break;
      }
      default: {
        // `"tags":{...}}}`: the tag object closes the data object and the line.
        if (
          !startsWith(bytes, valueEnd, TAGS_KEY) ||
          bytes[end - 1] !== CLOSE_BRACE ||
          bytes[end - 2] !== CLOSE_BRACE
        ) {
          return false;
        }
        const tagsStart = valueEnd + TAGS_KEY.length;
        const tagsEnd = end - 2;
        // k6 writes a request's http_* lines one after another with the same time and tags:
        // when both bytes match the previous request line, reuse what was read from it.
        if (!this.previous.matches(bytes, timeStart, timeEnd, tagsStart, tagsEnd)) {
          const time = this.times.parse(bytes, timeStart, timeEnd);
          if (Number.isNaN(time)) return false;
          const known = this.rawTags.find(bytes, tagsStart, tagsEnd);
          let tagId = known?.id;
          let kept = known?.bytes ?? null;
          if (tagId === undefined) {
            tagId = record.tags.internRaw(bytes.toString('utf8', tagsStart, tagsEnd));
            if (tagId === undefined) return false;
            kept = this.rawTags.keep(bytes, tagsStart, tagsEnd, tagId);
          }
          this.previous.remember(bytes, timeStart, timeEnd, tagsStart, tagsEnd, { time, tagId, kept });
        }
        record.http(HTTP_METRICS[kind] as HttpMetric, this.previous.time, value, this.previous.tagId);
      }
    }
    return true;
  }

  private parsed(line: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      // JSON.parse's message quotes the line; a results file's content never reaches the log.
      throw new LineError(
        this.lineNumber,
        'not valid JSON: k6 writes one JSON object per line (was the file damaged?)',
      );
    }
    this.object(parsed);
  }

  /** Dispatches a decoded line; metrics, types and fields it does not know are ignored. */
  private object(parsed: unknown): void {
    if (!isRecord(parsed) || parsed.type !== 'Point' || typeof parsed.metric !== 'string' || !isRecord(parsed.data))
      return;
    const kind = KINDS.get(parsed.metric) ?? Kind.Skip;
    const record = this.record;
    const { time, value, tags } = parsed.data;
    const valid = typeof value === 'number' && value >= 0 && value < Infinity;
    if (kind !== Kind.Skip && !valid) {
      const loadRequest =
        HTTP_METRICS[kind] !== undefined && record.tags.phaseOf(isRecord(tags) ? tags : {}) === 'load';
      record.rejectValue(loadRequest);
      return;
    }
    if (typeof value !== 'number') return;
    const timeMs = typeof time === 'string' ? this.times.parseText(time) : Number.NaN;
    if (!Number.isNaN(timeMs)) record.sawTime(timeMs);
    switch (kind) {
      case Kind.Skip:
        return;
      case Kind.Checks:
        if (value !== 0) record.checkPasses++;
        else record.checkFails++;
        return;
      case Kind.Iterations:
        record.iterations += value;
        return;
      case Kind.Dropped:
        record.droppedIterations += value;
        return;
      case Kind.Vus:
        if (!Number.isNaN(timeMs)) record.vus.push(timeMs, value);
        return;
      case Kind.IterationDuration:
        if (!Number.isNaN(timeMs) && isRecord(tags) && tags.group === SETUP_GROUP) record.setupEnded(timeMs);
        return;
      default:
        if (Number.isNaN(timeMs)) throw new LineError(this.lineNumber, "the sample's time is not an RFC 3339 time");
        record.http(HTTP_METRICS[kind] as HttpMetric, timeMs, value, record.tags.intern(isRecord(tags) ? tags : {}));
    }
  }

  private firstLine(line: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      this.rejectFirstLine(line);
    }
    if (!isRecord(parsed) || (parsed.type !== 'Metric' && parsed.type !== 'Point')) this.rejectFirstLine(line);
    this.validated = true;
    this.object(parsed);
  }

  /** Says what the first line is, by its shape only: the file may be anything a symlink points at. */
  private rejectFirstLine(line: string): never {
    let shape = 'text that is not JSON';
    try {
      const parsed: unknown = JSON.parse(line);
      shape = isRecord(parsed) ? 'a JSON object without "type": "Metric" or "Point"' : 'JSON that is not an object';
    } catch {
      // shape stays "not JSON"
    }
    throw new LineError(
      this.lineNumber,
      `not k6 --out json output: the first line should be a {"type":"Metric"} or {"type":"Point"} object, found ${shape}`,
    );
  }

  /** Notes the time of a complete line the fast path skipped. */
  private latestTimeOf(line: Buffer): void {
    const at = line.indexOf('"time":"');
    if (at < 0) return;
    const end = line.indexOf(QUOTE, at + 8);
    const time = end > 0 ? this.times.parse(line, at + 8, end) : Number.NaN;
    if (!Number.isNaN(time)) this.record.sawTime(time);
  }
}
