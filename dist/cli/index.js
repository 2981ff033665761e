#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Something the user can fix: a bad input, a file, an unreachable target, a k6 that cannot be
 * installed or run. Its message already says what is wrong and how to fix it; anything thrown
 * that is not a UserError is a bug in perf-gate and is reported as one.
 */
class UserError extends Error {
    /** The action input the problem concerns (e.g. 'base-url'); null when no single input is at fault. */
    input;
    /** How to fix it, when it is known apart from the message. */
    fix;
    constructor(message, details = {}) {
        super(message);
        this.name = 'UserError';
        this.input = details.input ?? null;
        this.fix = details.fix ?? null;
    }
}


/***/ }),

/***/ 6256:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/** A parsed JSON object (not null, not an array), whose fields can be read by name. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 7667:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L6: () => (/* binding */ AnalysisError),
  xy: () => (/* binding */ analyzeFile),
  iF: () => (/* binding */ analyzeFileFigures),
  WU: () => (/* binding */ judgeable),
  mR: () => (/* binding */ recordFile)
});

// UNUSED EXPORTS: analyzeText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/results/line-chunks.ts
/**
 * Cuts a byte stream into runs of whole lines. A newline byte never occurs inside a
 * multi-byte UTF-8 character, so cutting there keeps characters whole.
 */
class line_chunks_LineChunker {
    pending = null;
    /**
     * Emits the chunk's complete lines and keeps the unfinished last line (copied: the caller
     * may reuse `chunk`'s memory).
     */
    push(chunk, emit) {
        let bytes = chunk;
        if (this.pending) {
            // Finish the pending line alone rather than copying the whole chunk behind it.
            const end = chunk.indexOf(10) + 1;
            if (end === 0) {
                this.pending = Buffer.concat([this.pending, chunk]);
                return;
            }
            emit(Buffer.concat([this.pending, chunk.subarray(0, end)]));
            this.pending = null;
            bytes = chunk.subarray(end);
        }
        const cut = bytes.lastIndexOf(10) + 1;
        if (cut > 0)
            emit(bytes.subarray(0, cut));
        this.pending = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null;
    }
    /** The bytes after the last newline (a line cut short, or a last line without newline). */
    rest() {
        const rest = this.pending ?? Buffer.alloc(0);
        this.pending = null;
        return rest;
    }
    /** Bytes held while waiting for a newline. */
    get pendingBytes() {
        return this.pending?.length ?? 0;
    }
}

// EXTERNAL MODULE: ./src/json/is-record.ts
var is_record = __nccwpck_require__(6256);
;// CONCATENATED MODULE: ./src/results/line-bytes.ts
/** Byte-level helpers of the line scanner's hot path: no strings made unless needed. */
/** The time and tag bytes of the last HTTP line read in place, and what they were read as. */
class PreviousRequestLine {
    time = Number.NaN;
    tagId = -1;
    timeBytes = Buffer.alloc(64);
    timeLength = -1;
    /** The tag bytes: a RawTagIds entry (no copy), or `ownTags` when there was none to keep them. */
    tags = Buffer.alloc(0);
    ownTags = Buffer.alloc(1024);
    matches(bytes, timeStart, timeEnd, tagsStart, tagsEnd) {
        const tags = this.tags;
        return (timeEnd - timeStart === this.timeLength &&
            tagsEnd - tagsStart === tags.length &&
            sameBytes(bytes, timeStart, this.timeBytes, this.timeLength) &&
            // Tags run to a few hundred bytes: there memcmp beats a loop, call and all.
            bytes.compare(tags, 0, tags.length, tagsStart, tagsEnd) === 0);
    }
    /** Remembers a line's time and tags; `kept` holds the same tag bytes already (a RawTagIds entry), or is null. */
    remember(bytes, timeStart, timeEnd, tagsStart, tagsEnd, read) {
        this.timeLength = timeEnd - timeStart;
        if (this.timeBytes.length < this.timeLength)
            this.timeBytes = Buffer.alloc(this.timeLength * 2);
        copyBytes(bytes, timeStart, this.timeBytes, this.timeLength);
        if (read.kept) {
            this.tags = read.kept;
        }
        else {
            const length = tagsEnd - tagsStart;
            if (this.ownTags.length < length)
                this.ownTags = Buffer.alloc(length * 2);
            bytes.copy(this.ownTags, 0, tagsStart, tagsEnd);
            this.tags = this.ownTags.subarray(0, length);
        }
        this.time = read.time;
        this.tagId = read.tagId;
    }
}
/** Tag objects seen, as k6 wrote them, up to this many: k6 repeats a handful; scripts that tag unique URLs fall back to the text. */
const RAW_TAGS_KEPT = 32;
/** The tag ids of tag-object bytes already read: no string is made, and nothing copied, for a tag object seen before. */
class RawTagIds {
    kept = [];
    /** The kept entry equal to bytes[start, end), or null. */
    find(bytes, start, end) {
        const length = end - start;
        for (const entry of this.kept) {
            if (entry.bytes.length === length && bytes.compare(entry.bytes, 0, length, start, end) === 0)
                return entry;
        }
        return null;
    }
    /** Keeps a copy of bytes[start, end) under `id`, while there is room; returns the copy, or null. */
    keep(bytes, start, end, id) {
        if (this.kept.length >= RAW_TAGS_KEPT)
            return null;
        const copy = Buffer.from(bytes.subarray(start, end));
        this.kept.push({ bytes: copy, id });
        return copy;
    }
}
/** The end of a quoted text starting at `from` (the index of its closing quote), looked for up to `end`; -1 if none. */
function quoteEnd(bytes, from, end) {
    // Times are 30 bytes: a loop beats a call into Buffer.indexOf.
    for (let at = from; at < end; at++)
        if (bytes[at] === 34)
            return at;
    return -1;
}
// A time's 30 bytes: a loop is cheaper than a call into Buffer.compare or Buffer.copy (and allocates nothing).
function sameBytes(bytes, at, kept, length) {
    for (let i = length - 1; i >= 0; i--)
        if (bytes[at + i] !== kept[i])
            return false;
    return true;
}
function copyBytes(bytes, at, into, length) {
    for (let i = 0; i < length; i++)
        into[i] = bytes[at + i];
}
function startsWith(bytes, at, prefix) {
    if (at + prefix.length > bytes.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[at + i] !== prefix[i])
            return false;
    return true;
}
/** Whether `needle` occurs within bytes[from, to): bounded, unlike Buffer.indexOf, which would search on into the lines after. */
function containsWithin(bytes, from, to, needle) {
    const first = needle[0];
    for (let at = from; at + needle.length <= to; at++) {
        if (bytes[at] === first && startsWith(bytes, at, needle))
            return true;
    }
    return false;
}
/** Exact powers of ten: 10^k is exactly representable for k <= 22. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * JSON number bytes to a number, exactly as JavaScript parses them. k6's values ("8.56552", "1")
 * take the fast path: at most 15 digits make an integer m below 2^53 and a point k digits in
 * makes m / 10^k, one correctly rounded division of two exact doubles, which is the correctly
 * rounded value of the decimal (Clinger's fast path). Anything else goes through Number().
 */
function parseNumber(bytes, start, end) {
    if (end === start)
        return Number.NaN;
    let m = 0;
    let digits = 0;
    let point = -1;
    let i = start;
    for (; i < end; i++) {
        const c = bytes[i];
        if (c >= 48 && c <= 57) {
            m = m * 10 + (c - 48);
            digits++;
        }
        else if (c === 46 && point < 0 && digits > 0) {
            point = digits;
        }
        else
            break;
    }
    if (i === end && digits <= 15 && point !== digits)
        return point < 0 ? m : m / POWERS_OF_TEN[digits - point];
    const text = bytes.toString('latin1', start, end);
    // Number() accepts forms JSON does not ("", " 1", "0x1"): only JSON's digits, sign, point, exponent pass.
    return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

;// CONCATENATED MODULE: ./src/results/sample-time.ts
/**
 * Parses k6's sample times (Go RFC 3339 with up to 9 fraction digits, "Z" or "+hh:mm") to
 * milliseconds since the epoch, straight from the bytes. Consecutive samples share their
 * second, so the whole-second part is parsed once and reused; only the fraction is read.
 */
class SampleTimeParser {
    /** The cached "YYYY-MM-DDTHH:MM:SS" (19 bytes) and zone bytes. */
    second = new Uint8Array(19);
    zone = new Uint8Array(0);
    secondMs = Number.NaN;
    /** Parses bytes[start, end) (without quotes); NaN when it is not such a time. */
    parse(bytes, start, end) {
        const secondEnd = start + 19;
        if (end < secondEnd + 1)
            return Number.NaN;
        let pos = secondEnd;
        let fraction = 0;
        let scale = 1;
        if (bytes[pos] === 46 /* . */) {
            pos++;
            for (; pos < end; pos++) {
                const c = bytes[pos];
                if (c < 48 || c > 57)
                    break;
                fraction = fraction * 10 + (c - 48);
                scale *= 10;
            }
        }
        if (!this.sameSecond(bytes, start, pos, end)) {
            this.second.set(bytes.subarray(start, secondEnd));
            this.zone = bytes.slice(pos, end);
            this.secondMs = Date.parse(latin1(this.second) + latin1(this.zone));
        }
        return this.secondMs + (fraction * 1000) / scale;
    }
    /** Parses a time given as text. */
    parseText(text) {
        return this.parse(Buffer.from(text, 'latin1'), 0, text.length);
    }
    sameSecond(bytes, start, zoneStart, end) {
        const second = this.second;
        for (let i = 18; i >= 0; i--)
            if (bytes[start + i] !== second[i])
                return false;
        const zone = this.zone;
        if (end - zoneStart !== zone.length)
            return false;
        for (let i = 0; i < zone.length; i++)
            if (bytes[zoneStart + i] !== zone[i])
                return false;
        return true;
    }
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

;// CONCATENATED MODULE: ./src/results/line-scanner.ts
/**
 * The hot path: reads k6's `--out json` lines, as bytes, into a RunRecord. Most lines are
 * metrics the analysis never uses (http_req_blocked, data_sent, ...): they are recognised by
 * the metric name right after `{"metric":"` and skipped without decoding or JSON.parse.
 * Lines the analysis needs are read in place when they have k6's usual key order, their tag
 * object decoded once per distinct text; any other shape goes through JSON.parse, so key
 * order is never assumed.
 */



/** A line the analysis cannot read, or a first line that is not k6 output. */
class LineError extends Error {
    lineNumber;
    constructor(lineNumber, message) {
        super(message);
        this.lineNumber = lineNumber;
    }
}
var Kind;
(function (Kind) {
    Kind[Kind["Skip"] = 0] = "Skip";
    Kind[Kind["Reqs"] = 1] = "Reqs";
    Kind[Kind["Duration"] = 2] = "Duration";
    Kind[Kind["Failed"] = 3] = "Failed";
    Kind[Kind["Vus"] = 4] = "Vus";
    Kind[Kind["Iterations"] = 5] = "Iterations";
    Kind[Kind["Dropped"] = 6] = "Dropped";
    Kind[Kind["Checks"] = 7] = "Checks";
    Kind[Kind["IterationDuration"] = 8] = "IterationDuration";
})(Kind || (Kind = {}));
const HTTP_METRICS = {
    [Kind.Reqs]: 'http_reqs',
    [Kind.Duration]: 'http_req_duration',
    [Kind.Failed]: 'http_req_failed',
};
const KINDS = new Map([
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
const NAMES_BY_LENGTH = [];
for (const [name, kind] of KINDS) {
    const sameLength = NAMES_BY_LENGTH[name.length] ?? [];
    sameLength.push({ bytes: Buffer.from(name), kind });
    NAMES_BY_LENGTH[name.length] = sameLength;
}
/** The kind of the metric named by bytes[start, end); Skip for a metric the analysis does not read. */
function knownMetric(bytes, start, end) {
    const candidates = NAMES_BY_LENGTH[end - start];
    if (candidates === undefined)
        return Kind.Skip;
    for (const { bytes: name, kind } of candidates)
        if (startsWith(bytes, start, name))
            return kind;
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
class line_scanner_LineScanner {
    record;
    lineNumber = 0;
    validated = false;
    lastLine = null;
    times = new SampleTimeParser();
    previous = new PreviousRequestLine();
    rawTags = new RawTagIds();
    constructor(record) {
        this.record = record;
    }
    /** Lines read so far (the number of the last one). */
    get linesRead() {
        return this.lineNumber;
    }
    /** Reads complete lines (each ending with a newline). */
    feed(bytes) {
        const length = bytes.length;
        let pos = 0;
        let lineStart = -1;
        while (pos < length) {
            let nl = bytes.indexOf(10, pos);
            if (nl < 0)
                nl = length;
            this.line(bytes, pos, nl);
            lineStart = pos;
            pos = nl + 1;
        }
        // The last complete line may hold the run's latest time (k6 writes it at teardown's end).
        if (lineStart >= 0)
            this.lastLine = Buffer.from(bytes.subarray(lineStart, pos - 1));
    }
    /** Ends the input with the bytes after the last newline. Returns whether they are a line cut short (k6 killed mid-write). */
    finish(rest) {
        if (this.lastLine)
            this.latestTimeOf(this.lastLine);
        const text = rest.toString('utf8').trim();
        if (text.length === 0)
            return { truncated: false };
        this.lineNumber++;
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            // A cut first line still looks like k6's; anything else is another kind of file.
            if (!this.validated && !text.startsWith('{"type":"') && !text.startsWith('{"metric":"'))
                this.rejectFirstLine(text);
            return { truncated: true };
        }
        if (!this.validated)
            this.firstLine(text);
        else
            this.object(parsed);
        return { truncated: false };
    }
    line(bytes, start, end) {
        this.lineNumber++;
        if (end === start)
            return;
        if (!this.validated) {
            this.firstLine(bytes.toString('utf8', start, end));
            return;
        }
        if (startsWith(bytes, start, POINT_PREFIX)) {
            const nameStart = start + POINT_PREFIX.length;
            // Names are short: a loop here is cheaper than a call into Buffer.indexOf.
            let nameEnd = nameStart;
            while (nameEnd < end && bytes[nameEnd] !== QUOTE)
                nameEnd++;
            const kind = nameEnd < end ? knownMetric(bytes, nameStart, nameEnd) : Kind.Skip;
            if (kind === Kind.Skip)
                return;
            // One iteration_duration line per iteration, but only setup()'s is wanted, and k6 writes it
            // before any scenario sample: once it or a scenario request is seen, the rest are skipped here.
            if (kind === Kind.IterationDuration && this.record.setupEndSeen())
                return;
            if (this.inPlace(kind, bytes, nameEnd, end))
                return;
        }
        else if (startsWith(bytes, start, METRIC_DECLARATION)) {
            return;
        }
        this.parsed(bytes.toString('utf8', start, end));
    }
    /** Reads a line of k6's usual shape in place; false when it has another shape. */
    inPlace(kind, bytes, nameEnd, end) {
        if (!startsWith(bytes, nameEnd, POINT_HEAD))
            return false;
        const timeStart = nameEnd + POINT_HEAD.length;
        const timeEnd = quoteEnd(bytes, timeStart, end);
        if (timeEnd < 0 || !startsWith(bytes, timeEnd, VALUE_KEY))
            return false;
        const valueStart = timeEnd + VALUE_KEY.length;
        let valueEnd = valueStart;
        while (valueEnd < end && bytes[valueEnd] !== COMMA)
            valueEnd++;
        const value = parseNumber(bytes, valueStart, valueEnd);
        // Not a value any k6 metric takes (1e400 parses as Infinity, negatives): the slow path counts it.
        if (!(value >= 0 && value < Infinity))
            return false;
        const record = this.record;
        switch (kind) {
            case Kind.Checks:
                if (value !== 0)
                    record.checkPasses++;
                else
                    record.checkFails++;
                break;
            case Kind.Iterations:
                record.iterations += value;
                break;
            case Kind.Dropped:
                record.droppedIterations += value;
                break;
            case Kind.Vus: {
                const time = this.times.parse(bytes, timeStart, timeEnd);
                if (Number.isNaN(time))
                    return false;
                record.vus.push(time, value);
                record.sawTime(time);
                break;
            }
            case Kind.IterationDuration: {
                // Only setup()'s is wanted, recognised without decoding its tags.
                if (!containsWithin(bytes, valueEnd, end, SETUP_GROUP_TAG))
                    break;
                const time = this.times.parse(bytes, timeStart, timeEnd);
                if (Number.isNaN(time))
                    return false;
                record.setupEnded(time);
                break;
            }
            default: {
                // `"tags":{...}}}`: the tag object closes the data object and the line.
                if (!startsWith(bytes, valueEnd, TAGS_KEY) ||
                    bytes[end - 1] !== CLOSE_BRACE ||
                    bytes[end - 2] !== CLOSE_BRACE) {
                    return false;
                }
                const tagsStart = valueEnd + TAGS_KEY.length;
                const tagsEnd = end - 2;
                // k6 writes a request's http_* lines one after another with the same time and tags:
                // when both bytes match the previous request line, reuse what was read from it.
                if (!this.previous.matches(bytes, timeStart, timeEnd, tagsStart, tagsEnd)) {
                    const time = this.times.parse(bytes, timeStart, timeEnd);
                    if (Number.isNaN(time))
                        return false;
                    const known = this.rawTags.find(bytes, tagsStart, tagsEnd);
                    let tagId = known?.id;
                    let kept = known?.bytes ?? null;
                    if (tagId === undefined) {
                        tagId = record.tags.internRaw(bytes.toString('utf8', tagsStart, tagsEnd));
                        if (tagId === undefined)
                            return false;
                        kept = this.rawTags.keep(bytes, tagsStart, tagsEnd, tagId);
                    }
                    this.previous.remember(bytes, timeStart, timeEnd, tagsStart, tagsEnd, { time, tagId, kept });
                }
                record.http(HTTP_METRICS[kind], this.previous.time, value, this.previous.tagId);
            }
        }
        return true;
    }
    parsed(line) {
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            // JSON.parse's message quotes the line; a results file's content never reaches the log.
            throw new LineError(this.lineNumber, 'not valid JSON: k6 writes one JSON object per line (was the file damaged?)');
        }
        this.object(parsed);
    }
    /** Dispatches a decoded line; metrics, types and fields it does not know are ignored. */
    object(parsed) {
        if (!(0,is_record/* isRecord */.u)(parsed) || parsed.type !== 'Point' || typeof parsed.metric !== 'string' || !(0,is_record/* isRecord */.u)(parsed.data))
            return;
        const kind = KINDS.get(parsed.metric) ?? Kind.Skip;
        const record = this.record;
        const { time, value, tags } = parsed.data;
        const valid = typeof value === 'number' && value >= 0 && value < Infinity;
        if (kind !== Kind.Skip && !valid) {
            const loadRequest = HTTP_METRICS[kind] !== undefined && record.tags.phaseOf((0,is_record/* isRecord */.u)(tags) ? tags : {}) === 'load';
            record.rejectValue(loadRequest);
            return;
        }
        if (typeof value !== 'number')
            return;
        const timeMs = typeof time === 'string' ? this.times.parseText(time) : Number.NaN;
        if (!Number.isNaN(timeMs))
            record.sawTime(timeMs);
        switch (kind) {
            case Kind.Skip:
                return;
            case Kind.Checks:
                if (value !== 0)
                    record.checkPasses++;
                else
                    record.checkFails++;
                return;
            case Kind.Iterations:
                record.iterations += value;
                return;
            case Kind.Dropped:
                record.droppedIterations += value;
                return;
            case Kind.Vus:
                if (!Number.isNaN(timeMs))
                    record.vus.push(timeMs, value);
                return;
            case Kind.IterationDuration:
                if (!Number.isNaN(timeMs) && (0,is_record/* isRecord */.u)(tags) && tags.group === SETUP_GROUP)
                    record.setupEnded(timeMs);
                return;
            default:
                if (Number.isNaN(timeMs))
                    throw new LineError(this.lineNumber, "the sample's time is not an RFC 3339 time");
                record.http(HTTP_METRICS[kind], timeMs, value, record.tags.intern((0,is_record/* isRecord */.u)(tags) ? tags : {}));
        }
    }
    firstLine(line) {
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            this.rejectFirstLine(line);
        }
        if (!(0,is_record/* isRecord */.u)(parsed) || (parsed.type !== 'Metric' && parsed.type !== 'Point'))
            this.rejectFirstLine(line);
        this.validated = true;
        this.object(parsed);
    }
    /** Says what the first line is, by its shape only: the file may be anything a symlink points at. */
    rejectFirstLine(line) {
        let shape = 'text that is not JSON';
        try {
            const parsed = JSON.parse(line);
            shape = (0,is_record/* isRecord */.u)(parsed) ? 'a JSON object without "type": "Metric" or "Point"' : 'JSON that is not an object';
        }
        catch {
            // shape stays "not JSON"
        }
        throw new LineError(this.lineNumber, `not k6 --out json output: the first line should be a {"type":"Metric"} or {"type":"Point"} object, found ${shape}`);
    }
    /** Notes the time of a complete line the fast path skipped. */
    latestTimeOf(line) {
        const at = line.indexOf('"time":"');
        if (at < 0)
            return;
        const end = line.indexOf(QUOTE, at + 8);
        const time = end > 0 ? this.times.parse(line, at + 8, end) : Number.NaN;
        if (!Number.isNaN(time))
            this.record.sawTime(time);
    }
}

// EXTERNAL MODULE: ./src/results/run-record.ts
var run_record = __nccwpck_require__(669);
// EXTERNAL MODULE: ./src/results/summarize.ts + 5 modules
var results_summarize = __nccwpck_require__(1902);
// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __nccwpck_require__(4955);
;// CONCATENATED MODULE: ./src/results/analyze.ts
/**
 * The results engine's entry point: one streaming pass over k6's `--out json` file (plain
 * NDJSON or gzip, recognised by its magic bytes, not its name) into a RunResult.
 */







/** Bad input: the message starts with the file's name and says what is wrong with it. */
class AnalysisError extends user_error/* UserError */.y {
    file;
    constructor(file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
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
const NO_LOAD_SAMPLES = 'no load samples at all: the file holds no http_req_duration sample, so there is nothing to judge. Give the file k6 wrote with --out json=FILE for a run that sent requests';
function analyzeFile(file, options = {}) {
    return analyzed(file, options, results_summarize/* summarize */.eh);
}
/** The same analysis without intervals or time series: the figures that tables print. */
function analyzeFileFigures(file, options = {}) {
    return analyzed(file, options, results_summarize/* summarizeFigures */.Lm);
}
async function analyzed(file, options, summary) {
    const { record, cut } = await recordFile(file);
    try {
        return judgeable(file, summary(record, { file, cut, ...options }), options.k6Exit);
    }
    catch (error) {
        throw asAnalysisError(file, error, false, 0);
    }
}
/** One k6 results file read into a RunRecord, and whether it was cut short. */
async function recordFile(file) {
    const record = new run_record/* RunRecord */.d3();
    const scanner = new line_scanner_LineScanner(record);
    const chunker = new line_chunks_LineChunker();
    const feed = (lines) => scanner.feed(lines);
    let handle;
    let gzipped = false;
    let bytes = 0;
    try {
        handle = await (0,promises_.open)(file, 'r');
        gzipped = await isGzip(handle);
        let streamCut = false;
        try {
            for await (const chunk of gzipped ? await gunzipped(file) : plainChunks(handle)) {
                chunker.push(chunk, feed);
                bytes += chunk.length;
                if (chunker.pendingBytes > MAX_LINE_BYTES)
                    throw lineTooLong(scanner, bytes - chunker.pendingBytes, gzipped);
            }
        }
        catch (error) {
            // gunzip has handed over all it could decode when it finds the end missing: judge that, marked cut.
            if (!gzipped || !isCutGzip(error))
                throw error;
            streamCut = true;
        }
        const { truncated } = scanner.finish(chunker.rest());
        return { record, cut: streamCut ? 'gzip' : truncated ? 'line' : null };
    }
    catch (error) {
        throw asAnalysisError(file, error, gzipped, bytes);
    }
    finally {
        await handle?.close();
    }
}
/**
 * Reads into two reused buffers, the next read under way while the current chunk is scanned:
 * no allocation per chunk, and no waiting on the thread pool (measured: a third of the wall
 * time on a busy 2-core machine with one buffer).
 */
async function* plainChunks(handle) {
    const buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)];
    let position = 0;
    const read = (buffer) => handle.read(buffer, 0, READ_BYTES, position);
    let current = read(buffers[0]);
    for (let turn = 0;; turn ^= 1) {
        const { bytesRead, buffer } = await current;
        if (bytesRead === 0)
            return;
        position += bytesRead;
        current = read(buffers[turn ^ 1]);
        yield buffer.subarray(0, bytesRead);
    }
}
/** zlib, and the streams it pulls in, load only for a gzip file: a plain file's process starts without them. */
async function gunzipped(file) {
    const { createGunzip } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23));
    const source = (0,external_node_fs_.createReadStream)(file, { highWaterMark: READ_BYTES });
    // Default finish flush: a stream whose end never arrives (k6 killed, file cut) ends in an
    // "unexpected end of file" error after everything decodable was handed over, which is how a
    // cut file is told from a whole one (Z_SYNC_FLUSH would hide the missing end).
    // A deep output buffer lets gunzip (thread pool) run ahead while this thread scans lines.
    // (zlib streams take stream options; @types/node's ZlibOptions does not list them.)
    const options = {
        chunkSize: PIECE_BYTES,
        readableHighWaterMark: GUNZIP_AHEAD_BYTES,
    };
    const gunzip = createGunzip(options);
    source.on('error', (error) => gunzip.destroy(error));
    gunzip.on('close', () => source.destroy());
    return source.pipe(gunzip);
}
function isCutGzip(error) {
    return error.code === 'Z_BUF_ERROR';
}
/** A line over MAX_LINE_BYTES, named by its number and where it starts. */
function lineTooLong(scanner, startByte, gzipped) {
    const where = `starting ${megabytes(startByte)} into the file${gzipped ? ' (decompressed)' : ''}`;
    return new LineError(scanner.linesRead + 1, `${where}, runs over 16 MB without a newline: k6 --out json writes one short JSON object per line, so this is not k6 output (or it was damaged)`);
}
function megabytes(bytes) {
    return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
/** A result without a single request duration is no run at all: an error, not a "not measured" warning. */
function judgeable(file, result, k6Exit) {
    if (result.wholeRun.duration !== null)
        return result;
    const early = k6Exit && !k6Exit.complete ? ` (k6 ended early: ${k6Exit.meaning})` : '';
    throw new AnalysisError(file, `${NO_LOAD_SAMPLES}${early}`);
}
/** The same analysis over text already in memory (k6 NDJSON lines). */
function analyzeText(text, file, options = {}) {
    const record = new RunRecord();
    const scanner = new LineScanner(record);
    try {
        const chunker = new LineChunker();
        chunker.push(Buffer.from(text), (lines) => scanner.feed(lines));
        const { truncated } = scanner.finish(chunker.rest());
        return judgeable(file, summarize(record, { file, cut: truncated ? 'line' : null, ...options }), options.k6Exit);
    }
    catch (error) {
        throw asAnalysisError(file, error, false, 0);
    }
}
async function isGzip(handle) {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
}
/** zlib's words for a member header it cannot read: after decoded output, bytes that follow a whole gzip stream. */
const NOT_A_GZIP_HEADER = /incorrect header check|unknown compression method|unknown header flags/;
function asAnalysisError(file, error, gzipped, decodedBytes) {
    if (error instanceof AnalysisError)
        return error;
    if (error instanceof LineError) {
        return new AnalysisError(file, error.lineNumber > 0 ? `line ${error.lineNumber}: ${error.message}` : error.message);
    }
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return new AnalysisError(file, 'no such file; give the path k6 wrote with --out json=FILE');
        case 'EISDIR':
            return new AnalysisError(file, 'is a directory; give the k6 results file inside it');
        case 'EACCES':
        case 'EPERM':
            return new AnalysisError(file, 'cannot be read (permission denied)');
    }
    const message = error.message;
    // The first header's magic was checked: "incorrect header check" (bad magic) can only be a later one.
    if (gzipped && (message === 'incorrect header check' || (decodedBytes > 0 && NOT_A_GZIP_HEADER.test(message)))) {
        return new AnalysisError(file, `is a complete gzip stream followed by bytes that are not gzip (${error.message}): something was appended to the file k6 wrote; give k6's file as it wrote it`);
    }
    if (gzipped && typeof code === 'string' && code.startsWith('Z_')) {
        return new AnalysisError(file, `is not a valid gzip file (${error.message}); k6 writes gzip only when the --out json file name ends in .gz`);
    }
    return new AnalysisError(file, `cannot be analysed: ${error.message}`);
}


/***/ }),

/***/ 5433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ BAD_STAGE),
/* harmony export */   jr: () => (/* binding */ TagTable)
/* harmony export */ });
/* unused harmony export MAX_STAGE_INDEX */
/* harmony import */ var _json_is_record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6256);

/** Raw tag-object texts cached at most this many at once: scripts that tag unique URLs must not grow memory without bound. */
const RAW_CACHE_LIMIT = 20_000;
class TagTable {
    all = [];
    byCanonical = new Map();
    byRaw = new Map();
    /** The `scenario` and `profile` tag values seen: files judged together must come from one test. */
    labels = { scenario: new Set(), profile: new Set() };
    /** The id of a tag set given as k6 wrote it (the JSON text of `tags`); undefined when the text is not a JSON object. */
    internRaw(raw) {
        const cached = this.byRaw.get(raw);
        if (cached !== undefined)
            return cached;
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch {
            return undefined;
        }
        if (!(0,_json_is_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(parsed))
            return undefined;
        const id = this.intern(parsed);
        if (this.byRaw.size >= RAW_CACHE_LIMIT)
            this.byRaw.clear();
        this.byRaw.set(raw, id);
        return id;
    }
    /** The phase a tag object puts its sample in, without interning it. */
    phaseOf(tags) {
        return phaseOfGroup(text(tags.group) ?? '');
    }
    /** The id of a decoded tag object. */
    intern(tags) {
        const scenario = text(tags.scenario);
        if (scenario !== null)
            this.labels.scenario.add(scenario);
        const profile = text(tags.profile);
        if (profile !== null)
            this.labels.profile.add(profile);
        return this.adopt(reduceTags(tags));
    }
    /** The id of tags already reduced (by another table, when records are merged). */
    adopt(reduced) {
        const key = [
            reduced.phase,
            reduced.name,
            reduced.method,
            reduced.status,
            reduced.errorCode,
            reduced.error,
            reduced.stage,
            reduced.inScenario,
            reduced.scenario,
            reduced.profile,
        ].join('\u0000');
        let id = this.byCanonical.get(key);
        if (id === undefined) {
            id = this.all.length;
            this.all.push(reduced);
            this.byCanonical.set(key, id);
        }
        return id;
    }
}

/** Stage tags above this are not a stage index: arrays are sized from the tag, so it must stay small. */
const MAX_STAGE_INDEX = 99;
/** RequestTags.stage of a `stage` tag that is not a small integer (1e7, "abc"): its requests are left out of the stages. */
const BAD_STAGE = -2;
function phaseOfGroup(group) {
    return group.startsWith('::setup') ? 'setup' : group.startsWith('::teardown') ? 'teardown' : 'load';
}
function stageIndex(stage) {
    if (stage === null)
        return -1;
    return /^\d{1,3}$/.test(stage) && Number(stage) <= MAX_STAGE_INDEX ? Number(stage) : BAD_STAGE;
}
function reduceTags(tags) {
    const group = text(tags.group) ?? '';
    const errorCode = text(tags.error_code);
    return {
        phase: phaseOfGroup(group),
        name: text(tags.name) ?? text(tags.url) ?? '(unnamed)',
        method: text(tags.method) ?? '',
        status: toInt(text(tags.status)) ?? 0,
        errorCode: toInt(errorCode),
        error: text(tags.error),
        stage: stageIndex(text(tags.stage)),
        inScenario: tags.scenario !== undefined,
        scenario: text(tags.scenario),
        profile: text(tags.profile),
    };
}
function text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return null;
}
function toInt(value) {
    if (value === null || !/^-?\d+$/.test(value))
        return null;
    return Number(value);
}


/***/ }),

/***/ 669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ RunRecord)
/* harmony export */ });
/* unused harmony exports RowBlock, RequestRows, VuReadings */
/* harmony import */ var _request_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5433);
/**
 * What one pass over k6's output keeps: one row per HTTP request (k6 writes its http_reqs,
 * http_req_duration and http_req_failed samples one after another with the same time and
 * tags; they share a row), the VU readings, and a few running totals. Memory grows with the
 * number of requests and VU readings, never with the metrics skipped or the file's size.
 */

/** Growth factor of the VU columns: 1.5 rather than 2 keeps the transient peak of a copy low. */
const GROWTH = 1.5;
/** Rows per block: request rows are kept in fixed blocks, so storing more never copies (no garbage to collect). */
const BLOCK_ROWS = 8192;
/**
 * A block of request rows. A row lacks a sample when k6 wrote none for it (or wrote the
 * samples apart): count and duration are then NaN (JSON has no NaN), failed is -1.
 */
class RowBlock {
    length = 0;
    time = new Float64Array(BLOCK_ROWS);
    tag = new Uint32Array(BLOCK_ROWS);
    /** The http_reqs counter increment (1 in practice). */
    count = new Float64Array(BLOCK_ROWS);
    duration = new Float64Array(BLOCK_ROWS);
    /** http_req_failed: 1 failed, 0 not, -1 no sample. */
    failed = new Int8Array(BLOCK_ROWS);
}
/** Request rows in arrival order, in blocks. */
class RequestRows {
    blocks = [];
    length = 0;
    last;
    add(metric, timeMs, value, tagId) {
        let block = this.last;
        let row = block ? block.length - 1 : -1;
        if (!block || row < 0 || block.time[row] !== timeMs || block.tag[row] !== tagId || !lacks(block, metric, row)) {
            block = this.open(timeMs, tagId);
            row = block.length - 1;
        }
        if (metric === 'http_reqs')
            block.count[row] = value;
        else if (metric === 'http_req_duration')
            block.duration[row] = value;
        else
            block.failed[row] = value !== 0 ? 1 : 0;
    }
    /** Appends a whole row as another record holds it (records merged from several files). */
    addRow(timeMs, tagId, count, duration, failed) {
        const block = this.open(timeMs, tagId);
        const row = block.length - 1;
        block.count[row] = count;
        block.duration[row] = duration;
        block.failed[row] = failed;
    }
    /** Keeps the rows whose time passes `inside`, in order, compacting the blocks in place. */
    keep(inside, isLoad) {
        let removed = 0;
        let removedLoad = 0;
        let to = 0;
        let target = this.blocks[0];
        const kept = [];
        for (const block of this.blocks) {
            for (let i = 0; i < block.length; i++) {
                if (!inside(block.time[i])) {
                    removed++;
                    if (isLoad(block.tag[i]))
                        removedLoad++;
                    continue;
                }
                if (to === BLOCK_ROWS) {
                    target.length = to;
                    target = this.blocks[kept.length];
                    to = 0;
                }
                if (to === 0)
                    kept.push(target);
                const t = target;
                t.time[to] = block.time[i];
                t.tag[to] = block.tag[i];
                t.count[to] = block.count[i];
                t.duration[to] = block.duration[i];
                t.failed[to] = block.failed[i];
                to++;
            }
        }
        if (target && kept.length > 0)
            target.length = to;
        this.blocks.length = 0;
        this.blocks.push(...kept);
        this.last = kept[kept.length - 1];
        this.length -= removed;
        return { removed, removedLoad };
    }
    open(timeMs, tagId) {
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
function lacks(block, metric, row) {
    if (metric === 'http_reqs')
        return Number.isNaN(block.count[row]);
    if (metric === 'http_req_duration')
        return Number.isNaN(block.duration[row]);
    return block.failed[row] === -1;
}
/** VU readings (the `vus` gauge). */
class VuReadings {
    length = 0;
    time = new Float64Array(256);
    value = new Float64Array(256);
    push(timeMs, value) {
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
    keep(inside) {
        let to = 0;
        for (let i = 0; i < this.length; i++) {
            if (!inside(this.time[i]))
                continue;
            this.time[to] = this.time[i];
            this.value[to] = this.value[i];
            to++;
        }
        const removed = this.length - to;
        this.length = to;
        return removed;
    }
}
function grown(old, bigger) {
    bigger.set(old);
    return bigger;
}
class RunRecord {
    tags = new _request_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TagTable */ .jr();
    requests = new RequestRows();
    vus = new VuReadings();
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
    rejectValue(loadRequest) {
        this.badValues++;
        if (loadRequest)
            this.badLoadValues++;
    }
    http(metric, timeMs, value, tagId) {
        this.requests.add(metric, timeMs, value, tagId);
        this.sawTime(timeMs);
        if (!(timeMs >= this.firstScenarioRequestMs) && this.tags.all[tagId]?.inScenario)
            this.firstScenarioRequestMs = timeMs;
    }
    /** Whether setup()'s end is known, or past: k6 writes its sample before any scenario request. */
    setupEndSeen() {
        return !Number.isNaN(this.setupEndMs) || !Number.isNaN(this.firstScenarioRequestMs);
    }
    setupEnded(timeMs) {
        if (!(timeMs <= this.setupEndMs))
            this.setupEndMs = timeMs;
        this.sawTime(timeMs);
    }
    /**
     * When the scenario started, which stage windows count from (ms since the epoch): k6 starts
     * the scenarios as setup() returns, and a request's sample is written at its end, so the
     * first request comes later (0.8 s in the spike recording). Without setup(): the first
     * scenario request; without either: the first sample; NaN for no sample at all.
     */
    scenarioStartMs() {
        const firstRequest = this.firstScenarioRequestMs;
        if (!Number.isNaN(this.setupEndMs) && !(this.setupEndMs > firstRequest))
            return this.setupEndMs;
        return Number.isNaN(firstRequest) ? this.firstMs : firstRequest;
    }
    /**
     * Drops the request rows and VU readings dated outside [fromMs, toMs] and narrows the times
     * read from them. Returns how many samples went, and how many of them were load requests.
     */
    keepWithin(fromMs, toMs) {
        const inside = (t) => t >= fromMs && t <= toMs;
        if (inside(this.firstMs) && inside(this.lastMs))
            return { removed: 0, removedLoad: 0 };
        const { removed, removedLoad } = this.requests.keep(inside, (tagId) => this.tags.all[tagId]?.phase === 'load');
        const vusRemoved = this.vus.keep(inside);
        const setupRemoved = !Number.isNaN(this.setupEndMs) && !inside(this.setupEndMs);
        if (setupRemoved)
            this.setupEndMs = Number.NaN;
        // Times of samples not kept (counters) are lost with them: read the bounds again from what is kept.
        this.firstMs = Number.NaN;
        this.lastMs = Number.NaN;
        this.firstScenarioRequestMs = Number.NaN;
        for (const block of this.requests.blocks) {
            for (let i = 0; i < block.length; i++) {
                const t = block.time[i];
                this.sawTime(t);
                if (!(t >= this.firstScenarioRequestMs) && this.tags.all[block.tag[i]]?.inScenario)
                    this.firstScenarioRequestMs = t;
            }
        }
        for (let i = 0; i < this.vus.length; i++)
            this.sawTime(this.vus.time[i]);
        if (!Number.isNaN(this.setupEndMs))
            this.sawTime(this.setupEndMs);
        return { removed: removed + vusRemoved + (setupRemoved ? 1 : 0), removedLoad };
    }
    sawTime(timeMs) {
        if (!(timeMs >= this.firstMs))
            this.firstMs = timeMs;
        if (!(timeMs <= this.lastMs))
            this.lastMs = timeMs;
    }
}


/***/ }),

/***/ 8178:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZV: () => (/* binding */ groupSamples),
  Ps: () => (/* binding */ requestFigures),
  h6: () => (/* binding */ requestStats),
  JB: () => (/* binding */ rowGroupsByTime)
});

// EXTERNAL MODULE: ./src/results/stats.ts
var stats = __nccwpck_require__(5613);
;// CONCATENATED MODULE: ./src/results/time-blocks.ts
const BLOCK_MIN_MS = 5000;
const MIN_BLOCKS = 10;
const MAX_BLOCKS = 10;
/**
 * The blocks of the sample's span of time and its counts in each half-block, or null when the
 * span holds fewer than MIN_BLOCKS non-empty blocks of BLOCK_MIN_MS. One pass for the span, one
 * for every count: a short-lived process runs each loop only a few times, so fewer loops is faster.
 */
function blockTallies(sample, p95, p99) {
    const { times, durations, failed } = sample;
    const n = times.length;
    if (n === 0)
        return null;
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < n; i++) {
        const t = times[i];
        if (t < first)
            first = t;
        if (t > last)
            last = t;
    }
    const count = Math.min(MAX_BLOCKS, Math.floor((last - first) / BLOCK_MIN_MS));
    if (count < MIN_BLOCKS)
        return null;
    const blockMs = (last - first) / count;
    const halves = 2 * count;
    const sizes = new Float64Array(halves);
    const atOrBelowP95 = new Float64Array(halves);
    const atOrBelowP99 = new Float64Array(halves);
    const failSamples = new Float64Array(halves);
    const failures = new Float64Array(halves);
    for (let i = 0; i < n; i++) {
        const h = Math.min(halves - 1, Math.floor(((times[i] - first) * 2) / blockMs));
        sizes[h] = sizes[h] + 1;
        const d = durations[i];
        if (d <= p95)
            atOrBelowP95[h] = atOrBelowP95[h] + 1;
        if (d <= p99)
            atOrBelowP99[h] = atOrBelowP99[h] + 1;
        const f = failed[i];
        if (f >= 0) {
            failSamples[h] = failSamples[h] + 1;
            failures[h] = failures[h] + f;
        }
    }
    let nonEmpty = 0;
    for (let b = 0; b < count; b++)
        if (sizes[2 * b] + sizes[2 * b + 1] > 0)
            nonEmpty++;
    return nonEmpty < MIN_BLOCKS ? null : { count, blockMs, sizes, atOrBelowP95, atOrBelowP99, failSamples, failures };
}
/** Two-sided 95% quantile of Student's t with `df` degrees of freedom (df >= 1). */
function t95(df) {
    const table = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
        2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];
    if (df <= table.length)
        return table[Math.max(1, Math.floor(df)) - 1];
    const z = 1.959963984540054;
    return z + (z ** 3 + z) / (4 * df);
}
/** Batch-means variance of the share Σk/Σn from per-block counts, over the blocks that hold requests. */
function batchVariance(hits, sizes, share) {
    let total = 0;
    let sumSq = 0;
    let blocks = 0;
    for (let b = 0; b < sizes.length; b++) {
        const n = sizes[b];
        if (n === 0)
            continue;
        blocks++;
        total += n;
        const r = hits[b] - share * n;
        sumSq += r * r;
    }
    return { variance: blocks > 1 && total > 0 ? ((blocks / (blocks - 1)) * sumSq) / (total * total) : 0, blocks };
}
/**
 * The share's variance from half-blocks (`hits`, `sizes` hold 2·B half-blocks): batch means
 * underestimate it by about c/(block length) when bursts last a good part of a block, so the
 * estimate over blocks (V) and over half-blocks (V½) extrapolate to 2V − V½ (Richardson), never
 * below V. Degrees of freedom: the blocks'.
 */
function blockVariance(hits, sizes, share) {
    const half = batchVariance(hits, sizes, share);
    const pairs = Math.floor(sizes.length / 2);
    const pairHits = new Float64Array(pairs);
    const pairSizes = new Float64Array(pairs);
    for (let b = 0; b < pairs; b++) {
        pairHits[b] = hits[2 * b] + hits[2 * b + 1];
        pairSizes[b] = sizes[2 * b] + sizes[2 * b + 1];
    }
    const whole = batchVariance(pairHits, pairSizes, share);
    return { variance: Math.max(whole.variance, 2 * whole.variance - half.variance), blocks: whole.blocks };
}
/** The percentile's interval over the blocks: `sorted` ascending, `hits` the requests at or below k6's value per half-block. */
function percentileInterval(sorted, hits, sizes, p) {
    const n = sorted.length;
    const { variance, blocks } = blockVariance(hits, sizes, p);
    const se = Math.sqrt(Math.max(variance, (p * (1 - p)) / n));
    const t = t95(blocks - 1);
    const lowRank = Math.max(1, Math.floor(n * (p - t * se)));
    const highRank = Math.min(n, Math.ceil(n * (p + t * se)) + 1);
    return { interval: { low: sorted[lowRank - 1], high: sorted[highRank - 1] }, blocks };
}
/** Wilson's score interval for `rate` observed over an effective `n` requests, with quantile `z`. */
function wilson(rate, n, z) {
    const z2 = z * z;
    const centre = (rate + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n));
    return { low: rate === 0 ? 0 : Math.max(0, centre - half), high: rate === 1 ? 1 : Math.min(1, centre + half) };
}
/** The error rate's interval over the blocks; `rate` is k6's http_req_failed rate. */
function errorRateInterval(failures, failSamples, rate) {
    let n = 0;
    for (const size of failSamples)
        n += size;
    const { variance, blocks } = blockVariance(failures, failSamples, rate);
    const independent = (rate * (1 - rate)) / n;
    // Design effect: how many times wider the variance is than independent draws'; never below 1.
    const effect = independent > 0 ? Math.max(1, variance / independent) : 1;
    return wilson(rate, n / effect, t95(blocks - 1));
}
/**
 * Time-aware 95% intervals of p95, p99 and the error rate, or null when the span is too short
 * for MIN_BLOCKS blocks (the caller then keeps the independent-draws intervals). `sorted` is
 * the durations ascending; p95, p99 and errorRate are k6's values.
 */
function timeAwareIntervals(sample, sorted, figures) {
    if (sorted.length !== sample.durations.length)
        return null;
    const tallies = blockTallies(sample, figures.p95, figures.p99);
    if (tallies === null)
        return null;
    const { sizes, failSamples, failures } = tallies;
    const p95 = percentileInterval(sorted, tallies.atOrBelowP95, sizes, 0.95);
    const p99 = percentileInterval(sorted, tallies.atOrBelowP99, sizes, 0.99);
    return {
        basis: { method: 'time blocks', blocks: p95.blocks, blockSeconds: tallies.blockMs / 1000 },
        p95: p95.interval,
        p99: p99.interval,
        errorRate: figures.failedSamples > 0 ? errorRateInterval(failures, failSamples, figures.errorRate) : null,
    };
}

;// CONCATENATED MODULE: ./src/results/sample-groups.ts


const Z95 = 1.959963984540054;
/** Each row's group from its time and tag (stage windows by time, time buckets). */
function rowGroupsByTime(record, groupOf) {
    const groups = new Int32Array(record.requests.length);
    let k = 0;
    for (const { time, tag, length } of record.requests.blocks) {
        for (let i = 0; i < length; i++, k++)
            groups[k] = groupOf(time[i], tag[i]);
    }
    return groups;
}
function groupSamples(record, count, grouping) {
    const requests = new Array(count).fill(0);
    const failed = new Array(count).fill(0);
    const failedSamples = new Array(count).fill(0);
    const sizes = new Array(count).fill(0);
    const { blocks, length } = record.requests;
    const groupOfRow = 'row' in grouping ? grouping.row : null;
    const groupOfTag = 'tag' in grouping ? grouping.tag : null;
    if ('tag' in grouping) {
        // The counts per tag are known: add up each group's tags.
        const { tag, totals } = grouping;
        for (let id = 0; id < tag.length; id++) {
            const g = tag[id];
            if (g < 0)
                continue;
            requests[g] = requests[g] + totals.requests[id];
            failedSamples[g] = failedSamples[g] + totals.failSamples[id];
            failed[g] = failed[g] + totals.failures[id];
            sizes[g] = sizes[g] + totals.durations[id];
        }
    }
    else if (groupOfRow) {
        if (groupOfRow.length !== length)
            throw new Error(`groupSamples: ${groupOfRow.length} groups for ${length} rows`);
        // A pass for the counts, and how many durations each group holds.
        let k = 0;
        for (const rows of blocks) {
            for (let i = 0; i < rows.length; i++, k++) {
                const g = groupOfRow[k];
                if (g < 0)
                    continue;
                const n = rows.count[i];
                if (!Number.isNaN(n))
                    requests[g] = requests[g] + n;
                const f = rows.failed[i];
                if (f >= 0) {
                    failedSamples[g] = failedSamples[g] + 1;
                    failed[g] = failed[g] + f;
                }
                if (!Number.isNaN(rows.duration[i]))
                    sizes[g] = sizes[g] + 1;
            }
        }
    }
    // Durations into arrays of exactly their size (no growth, no boxed numbers), in arrival order.
    const durations = sizes.map((size) => new Float64Array(size));
    const times = sizes.map((size) => new Float32Array(size));
    const failures = sizes.map((size) => new Int8Array(size));
    const origin = record.firstMs;
    const filled = new Array(count).fill(0);
    let k = 0;
    for (const rows of blocks) {
        for (let i = 0; i < rows.length; i++, k++) {
            const d = rows.duration[i];
            const g = groupOfRow ? groupOfRow[k] : (groupOfTag[rows.tag[i]] ?? -1);
            if (g < 0 || Number.isNaN(d))
                continue;
            const at = filled[g];
            durations[g][at] = d;
            times[g][at] = rows.time[i] - origin;
            failures[g][at] = rows.failed[i];
            filled[g] = at + 1;
        }
    }
    return { requests, failed, failedSamples, durations, times, failures };
}
/** RequestFigures of group g (sorts its durations in place); rps over `seconds`. errorRate is k6's http_req_failed rate. */
const requestFigures = (groups, g, seconds) => {
    const requests = groups.requests[g] ?? 0;
    const failed = groups.failed[g] ?? 0;
    const failedSamples = groups.failedSamples[g] ?? 0;
    return {
        requests,
        failed,
        errorRate: failedSamples > 0 ? failed / failedSamples : 0,
        rps: seconds > 0 ? requests / seconds : 0,
        duration: (0,stats/* trendFiguresInPlace */.L3)(groups.durations[g] ?? new Float64Array(0)),
    };
};
/** RequestFigures of group g with 95% intervals of its p95, p99 and error rate (sorts its durations in place). */
const requestStats = (groups, g, seconds) => {
    const values = groups.durations[g] ?? new Float64Array(0);
    // The time-aware intervals need the durations in arrival order, beside their times: a copy, as the figures sort.
    const arrival = values.slice();
    const figures = requestFigures(groups, g, seconds);
    const { errorRate, duration: trend } = figures;
    const failedSamples = groups.failedSamples[g] ?? 0;
    const sample = {
        durations: arrival,
        times: groups.times[g] ?? new Float32Array(0),
        failed: groups.failures[g] ?? new Int8Array(0),
    };
    const timed = trend === null
        ? null
        : timeAwareIntervals(sample, values, { p95: trend.p95, p99: trend.p99, errorRate, failedSamples });
    // Independent draws' intervals only where the run is too short for time blocks (the exact binomial costs a pass per percentile).
    const duration = trend === null
        ? null
        : {
            ...trend,
            p95Ci: timed?.p95 ?? (0,stats/* percentileCi */.a9)(values, 0.95),
            p99Ci: timed?.p99 ?? (0,stats/* percentileCi */.a9)(values, 0.99),
        };
    const errorRateCi = timed?.errorRate ?? (failedSamples > 0 ? wilson(errorRate, failedSamples, Z95) : null);
    const intervalBasis = timed?.basis ?? {
        method: 'independent draws',
        reason: values.length === 0 ? 'no requests' : `fewer than ${MIN_BLOCKS} time blocks of ${BLOCK_MIN_MS / 1000} s`,
    };
    return { ...figures, duration, errorRateCi, intervalBasis };
};


/***/ }),

/***/ 8723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ stageResults),
/* harmony export */   pr: () => (/* binding */ planWindows)
/* harmony export */ });
/* unused harmony export stageLabel */
/* harmony import */ var _request_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5433);
/* harmony import */ var _sample_groups_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8178);
/**
 * Per-stage results: which stage each load request belongs to (its `stage` tag, else the
 * StagePlan's windows from the load's start), each stage's window and its figures.
 */


function stageLabel(unit, target) {
    return unit === 'vus' ? `VU ${target}` : `${target}/s`;
}
/** The plan's windows as offsets from the scenario's start. */
function planWindows(plan) {
    let startMs = 0;
    return plan.stages.map((stage, index) => {
        const window = {
            index,
            label: stageLabel(plan.unit, stage.target),
            startMs,
            endMs: startMs + stage.durationMs,
            target: stage.target,
            unit: plan.unit,
        };
        startMs += stage.durationMs;
        return window;
    });
}
/**
 * Stage results of the load requests (setup and teardown are in no stage), windows counted
 * from the load's start. Requests tagged with a `stage` make their stage's window: from the
 * first one's start (end minus duration) to the last one's end, so the window is when the
 * stage's requests ran, however late a queue let them finish. Untagged runs are cut by the
 * plan's times (requests by when they ended; those after the last window, in the graceful
 * stop, stretch it). TPS is the stage's requests over its window: all of them completed inside
 * it, so no stage shows more than the chart for the same seconds. Labels and targets come
 * from the plan; without one, "stage <n>" (1-based) and the most VUs seen. No plan and no tag:
 * []. No load request at all (setup() found the target down): [], as rows of zeros would read
 * like a run that went well.
 */
function stageResults(record, plan, figuresOf) {
    const tags = record.tags.all;
    const origin = record.scenarioStartMs();
    let tagged = -1;
    let load = false;
    for (const t of tags) {
        if (t.phase !== 'load')
            continue;
        load = true;
        if (t.stage > tagged)
            tagged = t.stage;
    }
    const planned = plan ? planWindows(plan) : [];
    const count = Math.max(planned.length, tagged + 1);
    if (count === 0 || !load || Number.isNaN(origin))
        return { results: [], windowsFrom: 'none' };
    const fromRequests = tagged >= 0;
    const byTime = (offsetMs) => {
        if (planned.length === 0)
            return -1;
        for (let i = 0; i < planned.length; i++)
            if (offsetMs < planned[i].endMs)
                return i;
        return planned.length - 1;
    };
    const groupOf = (timeMs, tagId) => {
        const t = tags[tagId];
        if (t === undefined || t.phase !== 'load' || t.stage === _request_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .BAD_STAGE */ .Nq)
            return -1;
        return t.stage >= 0 ? t.stage : byTime(timeMs - origin);
    };
    const groupOfRow = (0,_sample_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .rowGroupsByTime */ .JB)(record, groupOf);
    // Each stage's first request start and last request end.
    const first = new Array(count).fill(Infinity);
    const last = new Array(count).fill(-Infinity);
    let k = 0;
    for (const { time, count: counts, duration, length } of record.requests.blocks) {
        for (let i = 0; i < length; i++, k++) {
            if (Number.isNaN(counts[i]))
                continue;
            const g = groupOfRow[k];
            if (g < 0)
                continue;
            const end = time[i] - origin;
            const took = duration[i];
            const start = Number.isNaN(took) ? end : end - took;
            if (start < first[g])
                first[g] = start;
            if (end > last[g])
                last[g] = end;
        }
    }
    const windows = Array.from({ length: count }, (_, index) => {
        const p = planned[index];
        const seen = Number.isFinite(first[index]);
        const window = p
            ? { ...p }
            : { index, label: `stage ${index + 1}`, startMs: 0, endMs: 0, target: 0, unit: plan?.unit ?? 'vus' };
        if (fromRequests ? seen : !p) {
            window.startMs = seen ? Math.max(0, first[index]) : 0;
            window.endMs = seen ? last[index] : window.startMs;
        }
        return window;
    });
    const lastWindow = windows[count - 1];
    const lastRequest = last[count - 1];
    if (lastRequest > lastWindow.endMs)
        lastWindow.endMs = lastRequest;
    const groups = (0,_sample_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .groupSamples */ .ZV)(record, count, { row: groupOfRow });
    const results = windows.map((stage, g) => {
        const maxVus = maxVusIn(record, origin + stage.startMs, origin + stage.endMs, g === count - 1);
        if (!planned[g])
            stage.target = maxVus;
        return { stage, ...figuresOf(groups, g, (stage.endMs - stage.startMs) / 1000), maxVus };
    });
    return { results, windowsFrom: fromRequests ? 'requests' : 'plan' };
}
/** Most VUs read in [fromMs, toMs) (toMs included for the last stage); else the reading in force at fromMs. */
function maxVusIn(record, fromMs, toMs, closed) {
    const { time, value, length } = record.vus;
    let max = -Infinity;
    let before = 0;
    let beforeTime = -Infinity;
    for (let i = 0; i < length; i++) {
        const t = time[i];
        const v = value[i];
        if (t >= fromMs && (t < toMs || (closed && t <= toMs))) {
            if (v > max)
                max = v;
        }
        else if (t < fromMs && t >= beforeTime) {
            beforeTime = t;
            before = v;
        }
    }
    return Number.isFinite(max) ? max : before;
}


/***/ }),

/***/ 5613:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ trendFiguresInPlace),
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   a9: () => (/* binding */ percentileCi)
/* harmony export */ });
/* unused harmony exports trendStats, trendStatsInPlace, binomialRanks */
/**
 * k6's trend percentile (TrendSink.P): i = p*(n-1), linear interpolation between the values
 * at floor(i) and ceil(i). `sorted` must be ascending; 0 for an empty sample, as k6 reports.
 */
function percentile(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return 0;
    if (n === 1)
        return sorted[0];
    const i = p * (n - 1);
    const lo = sorted[Math.floor(i)];
    const hi = sorted[Math.ceil(i)];
    return lo + (hi - lo) * (i - Math.floor(i));
}
/**
 * Statistics of `values` given in arrival order (avg sums in that order, as k6 does, so it
 * matches to the last digit). Returns null for an empty sample. Sorts a copy.
 */
function trendStats(values) {
    return trendStatsInPlace(Float64Array.from(values));
}
/** trendStats that sorts `values` itself, after summing them in arrival order: no copy. */
function trendStatsInPlace(values) {
    const figures = trendFiguresInPlace(values);
    if (figures === null)
        return null;
    return { ...figures, p95Ci: percentileCi(values, 0.95), p99Ci: percentileCi(values, 0.99) };
}
/** trendStatsInPlace without the percentiles' intervals, for callers that have better ones to give. */
function trendFiguresInPlace(values) {
    const n = values.length;
    if (n === 0)
        return null;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += values[i];
    const sorted = values.sort();
    return {
        count: n,
        avg: sum / n,
        min: sorted[0],
        med: percentile(sorted, 0.5),
        p90: percentile(sorted, 0.9),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
        max: sorted[n - 1],
    };
}
/**
 * Distribution-free 95% confidence interval of the p-quantile: [x(l), x(u)] (1-based order
 * statistics) where B ~ Binomial(n, p) counts the values below the true quantile and
 * P(l <= B < u) >= 0.95. l is the largest rank with P(B <= l-1) <= 2.5%, u the smallest with
 * P(B >= u) <= 2.5%. When either side has no such rank (fewer than 72 values for p95, 367 for
 * p99: even max is not a 97.5% upper bound) the sample is too small and the interval is
 * [min, max]. Exact binomial for every n (no normal approximation).
 */
function percentileCi(sorted, p, level = 0.95) {
    const n = sorted.length;
    if (n === 0)
        return { low: 0, high: 0 };
    const tail = (1 - level) / 2;
    const { lowRank, highRank } = binomialRanks(n, p, tail);
    return { low: sorted[lowRank - 1], high: sorted[highRank - 1] };
}
/** The 1-based ranks l, u of percentileCi, from the exact Binomial(n, p) distribution. */
function binomialRanks(n, p, tail) {
    const { first, probs } = binomialPmf(n, p);
    const last = first + probs.length - 1;
    // l: largest l >= 1 with P(B <= l-1) <= tail (terms below `first` are negligible).
    let lowRank = first;
    let cdf = 0;
    for (let k = first; k < n; k++) {
        cdf += probs[k - first] ?? 0;
        if (cdf > tail)
            break;
        lowRank = k + 1;
    }
    // u: smallest u <= n with P(B >= u) <= tail.
    let highRank = last + 1;
    let upper = 0;
    for (let k = last; k >= 1; k--) {
        upper += probs[k - first] ?? 0;
        if (upper > tail)
            break;
        highRank = k;
    }
    // A side whose 2.5% tail no order statistic can meet: the sample is too small, give [min, max].
    if (lowRank < 1 || highRank > n)
        return { lowRank: 1, highRank: n };
    return { lowRank, highRank };
}
/**
 * Binomial(n, p) probabilities of k = first .. first+probs.length-1, built by the ratio
 * recurrence outward from the mode and normalised by their sum, so nothing underflows even
 * for millions of values; terms below 1e-20 of the mode's are dropped (treated as 0).
 */
function binomialPmf(n, p) {
    if (p <= 0)
        return { first: 0, probs: Float64Array.of(1) };
    if (p >= 1)
        return { first: n, probs: Float64Array.of(1) };
    const q = 1 - p;
    const mode = Math.min(n, Math.floor((n + 1) * p));
    const below = [];
    const above = [];
    let w = 1;
    for (let k = mode; k > 0; k--) {
        w *= (k / (n - k + 1)) * (q / p);
        if (w < 1e-20)
            break;
        below.push(w);
    }
    w = 1;
    for (let k = mode; k < n; k++) {
        w *= ((n - k) / (k + 1)) * (p / q);
        if (w < 1e-20)
            break;
        above.push(w);
    }
    const probs = Float64Array.from([...below.reverse(), 1, ...above]);
    let total = 0;
    for (const x of probs)
        total += x;
    for (let i = 0; i < probs.length; i++)
        probs[i] = probs[i] / total;
    return { first: mode - below.length, probs };
}


/***/ }),

/***/ 1902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eh: () => (/* binding */ summarize),
  Lm: () => (/* binding */ summarizeFigures)
});

// UNUSED EXPORTS: MAX_ENDPOINTS

;// CONCATENATED MODULE: ./src/results/evidence-gaps.ts
/**
 * Load may end this much before the plan without the run counting as short: the last stage
 * ramps to 0, so the last requests come up to ~1 s early (0.45 s in a quick spike, measured
 * on the recordings), and a request's sample is written at its end. 3 s covers that on the
 * shortest plans (quick profile, ~13 s); 5% keeps the allowance proportional on long ones.
 */
const SHORT_LOAD_MARGIN = { minMs: 3_000, share: 0.05 };
function evidenceOf(facts) {
    const gaps = [];
    const gap = (kind, message, incomplete = true) => gaps.push({ kind, message, incomplete });
    if (facts.cut === 'line')
        gap('truncated', 'the results file ends mid-line (k6 was stopped while writing)');
    if (facts.cut === 'gzip')
        gap('truncated', 'the gzip results file is cut short (its end never arrived)');
    if (facts.k6Exit && !facts.k6Exit.complete)
        gap('k6-ended-early', `k6 ended early: ${facts.k6Exit.meaning}`);
    if (facts.loadMs === null) {
        gap('no-load-requests', `the load made no request (only ${count(facts.otherRequests, 'setup/teardown request')})`);
    }
    else if (facts.stagePlan) {
        const plannedMs = facts.stagePlan.stages.reduce((sum, s) => sum + s.durationMs, 0);
        const margin = Math.max(SHORT_LOAD_MARGIN.minMs, plannedMs * SHORT_LOAD_MARGIN.share);
        if (plannedMs - facts.loadMs > margin) {
            const share = Math.round((Math.max(0, facts.loadMs) / plannedMs) * 100);
            gap('short-load', `the load ran ${seconds(facts.loadMs)} of the ${seconds(plannedMs)} planned (${share}% of the plan)`);
        }
    }
    const { removed, removedLoad } = facts.outsideSpan;
    if (removed > 0) {
        gap('outside-time-span', `${count(removed, 'sample')} outside the run's time span ${removed === 1 ? 'was' : 'were'} ignored`, removedLoad > 0);
    }
    if (facts.badStageRequests > 0) {
        gap('bad-stage-tag', `${count(facts.badStageRequests, 'load request')} with a stage tag that is not a stage number (0–99) left out of the stage figures`);
    }
    if (facts.badValues.all > 0) {
        gap('bad-values', `${count(facts.badValues.all, 'sample')} with a value no k6 metric takes (infinite, negative or not a number) ignored`, facts.badValues.load > 0);
    }
    if (facts.folded) {
        const { endpoints, kept } = facts.folded;
        gap('endpoints-folded', `${endpoints.toLocaleString('en-US')} distinct endpoint names: the ${kept} busiest are shown, the other ${(endpoints - kept).toLocaleString('en-US')} are folded into "other"; give requests a \`name\` tag (e.g. { tags: { name: 'item' } }) so URLs with ids count as one endpoint`, false);
    }
    return { complete: gaps.every((g) => !g.incomplete), gaps };
}
function count(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
function seconds(ms) {
    return `${Math.round(Math.max(0, ms) / 1000)} s`;
}

// EXTERNAL MODULE: ./src/results/request-tags.ts
var request_tags = __nccwpck_require__(5433);
// EXTERNAL MODULE: ./src/results/sample-groups.ts + 1 modules
var sample_groups = __nccwpck_require__(8178);
;// CONCATENATED MODULE: ./src/results/tag-totals.ts
function tagTotals(record) {
    const tags = record.tags.all.length;
    const totals = {
        requestRows: new Float64Array(tags),
        requests: new Float64Array(tags),
        durations: new Float64Array(tags),
        failSamples: new Float64Array(tags),
        failures: new Float64Array(tags),
        lastDurationMs: new Float64Array(tags).fill(-Infinity),
        lastMs: new Float64Array(tags).fill(-Infinity),
    };
    const { requestRows, requests, durations, failSamples, failures, lastDurationMs, lastMs } = totals;
    for (const { time, tag, count, duration, failed, length } of record.requests.blocks) {
        for (let i = 0; i < length; i++) {
            const id = tag[i];
            const at = time[i];
            if (at > lastMs[id])
                lastMs[id] = at;
            const n = count[i];
            if (!Number.isNaN(n)) {
                requestRows[id] = requestRows[id] + 1;
                requests[id] = requests[id] + n;
            }
            if (!Number.isNaN(duration[i])) {
                durations[id] = durations[id] + 1;
                if (at > lastDurationMs[id])
                    lastDurationMs[id] = at;
            }
            const f = failed[i];
            if (f >= 0) {
                failSamples[id] = failSamples[id] + 1;
                failures[id] = failures[id] + f;
            }
        }
    }
    return totals;
}

;// CONCATENATED MODULE: ./src/results/run-description.ts
/** The scenario and profile tags most load requests carry (a run has one of each). */
function taggedRun(record, totals) {
    const requestsOfTag = totals.requestRows;
    const scenarios = new Map();
    const profiles = new Map();
    record.tags.all.forEach((t, id) => {
        if (t.phase !== 'load')
            return;
        const n = requestsOfTag[id];
        if (t.scenario !== null)
            scenarios.set(t.scenario, (scenarios.get(t.scenario) ?? 0) + n);
        if (t.profile !== null)
            profiles.set(t.profile, (profiles.get(t.profile) ?? 0) + n);
    });
    return { scenario: mostSeen(scenarios), profile: mostSeen(profiles) };
}
function mostSeen(counts) {
    let best = null;
    let bestCount = -1;
    for (const [value, count] of counts) {
        if (count > bestCount || (count === bestCount && best !== null && value < best)) {
            best = value;
            bestCount = count;
        }
    }
    return best;
}
/** The plan the tags name wins over the one given: a quick run judged with `full` would spread its stages five times too thin. */
function resolvePlan(tagged, given, planOf) {
    const fromTags = tagged.scenario !== null && tagged.profile !== null && planOf ? planOf(tagged.scenario, tagged.profile) : undefined;
    if (fromTags)
        return { plan: fromTags, from: 'tags' };
    return given ? { plan: given, from: 'given' } : { plan: undefined, from: 'none' };
}

// EXTERNAL MODULE: ./src/results/stages.ts
var results_stages = __nccwpck_require__(8723);
;// CONCATENATED MODULE: ./src/results/time-span.ts
/** Longer than any pause in a real run (a slow setup() still writes its requests). */
const MAX_SILENCE_MS = 10 * 60_000;
/** Times looked at: enough to find the bulk, few enough to sort in a blink on any run. */
const MAX_TIMES = 65_536;
/** The span of the run's samples; null when there are none. */
function runTimeSpan(record) {
    const { requests, vus } = record;
    const total = requests.length + vus.length;
    if (total === 0)
        return null;
    // All the times seen lie within one silence: no sample can stand apart, and none need be sorted.
    if (record.lastMs - record.firstMs <= MAX_SILENCE_MS)
        return { fromMs: record.firstMs, toMs: record.lastMs };
    const step = Math.ceil(total / MAX_TIMES);
    const times = new Float64Array(Math.ceil(total / step));
    let n = 0;
    let k = 0;
    for (const block of requests.blocks) {
        for (let i = 0; i < block.length; i++, k++)
            if (k % step === 0)
                times[n++] = block.time[i];
    }
    for (let i = 0; i < vus.length; i++, k++)
        if (k % step === 0)
            times[n++] = vus.time[i];
    const sorted = times.subarray(0, n).sort();
    let low = n >> 1;
    let high = low;
    while (low > 0 && sorted[low] - sorted[low - 1] <= MAX_SILENCE_MS)
        low--;
    while (high < n - 1 && sorted[high + 1] - sorted[high] <= MAX_SILENCE_MS)
        high++;
    // One silence either side: samples skipped by the stride, and counters whose times are not kept, lie within it.
    return { fromMs: sorted[low] - MAX_SILENCE_MS, toMs: sorted[high] + MAX_SILENCE_MS };
}

// EXTERNAL MODULE: ./src/results/stats.ts
var stats = __nccwpck_require__(5613);
;// CONCATENATED MODULE: ./src/results/time-series.ts


const BUCKET_CHOICES_MS = [1_000, 2_000, 5_000, 10_000];
const MAX_BUCKETS = 120;
/** However long the run or short the bucket asked for: the series is sized from the samples' times. */
const MAX_SERIES_BUCKETS = 2_000;
/** The smallest of 1, 2, 5, 10 s giving at most 120 buckets; 10 s for longer runs. */
function chooseBucketMs(durationMs) {
    return BUCKET_CHOICES_MS.find((b) => durationMs / b <= MAX_BUCKETS) ?? 10_000;
}
/**
 * The load cut into buckets from its start (the stage windows' zero) to its last request's end.
 * VU readings after it (teardown()) are left out; the last one before it opens the series.
 */
function timeSeries(record, totals, askedBucketMs) {
    if (Number.isNaN(record.firstMs))
        return { bucketMs: askedBucketMs, buckets: [] };
    const tags = record.tags.all;
    const origin = record.scenarioStartMs();
    let end = -Infinity;
    tags.forEach((t, id) => {
        if (t.phase === 'load')
            end = Math.max(end, totals.lastMs[id]);
    });
    if (end === -Infinity)
        end = record.lastMs;
    const durationMs = Math.max(0, end - origin);
    const fewest = Math.ceil(durationMs / MAX_SERIES_BUCKETS / 1000) * 1000;
    const bucketMs = Math.max(askedBucketMs, fewest);
    const count = Math.max(1, Math.ceil(durationMs / bucketMs));
    const bucketOf = (timeMs) => timeMs < origin || timeMs > end ? -1 : Math.min(count - 1, Math.floor((timeMs - origin) / bucketMs));
    const bucketOfRow = (0,sample_groups/* rowGroupsByTime */.JB)(record, (timeMs, tagId) => tags[tagId]?.phase === 'load' ? bucketOf(timeMs) : -1);
    const groups = (0,sample_groups/* groupSamples */.ZV)(record, count, { row: bucketOfRow });
    const vus = new Array(count).fill(-Infinity);
    // The reading in force as the load starts opens the series.
    let vusInForce = 0;
    let latestBefore = -Infinity;
    for (let i = 0; i < record.vus.length; i++) {
        const t = record.vus.time[i];
        const b = bucketOf(t);
        if (b >= 0)
            vus[b] = Math.max(vus[b], record.vus.value[i]);
        else if (t < origin && t >= latestBefore) {
            latestBefore = t;
            vusInForce = record.vus.value[i];
        }
    }
    const buckets = [];
    for (let b = 0; b < count; b++) {
        const offsetMs = b * bucketMs;
        // The last bucket may be shorter than the others: rate over the time it covers.
        const span = Math.min(bucketMs, durationMs - offsetMs);
        const seconds = (span > 0 ? span : bucketMs) / 1000;
        const durations = (groups.durations[b] ?? new Float64Array(0)).sort();
        if (Number.isFinite(vus[b]))
            vusInForce = vus[b];
        buckets.push({
            offsetMs,
            rps: (groups.requests[b] ?? 0) / seconds,
            p95: durations.length > 0 ? (0,stats/* percentile */.Ym)(durations, 0.95) : null,
            errors: groups.failed[b] ?? 0,
            vus: vusInForce,
        });
    }
    return { bucketMs, buckets };
}

;// CONCATENATED MODULE: ./src/results/summarize.ts
/**
 * Turns a RunRecord (one pass over k6's output) into the RunResult: the load's figures (what is
 * judged), the whole run's equal to k6's end-of-test summary, per endpoint, per status, per
 * stage, and the time series.
 */








/** Endpoints shown one by one; the rest fold into one "other" row per phase (untagged URLs with ids make thousands). */
const MAX_ENDPOINTS = 200;
/** The run's figures with their 95% intervals, and its time series: what the gate judges and reports. */
function summarize(record, options) {
    const { figures, totals } = runFigures(record, options, sample_groups/* requestStats */.h6);
    const { truncated, evidence, ...front } = figures;
    const bucketMs = options.bucketMs ?? chooseBucketMs(figures.loadDurationMs);
    return { ...front, timeSeries: timeSeries(record, totals, bucketMs), truncated, evidence };
}
/**
 * The figures alone, without intervals or time series: what `perf-gate analyze` prints as
 * tables. Intervals and the series cost as much as the figures in a process that runs once.
 */
function summarizeFigures(record, options) {
    return runFigures(record, options, sample_groups/* requestFigures */.Ps).figures;
}
function runFigures(record, options, figuresOf) {
    const span = runTimeSpan(record);
    const outsideSpan = span ? record.keepWithin(span.fromMs, span.toMs) : { removed: 0, removedLoad: 0 };
    const empty = Number.isNaN(record.firstMs);
    const durationMs = empty ? 0 : record.lastMs - record.firstMs;
    const totals = tagTotals(record);
    const load = loadFacts(record, totals);
    const loadStartMs = record.scenarioStartMs();
    const loadDurationMs = load.lastLoadMs === null || empty ? 0 : Math.max(0, load.lastLoadMs - loadStartMs);
    // k6 divides by its own run duration (setup to teardown), which the samples span to within ~1%;
    // the load's rates divide by the load's own time, so the logins' minute does not dilute them.
    const seconds = { whole: durationMs / 1000, load: loadDurationMs / 1000 };
    const tags = record.tags.all;
    const loadOfTag = Int32Array.from(tags, (t) => (t.phase === 'load' ? 0 : -1));
    const loadGroups = (0,sample_groups/* groupSamples */.ZV)(record, 1, { tag: loadOfTag, totals });
    const wholeGroups = (0,sample_groups/* groupSamples */.ZV)(record, 1, { tag: new Int32Array(tags.length), totals });
    let maxVus = 0;
    for (let i = 0; i < record.vus.length; i++)
        maxVus = Math.max(maxVus, record.vus.value[i]);
    const counters = {
        iterations: record.iterations,
        droppedIterations: record.droppedIterations,
        maxVus,
        checks: { passes: record.checkPasses, fails: record.checkFails },
    };
    const endpoints = endpointResults(record, totals, seconds, figuresOf);
    const tagged = taggedRun(record, totals);
    const { plan, from: planFrom } = resolvePlan(tagged, options.stagePlan, options.planOf);
    const stages = (0,results_stages/* stageResults */.LB)(record, plan, figuresOf);
    const figures = {
        file: options.file,
        startTime: empty ? '' : new Date(record.firstMs).toISOString(),
        endTime: empty ? '' : new Date(record.lastMs).toISOString(),
        scenarioStartTime: empty ? '' : new Date(loadStartMs).toISOString(),
        durationMs,
        loadDurationMs,
        overall: { ...figuresOf(loadGroups, 0, seconds.load), ...counters },
        wholeRun: { ...figuresOf(wholeGroups, 0, seconds.whole), ...counters },
        described: { ...tagged, planFrom, windowsFrom: stages.windowsFrom },
        endpoints: endpoints.results,
        statuses: statusResults(record, totals),
        stages: stages.results,
        truncated: options.cut !== null,
        evidence: evidenceOf({
            cut: options.cut,
            k6Exit: options.k6Exit,
            stagePlan: plan,
            loadMs: load.lastLoadMs === null ? null : load.lastLoadMs - loadStartMs,
            otherRequests: load.otherRequests,
            outsideSpan,
            badStageRequests: load.badStage,
            badValues: { all: record.badValues, load: record.badLoadValues },
            folded: endpoints.distinct > MAX_ENDPOINTS ? { endpoints: endpoints.distinct, kept: MAX_ENDPOINTS } : null,
        }),
    };
    return { figures, totals };
}
/** The last load request with a duration, the requests outside the load, and load requests with a bad stage tag. */
function loadFacts(record, totals) {
    let lastLoadMs = null;
    let otherRequests = 0;
    let badStage = 0;
    record.tags.all.forEach((t, id) => {
        const durations = totals.durations[id];
        if (durations === 0)
            return;
        if (t.phase !== 'load') {
            otherRequests += durations;
            return;
        }
        const last = totals.lastDurationMs[id];
        if (lastLoadMs === null || last > lastLoadMs)
            lastLoadMs = last;
        if (t.stage === request_tags/* BAD_STAGE */.Nq)
            badStage += durations;
    });
    return { lastLoadMs, otherRequests, badStage };
}
const PHASE_ORDER = { load: 0, setup: 1, teardown: 2 };
/**
 * Endpoints by (phase, method, name); load first, busiest first. A load endpoint's rps is over
 * the load's time, so they add up to the load's rate; setup's and teardown's over the whole run, as
 * k6's own rates are. Beyond MAX_ENDPOINTS, the least
 * busy fold into one "other" row per phase.
 */
function endpointResults(record, totals, seconds, figuresOf) {
    const keys = new Map();
    const heads = [];
    const endpointOfTag = record.tags.all.map((t) => {
        const key = `${t.phase}\u0000${t.method}\u0000${t.name}`;
        let id = keys.get(key);
        if (id === undefined) {
            id = heads.length;
            heads.push(t);
            keys.set(key, id);
        }
        return id;
    });
    const distinct = heads.length;
    let groupOfEndpoint = heads.map((_, id) => id);
    let groupHeads = heads.map((t) => ({
        tags: t,
        name: t.name,
    }));
    if (distinct > MAX_ENDPOINTS) {
        const requests = new Float64Array(distinct);
        endpointOfTag.forEach((e, id) => (requests[e] = requests[e] + totals.requestRows[id]));
        const ranked = heads
            .map((_, id) => id)
            .sort((a, b) => PHASE_ORDER[heads[a].phase] - PHASE_ORDER[heads[b].phase] ||
            requests[b] - requests[a]);
        groupOfEndpoint = new Array(distinct);
        groupHeads = [];
        const otherOfPhase = new Map();
        const folded = new Map();
        ranked.forEach((id, rank) => {
            const t = heads[id];
            if (rank < MAX_ENDPOINTS) {
                groupOfEndpoint[id] = groupHeads.length;
                groupHeads.push({ tags: t, name: t.name });
                return;
            }
            let other = otherOfPhase.get(t.phase);
            if (other === undefined) {
                other = groupHeads.length;
                otherOfPhase.set(t.phase, other);
                groupHeads.push({ tags: { ...t, method: '' }, name: '', folded: true });
            }
            folded.set(t.phase, (folded.get(t.phase) ?? 0) + 1);
            groupOfEndpoint[id] = other;
        });
        for (const [phase, g] of otherOfPhase) {
            groupHeads[g].name =
                `(other: ${(folded.get(phase) ?? 0).toLocaleString('en-US')} endpoints)`;
        }
    }
    const groupOfTag = Int32Array.from(endpointOfTag, (endpoint) => groupOfEndpoint[endpoint] ?? -1);
    const groups = (0,sample_groups/* groupSamples */.ZV)(record, groupHeads.length, { tag: groupOfTag, totals });
    // Folded rows come last in their phase: they stand for many endpoints, not the busiest one.
    const results = groupHeads
        .map(({ tags: t, name, folded }, g) => ({
        folded: folded === true,
        endpoint: {
            name,
            method: t.method,
            phase: t.phase,
            ...figuresOf(groups, g, t.phase === 'load' ? seconds.load : seconds.whole),
        },
    }))
        .sort(({ folded: af, endpoint: a }, { folded: bf, endpoint: b }) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] ||
        Number(af) - Number(bf) ||
        b.requests - a.requests ||
        a.name.localeCompare(b.name))
        .map(({ endpoint }) => endpoint);
    return { results, distinct };
}
/** Requests per HTTP status, with k6's error code and messages (status 0: no response). */
function statusResults(record, totals) {
    const byStatus = new Map();
    record.tags.all.forEach((t, id) => {
        if (totals.requestRows[id] === 0)
            return;
        const n = totals.requests[id];
        let entry = byStatus.get(t.status);
        if (!entry) {
            entry = { count: 0, codes: new Map(), errors: new Map() };
            byStatus.set(t.status, entry);
        }
        entry.count += n;
        if (t.errorCode !== null)
            entry.codes.set(t.errorCode, (entry.codes.get(t.errorCode) ?? 0) + n);
        if (t.error !== null)
            entry.errors.set(t.error, (entry.errors.get(t.error) ?? 0) + n);
    });
    return [...byStatus.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, entry]) => ({
        status,
        count: entry.count,
        errorCode: summarize_mostSeen(entry.codes),
        errors: [...entry.errors.entries()]
            .sort(([am, ac], [bm, bc]) => bc - ac || am.localeCompare(bm))
            .map(([message, count]) => ({ message, count })),
    }));
}
function summarize_mostSeen(counts) {
    let best = null;
    let bestCount = -1;
    for (const [code, count] of counts) {
        if (count > bestCount || (count === bestCount && best !== null && code < best)) {
            best = code;
            bestCount = count;
        }
    }
    return best;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ stagePlanFor),
/* harmony export */   Hr: () => (/* binding */ ENDPOINTS),
/* harmony export */   i1: () => (/* binding */ plannedRunMs),
/* harmony export */   sE: () => (/* binding */ taggedStagePlan)
/* harmony export */ });
/* unused harmony exports SCENARIOS, PROFILES, QUICK_SCALE, TAGS, METRICS, EXPECTED_STATUSES, BATCH_SIZE, checkScenario, parseProfile, stagesTotalMs, stageIndexAt, testUserCount, k6Duration, TARGET_DOWN, buildOptions, classifyResponse, requestTags */
// The load of Festin's performance guide as data: stages, rates, profile scaling, tag names and
// the status rules. Pure ES module imported both by the k6 scripts and by perf-gate (node), so
// the analysis and the JWT lifetime check use the very plan k6 runs. No k6 imports here, and
// only syntax k6 v0.49's runtime accepts (no ?., ??, numeric separators or object spread).

const SCENARIOS = ['enqueue', 'spike'];
const PROFILES = ['full', 'quick'];

/** `quick` keeps the guide's shape and targets and runs each stage for a fifth of its time. */
const QUICK_SCALE = 0.2;

/**
 * k6's `name` tag carries the endpoint; our own `stage` tag the 0-based stage index and
 * `profile` the profile, so a results file tells perf-gate its stages without any input.
 */
const TAGS = { endpoint: 'name', stage: 'stage', profile: 'profile' };
const ENDPOINTS = { login: 'login', enqueue: 'enqueue', position: 'position', cancel: 'cancel' };

/** Custom metrics the scripts add beside k6's built-in ones. */
const METRICS = {
  /** Counter: 4xx answers that are business rules (400, 404, 409), tagged name, stage, status. */
  businessErrors: 'business_errors',
  /** Counter: test users teardown() took out of the line. */
  usersRemoved: 'test_users_removed',
};

/**
 * Answers k6 counts as expected (http_req_failed = 0): success and Festin's business-rule
 * errors. 401/403, other 4xx, 5xx and no answer at all (status 0) are real failures.
 */
const EXPECTED_STATUSES = { min: 200, max: 204, also: [400, 404, 409] };

/** Logins and cleanups run in parallel batches of this size (k6 `batch` / `batchPerHost`). */
const BATCH_SIZE = 50;

const GUIDE_STAGES = {
  // ramping-vus: warm-up, ramp-up, normal load, stress, cool-down.
  enqueue: {
    unit: 'vus',
    start: 0,
    stages: [
      { durationMs: 30000, target: 10 },
      { durationMs: 60000, target: 50 },
      { durationMs: 120000, target: 100 },
      { durationMs: 60000, target: 200 },
      { durationMs: 30000, target: 0 },
    ],
  },
  // ramping-arrival-rate (iterations started per second): slow start, surge, peak, decrease.
  // No extra ramp to 0: the guide's last stage is the decrease to 10/s, and a ramp to 0 would
  // add ten seconds of dwindling load that the t3.micro baseline never saw.
  spike: {
    unit: 'iterations/s',
    start: 10,
    stages: [
      { durationMs: 10000, target: 10 },
      { durationMs: 5000, target: 500 },
      { durationMs: 30000, target: 500 },
      { durationMs: 10000, target: 10 },
    ],
  },
};

/** The guide's arrival-rate test allowed "at most 1000 VUs"; 500 are ready before the surge. */
const SPIKE_VUS = { preAllocated: 500, max: 1000 };

const GRACEFUL_MS = { full: 30000, quick: 10000 };
/** Room for one login per test user (and the cleanup) through a slow server. */
const SETUP_TEARDOWN_MS = { full: 120000, quick: 60000 };

function checkScenario(scenario) {
  if (SCENARIOS.indexOf(scenario) < 0) {
    throw new Error('Unknown scenario "' + scenario + '": use one of ' + SCENARIOS.join(', '));
  }
  return scenario;
}

/** Reads the PROFILE variable: empty means full. */
function parseProfile(value) {
  if (value === undefined || value === null || value === '') return 'full';
  if (PROFILES.indexOf(value) < 0) {
    throw new Error('PROFILE is "' + value + '": set it to full (the guide\'s durations) or quick (a fifth of them)');
  }
  return value;
}

function checkProfile(profile) {
  return parseProfile(profile);
}

/** The planned stages, exactly the StagePlan shape of src/results/types.ts. */
function stagePlanFor(scenario, profile) {
  const guide = GUIDE_STAGES[checkScenario(scenario)];
  const scale = checkProfile(profile) === 'quick' ? QUICK_SCALE : 1;
  return {
    unit: guide.unit,
    start: guide.start,
    stages: guide.stages.map(function (stage) {
      return { durationMs: Math.round(stage.durationMs * scale), target: stage.target };
    }),
  };
}

function stagesTotalMs(plan) {
  return plan.stages.reduce(function (sum, stage) {
    return sum + stage.durationMs;
  }, 0);
}

/**
 * The 0-based stage running `elapsedMs` after the scenario started. A stage owns [start, end);
 * before the start counts as stage 0 and the graceful stop after the end as the last stage.
 */
function stageIndexAt(elapsedMs, plan) {
  let end = 0;
  for (let i = 0; i < plan.stages.length; i++) {
    end += plan.stages[i].durationMs;
    if (elapsedMs < end) return i;
  }
  return plan.stages.length - 1;
}

/** The longest a run can take: setup, stages, graceful stop and teardown at their limits. */
function plannedRunMs(scenario, profile) {
  const p = checkProfile(profile);
  return SETUP_TEARDOWN_MS[p] + stagesTotalMs(stagePlanFor(scenario, p)) + GRACEFUL_MS[p] + SETUP_TEARDOWN_MS[p];
}

/** Test users setup() logs in when no AUTH_TOKEN is given: one per VU the scenario can reach. */
function testUserCount(scenario, override) {
  if (override !== undefined && override !== null && override !== '') {
    const n = Number(override);
    if (!Number.isInteger(n) || n < 1)
      throw new Error('TEST_USERS is "' + override + '": give a whole number of test users, at least 1');
    return n;
  }
  if (checkScenario(scenario) === 'spike') return SPIKE_VUS.max;
  return Math.max.apply(
    null,
    GUIDE_STAGES.enqueue.stages.map(function (stage) {
      return stage.target;
    }),
  );
}

/** k6 duration string for whole milliseconds: 30000 -> "30s", 150000 -> "2m30s", 1500 -> "1500ms". */
function k6Duration(ms) {
  if (ms % 1000 !== 0) return ms + 'ms';
  const seconds = ms / 1000;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return rest + 's';
  return rest === 0 ? minutes + 'm' : minutes + 'm' + rest + 's';
}

function k6Stages(plan) {
  return plan.stages.map(function (stage) {
    return { duration: k6Duration(stage.durationMs), target: stage.target };
  });
}

/**
 * Stops the run once nearly every load request has failed for TARGET_DOWN_AFTER: an unreachable
 * staging URL ends in seconds instead of minutes of connection errors. Not a quality bar:
 * perf-gate judges the results itself.
 */
const TARGET_DOWN = { failedRate: 0.9, after: '10s' };

function targetDownThreshold(scenario) {
  const thresholds = {};
  thresholds['http_req_failed{scenario:' + scenario + '}'] = [
    { threshold: 'rate<' + TARGET_DOWN.failedRate, abortOnFail: true, delayAbortEval: TARGET_DOWN.after },
  ];
  return thresholds;
}

/** The k6 `options` export of a bundled scenario. The k6 scenario is named after it. */
function buildOptions(scenario, profile) {
  const p = checkProfile(profile);
  const plan = stagePlanFor(scenario, p);
  const graceful = k6Duration(GRACEFUL_MS[p]);
  let executor;
  if (scenario === 'enqueue') {
    executor = {
      executor: 'ramping-vus',
      startVUs: plan.start,
      stages: k6Stages(plan),
      gracefulRampDown: graceful,
      gracefulStop: graceful,
    };
  } else {
    executor = {
      executor: 'ramping-arrival-rate',
      startRate: plan.start,
      timeUnit: '1s',
      preAllocatedVUs: SPIKE_VUS.preAllocated,
      maxVUs: SPIKE_VUS.max,
      stages: k6Stages(plan),
      gracefulStop: graceful,
    };
  }
  const scenarios = {};
  scenarios[scenario] = executor;
  return {
    scenarios: scenarios,
    thresholds: targetDownThreshold(scenario),
    setupTimeout: k6Duration(SETUP_TEARDOWN_MS[p]),
    teardownTimeout: k6Duration(SETUP_TEARDOWN_MS[p]),
    batch: BATCH_SIZE,
    batchPerHost: BATCH_SIZE,
  };
}

/**
 * How an answer counts. `ok`: the call did what the visitor wanted. `business`: Festin refused
 * by a business rule (400, 404, 409), reported as such. `failure`: anything else.
 */
function classifyResponse(endpoint, status) {
  if (endpoint === ENDPOINTS.enqueue) {
    if (status === 201 || status === 200) return 'ok';
  } else if (endpoint === ENDPOINTS.cancel) {
    if (status === 204) return 'ok';
  } else if (status === 200) {
    return 'ok';
  }
  return EXPECTED_STATUSES.also.indexOf(status) >= 0 ? 'business' : 'failure';
}

/** The tags of a request: endpoint, and the stage and profile when it is made by the load itself. */
function requestTags(endpoint, stageIndex, profile) {
  const tags = {};
  tags[TAGS.endpoint] = endpoint;
  if (stageIndex !== null && stageIndex !== undefined) tags[TAGS.stage] = String(stageIndex);
  if (profile) tags[TAGS.profile] = profile;
  return tags;
}

/** The plan of a bundled scenario and profile named by a run's tags; undefined for any other name. */
function taggedStagePlan(scenario, profile) {
  if (SCENARIOS.indexOf(scenario) < 0 || PROFILES.indexOf(profile) < 0) return undefined;
  return stagePlanFor(scenario, profile);
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/results/analyze.ts + 4 modules
var analyze = __nccwpck_require__(7667);
;// CONCATENATED MODULE: ./src/results/format-table.ts
function formatRunResult(result) {
    const row = (label, o) => [
        label,
        String(o.requests),
        fixed(o.rps, 2),
        percent(o.errorRate),
        ...durationCells(o),
    ];
    const o = result.wholeRun;
    const lines = [
        `k6 results: ${result.file}${result.truncated ? ' (last line cut short: k6 was stopped mid-write)' : ''}`,
        `${result.startTime || '-'} .. ${result.endTime || '-'} (${seconds(result.durationMs)}; the load ${seconds(result.loadDurationMs)} from ${result.scenarioStartTime || '-'})`,
        describedLine(result),
        '',
        // The load is what perf-gate judges; the whole run (setup() and teardown() too) is what k6's summary prints.
        table(['', 'requests', 'req/s', 'errors', 'avg', 'min', 'med', 'p90', 'p95', 'p99', 'max'], [row('load', result.overall), row('whole run (k6)', o)]),
        '',
        `iterations ${o.iterations}, dropped ${o.droppedIterations}, max VUs ${o.maxVus}, checks ${o.checks.passes} ok / ${o.checks.fails} failed`,
    ];
    if (result.endpoints.length > 0) {
        lines.push('', 'Endpoints');
        lines.push(table(['phase', 'method', 'name', 'requests', 'req/s', 'errors', 'avg', 'min', 'med', 'p90', 'p95', 'p99', 'max'], result.endpoints.map((e) => [
            e.phase,
            e.method,
            e.name,
            String(e.requests),
            fixed(e.rps, 2),
            percent(e.errorRate),
            ...durationCells(e),
        ])));
    }
    if (result.statuses.length > 0) {
        lines.push('', 'Statuses');
        lines.push(table(['status', 'requests', 'k6 error code', 'errors'], result.statuses.map((s) => [
            String(s.status),
            String(s.count),
            s.errorCode === null ? '' : String(s.errorCode),
            s.errors.map((e) => `${e.message} (${e.count})`).join('; '),
        ])));
    }
    if (result.stages.length > 0) {
        lines.push('', 'Stages');
        lines.push(table(['stage', 'from', 'to', 'requests', 'req/s', 'p95', 'p99', 'errors', 'max VUs'], result.stages.map((s) => [
            s.stage.label,
            seconds(s.stage.startMs),
            seconds(s.stage.endMs),
            String(s.requests),
            fixed(s.rps, 2),
            ms(s.duration?.p95),
            ms(s.duration?.p99),
            percent(s.errorRate),
            String(s.maxVus),
        ])));
    }
    return `${lines.join('\n')}\n`;
}
/** What the run's tags said: scenario, profile, and where the stages came from. */
function describedLine(result) {
    const d = result.described;
    const windows = { requests: "the requests' stage tags", plan: "the plan's times", none: 'none' }[d.windowsFrom];
    const plan = { tags: 'the tagged scenario and profile', given: 'the plan given', none: 'no plan' }[d.planFrom];
    return `scenario tag ${d.scenario ?? '-'}, profile tag ${d.profile ?? '-'}; stage labels from ${plan}, windows from ${windows}`;
}
function durationCells(stats) {
    const d = stats.duration;
    return [d?.avg, d?.min, d?.med, d?.p90, d?.p95, d?.p99, d?.max].map(ms);
}
/** Columns padded to their widest cell; numbers right-aligned. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const numeric = header.map((_, i) => rows.every((r) => /^[-\d.,%\s]*(ms|s)?$/.test(r[i] ?? '')));
    const render = (cells) => cells
        .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(render)].join('\n');
}
function ms(value) {
    return value === undefined ? '-' : `${fixed(value, 2)} ms`;
}
function seconds(valueMs) {
    return `${fixed(valueMs / 1000, 1)} s`;
}
function percent(rate) {
    return `${fixed(rate * 100, 2)}%`;
}
function fixed(value, digits) {
    return value.toFixed(digits);
}

// EXTERNAL MODULE: ./scenarios/lib/options.js
var lib_options = __nccwpck_require__(1973);
;// CONCATENATED MODULE: ./src/cli/usage.ts
/** The CLI's shared vocabulary: its streams, a subcommand's shape and the usage text. */
const USAGE = `usage: perf-gate <command> [options]

commands:
  analyze <file> [--json] [--stages enqueue|spike]
      Analyse a k6 results file (k6 run --out json=FILE, plain or .gz).
      --json     print the RunResult as JSON instead of tables (with the 95% intervals and time series)
      --stages   cut requests without a stage tag into the stages of a bundled scenario
  run --base-url URL [--scenario S] [--profile P] [--booth-id N] [--thresholds FILE]
      [--k6-path K6] [--k6-version V] [--results-file FILE] [--fail-on F] [--comment C]
      [--prometheus-url URL] [--grafana-url URL] …   (every input of action.yml is a flag)
      The whole gate, as the action runs it: the report on stdout (run > report.md), progress,
      the results folder (.perf-gate/runs/<time>-<scenario>/) and the verdict on stderr; exits 1
      when the step would fail. Secrets come from the environment only: AUTH_TOKEN,
      PROMETHEUS_AUTH_HEADER, GITHUB_TOKEN.
`;
function usageError(io, message) {
    io.stderr(`perf-gate: ${message}\n\n${USAGE}`);
    return 2;
}

;// CONCATENATED MODULE: ./src/cli/analyze.ts
/**
 * `perf-gate analyze <file>`: a k6 results file as tables or as JSON. The JSON is the RunResult
 * with the judged figures under `load` and k6's own summary figures under `wholeRun`.
 */




/** The stage plans of the bundled scenarios' full profile (Festin's guide), for --stages (runs without a profile tag). */
const BUNDLED_STAGE_PLANS = {
    enqueue: (0,lib_options/* stagePlanFor */.$z)('enqueue', 'full'),
    spike: (0,lib_options/* stagePlanFor */.$z)('spike', 'full'),
};
const analyze_analyze = async (args, io) => {
    let file;
    let json = false;
    let stagePlan;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--json')
            json = true;
        else if (arg === '--stages') {
            const name = args[++i] ?? '';
            stagePlan = BUNDLED_STAGE_PLANS[name];
            if (!stagePlan)
                return usageError(io, `--stages takes one of ${Object.keys(BUNDLED_STAGE_PLANS).join(', ')}; got "${name}"`);
        }
        else if (arg.startsWith('-'))
            return usageError(io, `unknown option ${arg}`);
        else if (file === undefined)
            file = arg;
        else
            return usageError(io, `one file only; got "${file}" and "${arg}"`);
    }
    if (file === undefined)
        return usageError(io, 'analyze needs the k6 results file');
    try {
        const options = { stagePlan, planOf: lib_options/* taggedStagePlan */.sE };
        // Tables print no intervals and no time series: they are computed for --json only.
        io.stdout(json
            ? `${JSON.stringify(analysisJson(await (0,analyze/* analyzeFile */.xy)(file, options)), null, 2)}\n`
            : formatRunResult(await (0,analyze/* analyzeFileFigures */.iF)(file, options)));
        return 0;
    }
    catch (error) {
        if (error instanceof analyze/* AnalysisError */.L6) {
            io.stderr(`perf-gate: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
};
/** The RunResult as `analyze --json` shows it: `load` (what perf-gate judges) beside `wholeRun` (k6's summary). */
function analysisJson(result) {
    const { overall, wholeRun, ...rest } = result;
    return { load: overall, wholeRun, ...rest };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * perf-gate from a terminal. A dispatcher over subcommands; each takes its arguments and the
 * streams to write to, so it can be tested without a process. The process entry is index.ts.
 *   perf-gate analyze <file> [--json] [--stages enqueue|spike]
 *   perf-gate run --base-url URL [--scenario enqueue] [--profile quick] …
 */



/**
 * `run` loads the whole pipeline (@actions/*, k6 install, GitHub) only when asked for: in the
 * bundle that is a separate chunk, so `analyze` starts without parsing it.
 */
const runCommand = async (args, io) => {
    const { parseRunArgs, runGate } = await Promise.all(/* import() */[__nccwpck_require__.e(754), __nccwpck_require__.e(979)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3979));
    const parsed = parseRunArgs(args, process.env);
    if ('error' in parsed)
        return usageError(io, parsed.error);
    return runGate(parsed.inputs, { out: io.stdout, err: io.stderr });
};
const SUBCOMMANDS = { analyze: analyze_analyze, run: runCommand };
async function main(argv, io) {
    const [command, ...args] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
    }
    const subcommand = SUBCOMMANDS[command];
    if (!subcommand)
        return usageError(io, `unknown command "${command}"`);
    return subcommand(args, io);
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** The `perf-gate` command: bundled into dist/cli/index.js, the package's bin. */

const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
main(process.argv.slice(2), io).then((code) => (process.exitCode = code), (error) => {
    process.stderr.write(`perf-gate: ${error.stack ?? String(error)}\n`);
    process.exitCode = 1;
});

