/**
 * Parses k6's sample times (Go RFC 3339 with up to 9 fraction digits, "Z" or "+hh:mm") to
 * milliseconds since the epoch, straight from the bytes. Consecutive samples share their
 * second, so the whole-second part is parsed once and reused; only the fraction is read.
 */
export class SampleTimeParser {
  /** The cached "YYYY-MM-DDTHH:MM:SS" (19 bytes) and zone bytes. */
  private readonly second = new Uint8Array(19);
  private zone = new Uint8Array(0);
  private secondMs = Number.NaN;

  /** Parses bytes[start, end) (without quotes); NaN when it is not such a time. */
  parse(bytes: Uint8Array, start: number, end: number): number {
    const secondEnd = start + 19;
    if (end < secondEnd + 1) return Number.NaN;
    let pos = secondEnd;
    let fraction = 0;
    let scale = 1;
    if (bytes[pos] === 46 /* . */) {
      pos++;
      for (; pos < end; pos++) {
        const c = bytes[pos] as number;
        if (c < 48 || c > 57) break;
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
  parseText(text: string): number {
    return this.parse(Buffer.from(text, 'latin1'), 0, text.length);
  }

  private sameSecond(bytes: Uint8Array, start: number, zoneStart: number, end: number): boolean {
    const second = this.second;
    for (let i = 18; i >= 0; i--) if (bytes[start + i] !== second[i]) return false;
    const zone = this.zone;
    if (end - zoneStart !== zone.length) return false;
    for (let i = 0; i < zone.length; i++) if (bytes[zoneStart + i] !== zone[i]) return false;
    return true;
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
