/**
 * Cuts a byte stream into runs of whole lines. A newline byte never occurs inside a
 * multi-byte UTF-8 character, so cutting there keeps characters whole.
 */
export class LineChunker {
  private pending: Buffer | null = null;

  /**
   * Emits the chunk's complete lines and keeps the unfinished last line (copied: the caller
   * may reuse `chunk`'s memory).
   */
  push(chunk: Buffer, emit: (lines: Buffer) => void): void {
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
    if (cut > 0) emit(bytes.subarray(0, cut));
    this.pending = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null;
  }

  /** The bytes after the last newline (a line cut short, or a last line without newline). */
  rest(): Buffer {
    const rest = this.pending ?? Buffer.alloc(0);
    this.pending = null;
    return rest;
  }

  /** Bytes held while waiting for a newline. */
  get pendingBytes(): number {
    return this.pending?.length ?? 0;
  }
}
