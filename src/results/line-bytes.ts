/** Byte-level helpers of the line scanner's hot path: no strings made unless needed. */

/** The time and tag bytes of the last HTTP line read in place, and what they were read as. */
export class PreviousRequestLine {
  time = Number.NaN;
  tagId = -1;
  private timeBytes = Buffer.alloc(64);
  private timeLength = -1;
  private tagBytes = Buffer.alloc(1024);
  private tagLength = -1;

  matches(bytes: Buffer, timeStart: number, timeEnd: number, tagsStart: number, tagsEnd: number): boolean {
    return (
      timeEnd - timeStart === this.timeLength &&
      tagsEnd - tagsStart === this.tagLength &&
      bytes.compare(this.timeBytes, 0, this.timeLength, timeStart, timeEnd) === 0 &&
      bytes.compare(this.tagBytes, 0, this.tagLength, tagsStart, tagsEnd) === 0
    );
  }

  remember(
    bytes: Buffer,
    timeStart: number,
    timeEnd: number,
    tagsStart: number,
    tagsEnd: number,
    time: number,
    tagId: number,
  ): void {
    this.timeLength = timeEnd - timeStart;
    this.tagLength = tagsEnd - tagsStart;
    if (this.timeBytes.length < this.timeLength) this.timeBytes = Buffer.alloc(this.timeLength * 2);
    if (this.tagBytes.length < this.tagLength) this.tagBytes = Buffer.alloc(this.tagLength * 2);
    bytes.copy(this.timeBytes, 0, timeStart, timeEnd);
    bytes.copy(this.tagBytes, 0, tagsStart, tagsEnd);
    this.time = time;
    this.tagId = tagId;
  }
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

/** JSON number bytes to a number: small integers (counters, flags, VUs) directly, others as JavaScript parses them (exact). */
export function parseNumber(bytes: Buffer, start: number, end: number): number {
  if (end === start) return Number.NaN;
  if (end - start <= 9) {
    let n = 0;
    let i = start;
    for (; i < end; i++) {
      const c = bytes[i] as number;
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (i === end) return n;
  }
  const text = bytes.toString('latin1', start, end);
  // Number() accepts forms JSON does not ("", " 1", "0x1"): only JSON's digits, sign, point, exponent pass.
  return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
