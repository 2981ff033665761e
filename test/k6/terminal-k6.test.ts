import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_REMEDIES, findTerminalK6, noK6Message } from '../../src/k6/terminal-k6.js';
import { fakeK6Script } from '../support/k6-release-archive.js';
import { k6ReleaseHarness, linuxRelease, type K6ReleaseHarness } from '../support/k6-release-harness.js';

const PINNED = '2.2.0';
let h: K6ReleaseHarness;
beforeEach(async () => {
  h = await k6ReleaseHarness();
});
afterEach(async () => {
  await h.dispose();
});

function writeK6(name: string, version: string): string {
  const folder = path.join(h.root, 'bin', name);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'k6');
  writeFileSync(file, fakeK6Script(version), { mode: 0o755 });
  return file;
}

const request = (over: { k6Path?: string | null; version?: string | null } = {}) => ({
  k6Path: null,
  version: null,
  defaultVersion: PINNED,
  downloadBaseUrl: h.server.baseUrl,
  ...over,
});

describe('the k6 a terminal run uses', () => {
  it('is the k6 on PATH whatever its version, named with its version, with nothing downloaded', async () => {
    const k6 = writeK6('old', '0.49.0');

    const found = await findTerminalK6(request(), CLI_REMEDIES, h.deps({ findOnPath: () => k6 }));

    expect(found).toEqual({
      k6: { k6Path: k6, version: '0.49.0', source: 'path' },
      said: `Using k6 v0.49.0 found on PATH at ${k6} (the action pins v${PINNED})`,
    });
    expect(h.server.requests).toEqual([]);
  });

  it('is the given --k6-path over the one on PATH', async () => {
    const onPath = writeK6('on-path', '0.49.0');
    const given = writeK6('given', '1.4.0');

    const found = await findTerminalK6(request({ k6Path: given }), CLI_REMEDIES, h.deps({ findOnPath: () => onPath }));

    expect(found).toEqual({
      k6: { k6Path: given, version: '1.4.0', source: 'k6-path' },
      said: `Using k6 v1.4.0 from the given ${given}`,
    });
  });

  it('is the release --k6-version asks for, downloaded, when the k6 on PATH is another version', async () => {
    const onPath = writeK6('on-path', '0.49.0');
    const { archiveName, archive } = linuxRelease(h.root, PINNED);
    h.publish(PINNED, archiveName, archive);

    const found = await findTerminalK6(
      request({ version: PINNED }),
      CLI_REMEDIES,
      h.deps({ findOnPath: () => onPath }),
    );

    expect('k6' in found && found.k6.source).toBe('download');
    expect('k6' in found && found.k6.version).toBe(PINNED);
  });

  it('offline, says so after one attempt, naming --k6-path, --k6-version and the action inputs', async () => {
    const found = await findTerminalK6(
      { ...request(), downloadBaseUrl: 'http://127.0.0.1:9/k6' },
      CLI_REMEDIES,
      h.deps({ findOnPath: () => null, retryDelaysMs: [] }),
    );

    expect(h.sleeps).toEqual([]);
    if (!('problem' in found)) throw new Error('expected no k6');
    expect(found.problem).toMatch(
      /^no k6 to run \(Downloading http:\/\/127\.0\.0\.1:9\/k6\/v2\.2\.0\/k6-v2\.2\.0-checksums\.txt failed once \(last attempt failed: .*\)\)\. /,
    );
    expect(found.problem).toContain('--k6-path /path/to/k6');
    expect(found.problem).toContain('--k6-version X.Y.Z');
    expect(found.problem).toContain("the action's input k6-path");
    expect(found.problem).toContain("the action's input k6-version");
  });

  it('refuses a --k6-path that is not k6, with the same ways out', async () => {
    const found = await findTerminalK6(request({ k6Path: path.join(h.root, 'nope') }), CLI_REMEDIES, h.deps());
    expect(found).toEqual({
      problem: noK6Message(`k6-path "${path.join(h.root, 'nope')}" does not exist`, CLI_REMEDIES),
    });
  });
});

describe('the "no k6" message', () => {
  it("names every way to give a k6, in the caller's words", () => {
    expect(noK6Message('offline.', CLI_REMEDIES)).toBe(
      "no k6 to run (offline). Give one with --k6-path /path/to/k6 (any version; the action's input k6-path), " +
        'install k6 on PATH (https://grafana.com/docs/k6/latest/set-up/install-k6/), or pick a release to download ' +
        "with --k6-version X.Y.Z (the action's input k6-version).",
    );
  });
});
