import { inflateRawSync } from 'node:zlib';
import type { ArchiveEntry } from './archive-entry.js';
import { InstallError } from './install-error.js';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

function findEndOfCentralDirectory(zip: Buffer, archiveName: string): number {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new InstallError(`${archiveName} is not a zip archive (no end-of-central-directory record).`);
}

/** Lists a zip's members from its central directory without writing anything. */
export function readZipEntries(zip: Buffer, archiveName: string): ArchiveEntry[] {
  const end = findEndOfCentralDirectory(zip, archiveName);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) {
    throw new InstallError(`${archiveName} is a zip64 archive; a k6 release archive never is.`);
  }
  const entries: ArchiveEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
      throw new InstallError(`${archiveName} is corrupt: central directory entry ${i + 1} is missing.`);
    }
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const unixMode = madeBy === UNIX_HOST ? zip.readUInt32LE(at + 38) >>> 16 : 0;
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    const contents = (): Buffer => {
      if (flags & 1) throw new InstallError(`${archiveName}: ${name} is encrypted.`);
      if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
        throw new InstallError(`${archiveName} is corrupt: ${name} has no local header.`);
      }
      const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const stored = zip.subarray(start, start + compressedSize);
      const bytes = method === 0 ? Buffer.from(stored) : method === 8 ? inflateRawSync(stored) : null;
      if (bytes === null) throw new InstallError(`${archiveName}: ${name} uses compression method ${method}.`);
      if (bytes.length !== size) throw new InstallError(`${archiveName} is corrupt: ${name} has the wrong size.`);
      return bytes;
    };
    const fileType = unixMode & S_IFMT;
    const isLink = fileType === S_IFLNK;
    const isDirectory = name.endsWith('/') || fileType === S_IFDIR;
    const isOther = fileType !== 0 && !isLink && !isDirectory && fileType !== S_IFREG;
    entries.push({
      name,
      type: isLink ? 'symlink' : isDirectory ? 'directory' : isOther ? 'other' : 'file',
      mode: unixMode & 0o7777,
      linkTarget: isLink ? contents().toString('utf8') : '',
      description: `zip member of unix type 0o${fileType.toString(8)}`,
      contents,
    });
  }
  return entries;
}
