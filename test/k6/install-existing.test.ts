import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOnPath } from '../../src/k6/install-existing.js';
import { InstallError, installK6 } from '../../src/k6/install.js';
import { fakeK6Script } from '../support/k6-release-archive.js';
import { k6ReleaseHarness, linuxRelease, type K6ReleaseHarness } from '../support/k6-release-harness.js';

const V = '2.2.0';
let h: K6ReleaseHarness;
beforeEach(async () => {
  h = await k6ReleaseHarness();
});
afterEach(async () => {
  await h.dispose();
});

function writeExecutable(name: string, script: string, mode = 0o755): string {
  const folder = path.join(h.root, 'bin', name);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'k6');
  writeFileSync(file, script, { mode });
  return file;
}

const fix = 'Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.';

describe('k6-path', () => {
  it('is used as is, whatever its version, with nothing downloaded', async () => {
    const k6 = writeExecutable('old', fakeK6Script('0.49.0'));

    const installed = await installK6({ version: V, k6Path: k6, downloadBaseUrl: h.server.baseUrl }, h.deps());

    expect(installed).toEqual({ k6Path: k6, version: '0.49.0', source: 'k6-path' });
    expect(h.server.requests).toEqual([]);
    expect(h.cache.calls).toEqual([]);
  });

  it('that does not exist is a clear error', async () => {
    const missing = path.join(h.root, 'nope', 'k6');
    await expect(
      installK6({ version: V, k6Path: missing, downloadBaseUrl: h.server.baseUrl }, h.deps()),
    ).rejects.toThrow(new InstallError(`k6-path "${missing}" does not exist. ${fix}`));
  });

  it('that is not executable says to chmod it', async () => {
    const k6 = writeExecutable('noexec', fakeK6Script(V), 0o644);
    await expect(installK6({ version: V, k6Path: k6, downloadBaseUrl: h.server.baseUrl }, h.deps())).rejects.toThrow(
      `k6-path "${k6}" is not executable: run chmod +x on it. ${fix}`,
    );
  });

  it('that is not k6 says what it printed and what k6 prints', async () => {
    const k6 = writeExecutable('impostor', '#!/bin/sh\necho "hello from a shell script"\n');
    await expect(installK6({ version: V, k6Path: k6, downloadBaseUrl: h.server.baseUrl }, h.deps())).rejects.toThrow(
      `k6-path "${k6}" is not k6: "${k6} version" exited 0 printing "hello from a shell script", ` +
        `where k6 prints "k6 vX.Y.Z (…)". ${fix}`,
    );
  });

  it('that is a folder is refused', async () => {
    await expect(
      installK6({ version: V, k6Path: h.root, downloadBaseUrl: h.server.baseUrl }, h.deps()),
    ).rejects.toThrow(`k6-path "${h.root}" is not a file. ${fix}`);
  });
});

describe('k6 on PATH', () => {
  it('is used when its version matches, with nothing downloaded', async () => {
    const k6 = writeExecutable('match', fakeK6Script(V));

    const installed = await installK6(
      { version: `v${V}`, k6Path: null, downloadBaseUrl: h.server.baseUrl },
      h.deps({ findOnPath: (name) => (name === 'k6' ? k6 : null) }),
    );

    expect(installed).toEqual({ k6Path: k6, version: V, source: 'path' });
    expect(h.server.requests).toEqual([]);
  });

  it('is ignored when its version differs, and the requested version is installed', async () => {
    const k6 = writeExecutable('other', fakeK6Script('0.49.0'));
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);

    const installed = await installK6(
      { version: V, k6Path: null, downloadBaseUrl: h.server.baseUrl },
      h.deps({ findOnPath: () => k6 }),
    );

    expect(installed.source).toBe('download');
    expect(installed.version).toBe(V);
    expect(h.log.lines).toContain(`Ignoring ${k6} on PATH: it is k6 v0.49.0, not v${V}`);
  });

  it('findOnPath looks through PATH folders in order', () => {
    const first = writeExecutable('first', fakeK6Script(V));
    const second = writeExecutable('second', fakeK6Script(V));
    const empty = path.join(h.root, 'empty');
    const pathVariable = [empty, path.dirname(first), path.dirname(second)].join(path.delimiter);

    expect(findOnPath('k6', pathVariable, 'linux')).toBe(first);
    expect(findOnPath('k6', empty, 'linux')).toBeNull();
  });
});

describe('k6-version', () => {
  it('malformed is refused naming it and the expected form, before anything else', async () => {
    await expect(
      installK6({ version: 'latest-ish', k6Path: null, downloadBaseUrl: h.server.baseUrl }, h.deps()),
    ).rejects.toThrow(
      "Input 'k6-version': 'latest-ish' is not a k6 release version. Use the form 1.2.3 (or v1.2.3), one of https://github.com/grafana/k6/releases",
    );
    expect(h.server.requests).toEqual([]);
    expect(h.cache.calls).toEqual([]);
  });
});
