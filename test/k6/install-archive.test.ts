import { existsSync, lstatSync, mkdtempSync, readlinkSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../src/k6/archive-entry.js';
import { checkArchiveEntries, extractArchive, readArchiveEntries } from '../../src/k6/archive.js';
import { installK6 } from '../../src/k6/install.js';
import { k6Platform } from '../../src/k6/platform.js';
import { buildTarGz, buildZips, fakeK6Script } from '../support/k6-release-archive.js';
import type { ZipMember } from '../support/k6-release-archive.js';
import { k6ReleaseHarness, linuxRelease, type K6ReleaseHarness } from '../support/k6-release-harness.js';

const V = '2.2.0';
const FOLDER = `k6-v${V}-linux-amd64`;
const ARCHIVE = `${FOLDER}.tar.gz`;
const refusal = (entry: string, why: string, archive = ARCHIVE): string =>
  `${archive} was refused: its entry "${entry}" ${why}. A k6 release archive holds one folder with k6 inside; ` +
  'nothing was extracted.';

let h: K6ReleaseHarness;
beforeEach(async () => {
  h = await k6ReleaseHarness();
});
afterEach(async () => {
  await h.dispose();
});

const request = () => ({ version: V, k6Path: null, downloadBaseUrl: h.server.baseUrl });
const stagingFolder = () => path.join(process.env['RUNNER_TEMP']!, 'perf-gate-k6', FOLDER);

describe('hostile release archives (published with matching checksums) are refused whole', () => {
  it('refuses a ../ entry and writes nothing, not even the good k6 before it', async () => {
    const { archive } = linuxRelease(h.root, V, [{ name: '../../pwned', content: 'owned' }]);
    h.publish(V, ARCHIVE, archive);

    await expect(installK6(request(), h.deps())).rejects.toThrow(
      refusal('../../pwned', 'climbs out of the target folder with ".."'),
    );
    expect(existsSync(stagingFolder())).toBe(false);
    expect(existsSync(path.join(process.env['RUNNER_TEMP']!, 'pwned'))).toBe(false);
    expect(existsSync(path.join(process.env['RUNNER_TOOL_CACHE']!, 'k6'))).toBe(false);
    expect(h.cache.calls).toEqual([`restore perf-gate-${FOLDER}`]);
  });

  it('refuses an absolute path entry', async () => {
    const target = path.join(h.root, 'absolute-pwned');
    const { archive } = linuxRelease(h.root, V, [{ name: target, content: 'owned' }]);
    h.publish(V, ARCHIVE, archive);

    await expect(installK6(request(), h.deps())).rejects.toThrow(refusal(target, 'is an absolute path'));
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a symlink pointing outside the folder', async () => {
    const { archive } = linuxRelease(h.root, V, [{ name: `${FOLDER}/escape`, symlinkTo: '../../..' }]);
    h.publish(V, ARCHIVE, archive);

    await expect(installK6(request(), h.deps())).rejects.toThrow(
      refusal(`${FOLDER}/escape`, 'links outside the target folder ("../../..")'),
    );
    expect(existsSync(stagingFolder())).toBe(false);
  });

  it('refuses a symlink to an absolute path', async () => {
    const { archive } = linuxRelease(h.root, V, [{ name: `${FOLDER}/passwd`, symlinkTo: '/etc/passwd' }]);
    h.publish(V, ARCHIVE, archive);

    await expect(installK6(request(), h.deps())).rejects.toThrow(
      refusal(`${FOLDER}/passwd`, 'links to the absolute path "/etc/passwd"'),
    );
  });

  it('refuses the same attacks in a zip: ../ entry, absolute entry, outward symlink', async () => {
    const zipName = `k6-v${V}-macos-arm64.zip`;
    const macos = { platform: k6Platform('darwin', 'arm64') };
    const good = { name: `k6-v${V}-macos-arm64/k6`, content: fakeK6Script(V), mode: 0o755 };
    const cases: Array<[ZipMember, string, string]> = [
      [{ name: '../pwned', content: 'x' }, '../pwned', 'climbs out of the target folder with ".."'],
      [{ name: '/tmp/pwned', content: 'x' }, '/tmp/pwned', 'is an absolute path'],
      [{ name: 'C:/pwned', content: 'x' }, 'C:/pwned', 'is an absolute path'],
      [{ name: '..\\pwned', content: 'x' }, '..\\pwned', 'climbs out of the target folder with ".."'],
      [
        { name: 'k6-v2.2.0-macos-arm64/out', symlinkTo: '../..' },
        'k6-v2.2.0-macos-arm64/out',
        'links outside the target folder ("../..")',
      ],
    ];
    const zips = buildZips(
      h.root,
      cases.map(([member]) => [good, member]),
    );
    for (const [index, [, entry, why]] of cases.entries()) {
      h.publish(V, zipName, zips[index]!);
      await expect(installK6(request(), h.deps(macos))).rejects.toThrow(refusal(entry, why, zipName));
    }
    expect(existsSync(path.join(process.env['RUNNER_TOOL_CACHE']!, 'k6'))).toBe(false);
  });
});

describe('checkArchiveEntries', () => {
  const entry = (name: string, type: ArchiveEntry['type'] = 'file', linkTarget = ''): ArchiveEntry => ({
    name,
    type,
    mode: 0o644,
    linkTarget,
    description: 'character device',
    contents: () => Buffer.from('x'),
  });
  const check =
    (...entries: ArchiveEntry[]) =>
    () =>
      checkArchiveEntries(entries, 'a.tar.gz');

  it('accepts folders, files, ./ prefixes and links that stay inside', () => {
    const safe = checkArchiveEntries(
      [
        entry('./', 'directory'),
        entry('./k6/', 'directory'),
        entry('./k6/k6'),
        entry('k6/bin/run', 'symlink', '../k6'),
        entry('k6/copy', 'hardlink', 'k6/k6'),
      ],
      'a.tar.gz',
    );
    expect(safe.map((item) => item.relativePath)).toEqual(['k6', 'k6/k6', 'k6/bin/run', 'k6/copy']);
  });

  it('refuses a link that resolves through another link (its real target could be anywhere)', () => {
    expect(check(entry('k6/here', 'symlink', '.'), entry('k6/x', 'symlink', 'here/../..'))).toThrow(
      'its entry "k6/x" links through another link ("here/../..")',
    );
  });

  it('refuses an entry beneath a link, so nothing is ever written through one', () => {
    expect(check(entry('k6/dir', 'symlink', 'inner'), entry('k6/dir/file'))).toThrow(
      'its entry "k6/dir/file" lies beneath "k6/dir", which is not a folder',
    );
  });

  it('refuses devices, duplicates, hard links to missing files and colons', () => {
    expect(check(entry('k6/tty', 'other'))).toThrow('its entry "k6/tty" is a character device');
    expect(check(entry('k6/k6'), entry('./k6/k6'))).toThrow('its entry "./k6/k6" appears twice');
    expect(check(entry('k6/h', 'hardlink', '../../etc/shadow'))).toThrow('links outside the target folder');
    expect(check(entry('k6/h', 'hardlink', 'k6/nothing'))).toThrow('links to "k6/nothing", not a file in it');
    expect(check(entry('k6/k6:stream'))).toThrow('contains ":"');
  });
});

describe('extractArchive', () => {
  it('extracts a tarball with a long name and an inside symlink exactly', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'k6-release-extract-'));
    try {
      const long = `k6/${'deep/'.repeat(30)}file.txt`;
      const archive = buildTarGz(work, [
        { name: 'k6/k6', content: 'bin', mode: 0o755 },
        { name: long, content: 'long' },
        { name: 'k6/latest', symlinkTo: 'k6' },
      ]);
      expect(readArchiveEntries(archive, 'x.tar.gz').map((item) => [item.name, item.type])).toEqual([
        ['k6/k6', 'file'],
        [long, 'file'],
        ['k6/latest', 'symlink'],
      ]);

      const target = path.join(work, 'out');
      await extractArchive(archive, 'x.tar.gz', target);

      expect(readdirSync(path.join(target, 'k6')).sort()).toEqual(['deep', 'k6', 'latest']);
      expect(lstatSync(path.join(target, 'k6', 'k6')).mode & 0o777).toBe(0o755);
      expect(lstatSync(path.join(target, 'k6', 'latest')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path.join(target, 'k6', 'latest'))).toBe('k6');
      expect(existsSync(path.join(target, long))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
