import { gunzipSync } from 'node:zlib';
import type { ArchiveEntry } from './archive-entry.js';
import { InstallError } from './install-error.js';

const BLOCK = 512;

function text(bytes: Buffer, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.toString('utf8', 0, end === -1 ? field.length : end);
}

function octal(header: Buffer, start: number, length: number, archiveName: string): number {
  if ((header[start] ?? 0) & 0x80) {
    throw new InstallError(`${archiveName} uses a base-256 size field (a member over 8 GB); a k6 archive never does.`);
  }
  const digits = text(header, start, length).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}

/** `<length> <key>=<value>\n` records of a pax extended header. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const length = parseInt(data.toString('utf8', offset, space), 10);
    if (space === -1 || !Number.isFinite(length) || length <= 0) break;
    const record = data.toString('utf8', space + 1, offset + length - 1);
    const equals = record.indexOf('=');
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}

const OTHER_TYPES: Record<string, string> = {
  '3': 'character device',
  '4': 'block device',
  '6': 'FIFO',
  S: 'sparse file',
};

/** Lists a .tar.gz's members (ustar, GNU long names, pax paths) without writing anything. */
export function readTarGzEntries(archive: Buffer, archiveName: string): ArchiveEntry[] {
  let tar: Buffer;
  try {
    tar = gunzipSync(archive);
  } catch (error) {
    throw new InstallError(`${archiveName} is not a gzip file (${(error as Error).message}).`);
  }
  const entries: ArchiveEntry[] = [];
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    if (sum !== octal(header, 148, 8, archiveName)) {
      throw new InstallError(`${archiveName} is not a valid tar archive: bad header checksum at byte ${offset}.`);
    }
    const paxSize = pax.get('size');
    const size = paxSize === undefined ? octal(header, 124, 12, archiveName) : Number(paxSize);
    const dataStart = offset + BLOCK;
    if (!Number.isSafeInteger(size) || dataStart + size > tar.length) {
      throw new InstallError(`${archiveName} is truncated: a member at byte ${offset} runs past the end.`);
    }
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    const typeFlag = String.fromCharCode(header[156] ?? 0);
    if (typeFlag === 'L') longName = text(data, 0, data.length);
    else if (typeFlag === 'K') longLink = text(data, 0, data.length);
    else if (typeFlag === 'x') pax = paxRecords(data);
    else if (typeFlag !== 'g') {
      const prefix = header.toString('latin1', 257, 262) === 'ustar' ? text(header, 345, 155) : '';
      const plainName = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
      const type: ArchiveEntry['type'] =
        typeFlag === '0' || typeFlag === '\0' || typeFlag === '7'
          ? 'file'
          : typeFlag === '5'
            ? 'directory'
            : typeFlag === '2'
              ? 'symlink'
              : typeFlag === '1'
                ? 'hardlink'
                : 'other';
      entries.push({
        name: pax.get('path') ?? longName ?? plainName,
        type,
        mode: octal(header, 100, 8, archiveName) & 0o7777,
        linkTarget: pax.get('linkpath') ?? longLink ?? text(header, 157, 100),
        description: OTHER_TYPES[typeFlag] ?? `tar member of type '${typeFlag}'`,
        contents: () => data,
      });
      longName = undefined;
      longLink = undefined;
      pax = new Map();
    }
  }
  return entries;
}
