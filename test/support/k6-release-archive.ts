import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A stand-in k6 binary: a shell script that answers `version` the way k6 does. */
export function fakeK6Script(version: string): string {
  return `#!/bin/sh\necho "k6 v${version} (commit/0123456789, go1.24.4, linux/amd64)"\n`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `sha256sum` output for the given files, as k6 publishes k6-vX.Y.Z-checksums.txt. */
export function checksumsFile(files: Record<string, Uint8Array>): string {
  return Object.entries(files)
    .map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`)
    .join('');
}

export interface TarMember {
  /** Name inside the archive; may be `../x` or absolute for hostile archives. */
  name: string;
  content?: string;
  /** Makes a symlink with this target instead of a file. */
  symlinkTo?: string;
  mode?: number;
}

/**
 * Builds a .tar.gz with the system `tar` (GNU tar), storing names verbatim: `../` through --transform,
 * absolute paths through -P.
 */
export function buildTarGz(workFolder: string, members: TarMember[]): Buffer {
  const source = mkdtempSync(path.join(workFolder, 'tar-'));
  const out = `${source}.tar.gz`;
  const tarArgs = ['-czf', out, '-P', '-C', source];
  members.forEach((member, index) => {
    const staged = `m${index}`;
    const stagedPath = path.join(source, staged);
    if (member.symlinkTo !== undefined) symlinkSync(member.symlinkTo, stagedPath);
    else writeFileSync(stagedPath, member.content ?? '', { mode: member.mode ?? 0o644 });
    const escaped = member.name.replace(/[\\,&]/g, (char) => `\\${char}`);
    tarArgs.push(`--transform=s,^${staged}$,${escaped},`, staged);
  });
  // GNU tar applies every --transform to every member: the anchored patterns keep each to its own.
  execFileSync('tar', tarArgs, { stdio: 'pipe' });
  return readFileSync(out);
}

export interface ZipMember {
  name: string;
  content?: string;
  symlinkTo?: string;
  mode?: number;
}

/** Builds a .zip with python3's zipfile, unix modes included (as k6's macOS/Windows zips carry them). */
export function buildZip(workFolder: string, members: ZipMember[]): Buffer {
  return buildZips(workFolder, [members])[0]!;
}

/** Several zips from one python3 run (its start-up dominates on a busy machine). */
export function buildZips(workFolder: string, archives: ZipMember[][]): Buffer[] {
  const outs = archives.map(() => `${mkdtempSync(path.join(workFolder, 'zip-'))}.zip`);
  const program = `
import json, sys, zipfile
for out, members in zip(json.loads(sys.argv[1]), json.loads(sys.argv[2])):
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            info = zipfile.ZipInfo(member['name'])
            info.create_system = 3
            info.compress_type = zipfile.ZIP_DEFLATED
            if member.get('symlinkTo') is not None:
                info.external_attr = (0o120777 << 16)
                archive.writestr(info, member['symlinkTo'])
            else:
                info.external_attr = ((0o100000 | member.get('mode', 0o644)) << 16)
                archive.writestr(info, member.get('content', ''))
`;
  execFileSync('python3', ['-c', program, JSON.stringify(outs), JSON.stringify(archives)], { stdio: 'pipe' });
  return outs.map((out) => readFileSync(out));
}
