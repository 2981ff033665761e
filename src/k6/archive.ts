import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArchiveEntry } from './archive-entry.js';
import { readTarGzEntries } from './archive-tar.js';
import { readZipEntries } from './archive-zip.js';
import { InstallError } from './install-error.js';

/** A member that passed the checks, with its path relative to the target folder (forward slashes). */
interface SafeEntry {
  entry: ArchiveEntry;
  relativePath: string;
}

function refuse(archiveName: string, entryName: string, why: string): never {
  throw new InstallError(
    `${archiveName} was refused: its entry "${entryName}" ${why}. A k6 release archive holds one folder with k6 ` +
      `inside; nothing was extracted.`,
  );
}

/** Splits a stored name into path segments, treating `\` as a separator too (it is one on Windows). */
function segmentsOf(name: string): string[] {
  return name.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
}

function isAbsolute(name: string): boolean {
  return /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name);
}

/**
 * Walks a link target from `startSegments`; returns the path it lands on, or a reason to refuse it. Passing
 * through another link is refused because that link's own target would decide where the walk really goes.
 */
function resolveLinkTarget(startSegments: string[], target: string, linkPaths: Set<string>): string | { why: string } {
  if (isAbsolute(target)) return { why: `links to the absolute path "${target}"` };
  const parts = segmentsOf(target);
  const walked = [...startSegments];
  for (const [index, part] of parts.entries()) {
    if (part === '..') {
      if (walked.length === 0) return { why: `links outside the target folder ("${target}")` };
      walked.pop();
      continue;
    }
    walked.push(part);
    if (index < parts.length - 1 && linkPaths.has(walked.join('/'))) {
      return { why: `links through another link ("${target}")` };
    }
  }
  return walked.length === 0 ? { why: `links to the target folder itself ("${target}")` } : walked.join('/');
}

/** Refuses the whole archive if any entry could land outside the target folder; returns the entries to write. */
export function checkArchiveEntries(entries: ArchiveEntry[], archiveName: string): SafeEntry[] {
  const safe: SafeEntry[] = [];
  const linkPaths = new Set<string>();
  const filePaths = new Set<string>();
  for (const entry of entries) {
    if (isAbsolute(entry.name)) refuse(archiveName, entry.name, 'is an absolute path');
    const segments = segmentsOf(entry.name);
    if (segments.includes('..')) refuse(archiveName, entry.name, 'climbs out of the target folder with ".."');
    if (segments.some((segment) => segment.includes(':'))) refuse(archiveName, entry.name, 'contains ":"');
    if (entry.type === 'other') refuse(archiveName, entry.name, `is a ${entry.description}`);
    const relativePath = segments.join('/');
    if (relativePath === '') {
      if (entry.type === 'directory') continue;
      refuse(archiveName, entry.name, 'has no name');
    }
    if (entry.type !== 'directory') {
      if (filePaths.has(relativePath) || linkPaths.has(relativePath)) refuse(archiveName, entry.name, 'appears twice');
      (entry.type === 'symlink' || entry.type === 'hardlink' ? linkPaths : filePaths).add(relativePath);
    }
    safe.push({ entry, relativePath });
  }
  for (const { entry, relativePath } of safe) {
    const segments = relativePath.split('/');
    for (let depth = 1; depth < segments.length; depth++) {
      const parent = segments.slice(0, depth).join('/');
      if (linkPaths.has(parent) || filePaths.has(parent)) {
        refuse(archiveName, entry.name, `lies beneath "${parent}", which is not a folder`);
      }
    }
    if (entry.type === 'symlink') {
      const landing = resolveLinkTarget(segments.slice(0, -1), entry.linkTarget, linkPaths);
      if (typeof landing !== 'string') refuse(archiveName, entry.name, landing.why);
    }
    if (entry.type === 'hardlink') {
      const landing = resolveLinkTarget([], entry.linkTarget, linkPaths);
      if (typeof landing !== 'string') refuse(archiveName, entry.name, landing.why);
      if (!filePaths.has(landing)) refuse(archiveName, entry.name, `links to "${entry.linkTarget}", not a file in it`);
    }
  }
  return safe;
}

/** Lists a .tar.gz or .zip (by its name) without writing anything. */
export function readArchiveEntries(archive: Buffer, archiveName: string): ArchiveEntry[] {
  return archiveName.endsWith('.zip') ? readZipEntries(archive, archiveName) : readTarGzEntries(archive, archiveName);
}

/**
 * Extracts an already verified archive into `targetFolder` (emptied first). Every entry is checked before the
 * first byte is written; links are created last so no file is ever written through one.
 */
export async function extractArchive(archive: Buffer, archiveName: string, targetFolder: string): Promise<void> {
  const safe = checkArchiveEntries(readArchiveEntries(archive, archiveName), archiveName);
  await fs.rm(targetFolder, { recursive: true, force: true });
  await fs.mkdir(targetFolder, { recursive: true });
  const root = path.resolve(targetFolder);
  const destination = (relativePath: string): string => {
    const resolved = path.resolve(root, ...relativePath.split('/'));
    const relative = path.relative(root, resolved);
    // Defence in depth: checkArchiveEntries already guarantees this.
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      refuse(archiveName, relativePath, 'resolves outside the target folder');
    }
    return resolved;
  };
  const order: ArchiveEntry['type'][] = ['directory', 'file', 'hardlink', 'symlink'];
  for (const type of order) {
    for (const { entry, relativePath } of safe.filter((item) => item.entry.type === type)) {
      const target = destination(relativePath);
      if (type === 'directory') {
        await fs.mkdir(target, { recursive: true });
        continue;
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      if (type === 'file') {
        await fs.writeFile(target, entry.contents(), { flag: 'wx', mode: entry.mode & 0o777 || 0o644 });
      } else if (type === 'hardlink') {
        const source = destination(segmentsOf(entry.linkTarget).join('/'));
        await fs.copyFile(source, target, fs.constants.COPYFILE_EXCL);
      } else {
        await fs.symlink(entry.linkTarget, target);
      }
    }
  }
}
