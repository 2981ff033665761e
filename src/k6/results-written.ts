import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** k6's results file, gzipped by k6 itself (it compresses when the name ends in .gz): a quarter-hour run is 85 MB plain. */
export const RESULTS_FILE_NAME = 'k6-results.ndjson.gz';

/**
 * Whether k6 wrote any result into `file`. A gzipped file is never empty even when k6 wrote
 * nothing (the header alone takes ~20 bytes), so its first uncompressed bytes are looked at.
 */
export function resultsWritten(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const raw = createReadStream(file);
    const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    const done = (written: boolean) => {
      raw.destroy();
      resolve(written);
    };
    stream.on('data', (chunk: Buffer) => {
      if (chunk.length > 0) done(true);
    });
    stream.on('end', () => done(false));
    // A missing file, or gzip cut before any data: nothing to judge.
    stream.on('error', () => done(false));
    raw.on('error', () => done(false));
  });
}
