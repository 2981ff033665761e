/** Byte-level helpers of the line scanner's hot path: no strings made unless needed. */

/** The time and tag bytes of the last HTTP line read in place, and what they were read as. */
export class PreviousRequestLine {
  time = Number.NaN;
  tagId = -1;
  private timeBytes = Buffer.alloc(64);
  private timeLength = -1;
  /** The tag bytes: a RawTagIds entry (no copy), or `ownTags` when there was none to keep them. */
  private tags: Buffer = Buffer.alloc(0);
  private ownTags = Buffer.alloc(1024);

  matches(bytes: Buffer, timeStart: number, timeEnd: number, tagsStart: number, tagsEnd: number): boolean {
    const tags = this.tags;
    return (
      timeEnd - timeStart === this.timeLength &&
      tagsEnd - tagsStart === tags.length &&
      sameBytes(bytes, timeStart, this.timeBytes, this.timeLength) &&
      // Tags run to a few hundred bytes: there memcmp beats a loop, call and all.
      bytes.compare(tags, 0, tags.length, tagsStart, tagsEnd) === 0
    );
  }

  /** Remembers a line's time and tags; `kept` holds the same tag bytes already (a RawTagIds entry), or is null. */
  remember(
    bytes: Buffer,
    timeStart: number,
    timeEnd: number,
    tagsStart: number,
    tagsEnd: number,
    read: { time: number; tagId: number; kept: Buffer | null },
  ): void {
    this.timeLength = timeEnd - timeStart;
    if (this.timeBytes.length < this.timeLength) this.timeBytes = Buffer.alloc(this.timeLength * 2);
    copyBytes(bytes, timeStart, this.timeBytes, this.timeLength);
    if (read.kept) {
      this.tags = read.kept;
    } else {
      const length = tagsEnd - tagsStart;
      if (this.ownTags.length < length) this.ownTags = Buffer.alloc(length * 2);
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
export class RawTagIds {
  private readonly kept: Array<{ bytes: Buffer; id: number }> = [];

  /** The kept entry equal to bytes[start, end), or null. */
  find(bytes: Buffer, start: number, end: number): { bytes: Buffer; id: number } | null {
    const length = end - start;
    for (const entry of this.kept) {
      if (entry.bytes.length === length && bytes.compare(entry.bytes, 0, length, start, end) === 0) return entry;
    }
    return null;
  }

  /** Keeps a copy of bytes[start, end) under `id`, while there is room; returns the copy, or null. */
  keep(bytes: Buffer, start: number, end: number, id: number): Buffer | null {
    if (this.kept.length >= RAW_TAGS_KEPT) return null;
    const copy = Buffer.from(bytes.subarray(start, end));
    this.kept.push({ bytes: copy, id });
    return copy;
  }
}

/** The end of a quoted text starting at `from` (the index of its closing quote), looked for up to `end`; -1 if none. */
export function quoteEnd(bytes: Buffer, from: number, end: number): number {
  // Times are 30 bytes: a loop beats a call into Buffer.indexOf.
  for (let at = from; at < end; at++) if (bytes[at] === 34) return at;
  return -1;
}

// A time's 30 bytes: a loop is cheaper than a call into Buffer.compare or Buffer.copy (and allocates nothing).
function sameBytes(bytes: Buffer, at: number, kept: Buffer, length: number): boolean {
  for (let i = length - 1; i >= 0; i--) if (bytes[at + i] !== kept[i]) return false;
  return true;
}

function copyBytes(bytes: Buffer, at: number, into: Buffer, length: number): void {
  for (let i = 0; i < length; i++) into[i] = bytes[at + i] as number;
}

export function startsWith(bytes: Buffer, at: number, prefix: Buffer): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** Whether `needle` occurs within bytes[from, to): bounded, unlike Buffer.indexOf, which would search on into the lines after. */
export function containsWithin(bytes: Buffer, from: number, to: number, needle: Buffer): boolean {
  const first = needle[0];
  for (let at = from; at + needle.length <= to; at++) {
    if (bytes[at] === first && startsWith(bytes, at, needle)) return true;
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
export function parseNumber(bytes: Buffer, start: number, end: number): number {
  if (end === start) return Number.NaN;
  let m = 0;
  let digits = 0;
  let point = -1;
  let i = start;
  for (; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0 && digits > 0) {
      point = digits;
    } else break;
  }
  if (i === end && digits <= 15 && point !== digits)
    return point < 0 ? m : m / (POWERS_OF_TEN[digits - point] as number);
  const text = bytes.toString('latin1', start, end);
  // Number() accepts forms JSON does not ("", " 1", "0x1"): only JSON's digits, sign, point, exponent pass.
  return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
