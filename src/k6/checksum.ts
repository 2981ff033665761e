import { createHash } from 'node:crypto';
import { InstallError } from './install-error.js';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The expected SHA-256 of `archiveName` from a `sha256sum`-format file (`<hex>  <name>`, or `<hex> *<name>` in
 * binary mode). `checksumsName` only serves the error message.
 */
export function expectedSha256(checksumsText: string, archiveName: string, checksumsName: string): string {
  for (const line of checksumsText.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (match?.[1] && match[2]?.trim() === archiveName) return match[1].toLowerCase();
  }
  throw new InstallError(
    `${checksumsName} lists no SHA-256 for ${archiveName}, so it cannot be verified; nothing was extracted. ` +
      `Check that this k6 version publishes an archive for this platform, or that the download mirror is complete.`,
  );
}

/** Refuses the archive unless its bytes hash to the published value. */
export function verifySha256(bytes: Uint8Array, expected: string, archiveName: string, checksumsName: string): void {
  const actual = sha256Hex(bytes);
  if (actual !== expected) {
    throw new InstallError(
      `Checksum mismatch for ${archiveName}: expected ${expected} (from ${checksumsName}), got ${actual}. ` +
        `The download is corrupt or was tampered with; nothing was extracted.`,
    );
  }
}
