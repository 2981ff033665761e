import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpFetcher } from '../../src/k6/download.js';
import { httpClientFetcher } from '../../src/k6/download.js';
import { InstallError, installK6 } from '../../src/k6/install.js';
import { k6Platform } from '../../src/k6/platform.js';
import { buildTarGz, checksumsFile, sha256 } from '../support/k6-release-archive.js';
import { unavailableCrossRunCache } from '../support/k6-release-cache.js';
import { k6ReleaseHarness, linuxRelease, macosRelease, type K6ReleaseHarness } from '../support/k6-release-harness.js';

const V = '2.2.0';
const RELEASE = `/grafana/k6/releases/download/v${V}`;
const ARCHIVE = `k6-v${V}-linux-amd64.tar.gz`;

let h: K6ReleaseHarness;
beforeEach(async () => {
  h = await k6ReleaseHarness();
});
afterEach(async () => {
  await h.dispose();
});

const request = (version = V) => ({ version, k6Path: null, downloadBaseUrl: h.server.baseUrl });

describe('installK6 download', () => {
  it('on a miss downloads the checksums and the archive, verifies, extracts, caches and saves across runs', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);

    const installed = await installK6(request(`v${V}`), h.deps());

    expect(installed).toEqual({
      k6Path: path.join(process.env['RUNNER_TOOL_CACHE']!, 'k6', V, 'x64', 'k6'),
      version: V,
      source: 'download',
    });
    expect(h.server.requests).toEqual([`${RELEASE}/k6-v${V}-checksums.txt`, `${RELEASE}/${ARCHIVE}`]);
    expect(statSync(installed.k6Path).mode & 0o111).not.toBe(0);
    expect(execFileSync(installed.k6Path, ['version'], { encoding: 'utf8' })).toBe(
      `k6 v${V} (commit/0123456789, go1.24.4, linux/amd64)\n`,
    );
    expect(h.log.lines).toContain(`Verified ${ARCHIVE} (sha256 ${sha256(archive)})`);
    expect(h.cache.calls).toEqual([`restore perf-gate-k6-v${V}-linux-amd64`, `save perf-gate-k6-v${V}-linux-amd64`]);
    expect(h.log.warnings).toEqual([]);
  });

  it('on a tool-cache hit makes no request at all', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);
    const first = await installK6(request(), h.deps());
    h.server.requests.length = 0;
    h.cache.calls.length = 0;

    const second = await installK6(request(), h.deps());

    expect(second).toEqual({ ...first, source: 'tool-cache' });
    expect(h.server.requests).toEqual([]);
    expect(h.cache.calls).toEqual([]);
  });

  it('on a fresh runner restores from the Actions cache without any request, and fills the tool cache', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);
    await installK6(request(), h.deps());
    h.newRunner();
    h.server.requests.length = 0;

    const restored = await installK6(request(), h.deps());

    expect(restored.source).toBe('actions-cache');
    expect(restored.k6Path).toBe(path.join(process.env['RUNNER_TOOL_CACHE']!, 'k6', V, 'x64', 'k6'));
    expect(execFileSync(restored.k6Path, ['version'], { encoding: 'utf8' })).toContain(`k6 v${V} `);
    expect(h.server.requests).toEqual([]);
    expect((await installK6(request(), h.deps())).source).toBe('tool-cache');
  });

  it('treats an unavailable Actions cache as a warning and still installs', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);

    const installed = await installK6(request(), h.deps({ crossRunCache: unavailableCrossRunCache() }));

    expect(installed.source).toBe('download');
    expect(h.log.warnings).toEqual([
      `Could not read the Actions cache (key perf-gate-k6-v${V}-linux-amd64): the GitHub Actions cache service is ` +
        `not available here (not running in GitHub Actions?); downloading k6`,
      `Could not save k6 to the Actions cache (key perf-gate-k6-v${V}-linux-amd64): the GitHub Actions cache ` +
        `service is not available here (not running in GitHub Actions?)`,
    ]);
  });

  it('installs the macOS zip on macOS (zip extraction, exec bit kept)', async () => {
    const { archiveName, archive } = macosRelease(h.root, V);
    h.publish(V, archiveName, archive);

    const installed = await installK6(request(), h.deps({ platform: k6Platform('darwin', 'arm64') }));

    expect(h.server.requests).toEqual([`${RELEASE}/k6-v${V}-checksums.txt`, `${RELEASE}/k6-v${V}-macos-arm64.zip`]);
    expect(installed.k6Path).toBe(path.join(process.env['RUNNER_TOOL_CACHE']!, 'k6', V, 'arm64', 'k6'));
    expect(execFileSync(installed.k6Path, ['version'], { encoding: 'utf8' })).toContain(`k6 v${V} `);
  });

  it('follows redirects, absolute as GitHub sends them and relative as a mirror may', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);
    const absolute = `${new URL(h.server.baseUrl).origin}/objects/one`;
    h.server.route(`${RELEASE}/${ARCHIVE}`, { status: 302, body: '', headers: { location: absolute } });
    h.server.route('/objects/one', { status: 301, body: '', headers: { location: 'two' } });
    h.server.route('/objects/two', { status: 200, body: archive });

    expect((await installK6(request(), h.deps())).source).toBe('download');
    expect(h.server.requests.slice(1)).toEqual([`${RELEASE}/${ARCHIVE}`, '/objects/one', '/objects/two']);
  });

  it('accepts a base URL with a trailing slash (mirrors)', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);

    const installed = await installK6({ ...request(), downloadBaseUrl: `${h.server.baseUrl}/` }, h.deps());

    expect(installed.source).toBe('download');
    expect(h.server.requests[0]).toBe(`${RELEASE}/k6-v${V}-checksums.txt`);
  });
});

describe('installK6 hard failures', () => {
  it('refuses an archive whose SHA-256 differs from the checksums file, naming it, and extracts nothing', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    const published = 'ab'.repeat(32);
    h.publish(V, archiveName, archive, `${published}  ${archiveName}\n`);

    const failure = installK6(request(), h.deps());

    await expect(failure).rejects.toThrow(InstallError);
    await expect(failure).rejects.toThrow(
      `Checksum mismatch for ${ARCHIVE}: expected ${published} (from k6-v${V}-checksums.txt), got ${sha256(archive)}. ` +
        'The download is corrupt or was tampered with; nothing was extracted.',
    );
    expect(existsSync(path.join(process.env['RUNNER_TEMP']!, 'perf-gate-k6', `k6-v${V}-linux-amd64`))).toBe(false);
    expect(existsSync(path.join(process.env['RUNNER_TOOL_CACHE']!, 'k6'))).toBe(false);
    expect(h.cache.calls).toEqual([`restore perf-gate-k6-v${V}-linux-amd64`]);
  });

  it('names an unknown version and how to fix it, without retrying the 404', async () => {
    await expect(installK6(request('9.9.9'), h.deps())).rejects.toThrow(
      `k6 v9.9.9 is not published: ${h.server.baseUrl}/v9.9.9/k6-v9.9.9-checksums.txt answered 404. ` +
        'Set k6-version to a released version (see https://github.com/grafana/k6/releases), or k6-path to a k6 you provide.',
    );
    expect(h.server.requests).toEqual(['/grafana/k6/releases/download/v9.9.9/k6-v9.9.9-checksums.txt']);
    expect(h.sleeps).toEqual([]);
  });

  it('names the archive when the checksums file does not list it', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive, checksumsFile({ 'k6-v2.2.0-windows-amd64.zip': Buffer.from('x') }));

    await expect(installK6(request(), h.deps())).rejects.toThrow(
      `k6-v${V}-checksums.txt lists no SHA-256 for ${ARCHIVE}, so it cannot be verified; nothing was extracted.`,
    );
  });

  it('names the archive when it holds no k6 binary where k6 puts it', async () => {
    const archive = buildTarGz(h.root, [{ name: `k6-v${V}-linux-amd64/README.md`, content: 'no binary' }]);
    h.publish(V, ARCHIVE, archive);

    await expect(installK6(request(), h.deps())).rejects.toThrow(
      `${ARCHIVE} holds no k6-v${V}-linux-amd64/k6; is it a k6 release archive?`,
    );
    expect(existsSync(path.join(process.env['RUNNER_TOOL_CACHE']!, 'k6'))).toBe(false);
  });
});

describe('installK6 retries', () => {
  it('retries a 500 with backoff and succeeds on the 200', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);
    h.server.route(`${RELEASE}/${ARCHIVE}`, { status: 500, body: 'oops' }, { status: 200, body: archive });

    const installed = await installK6(request(), h.deps());

    expect(installed.source).toBe('download');
    expect(h.server.requests).toEqual([
      `${RELEASE}/k6-v${V}-checksums.txt`,
      `${RELEASE}/${ARCHIVE}`,
      `${RELEASE}/${ARCHIVE}`,
    ]);
    expect(h.sleeps).toEqual([1]);
    expect(h.log.lines).toContain(
      `${h.server.baseUrl}/v${V}/${ARCHIVE} answered 500 (attempt 1 of 4); retrying in 1 ms`,
    );
  });

  it('retries a dropped connection and a 429 too', async () => {
    const { archiveName, archive } = linuxRelease(h.root, V);
    h.publish(V, archiveName, archive);
    h.server.route(
      `${RELEASE}/k6-v${V}-checksums.txt`,
      { status: 429, body: 'slow down' },
      {
        status: 200,
        body: checksumsFile({ [archiveName]: archive }),
      },
    );
    const real = httpClientFetcher();
    let dropped = false;
    const flaky: HttpFetcher = async (url) => {
      if (url.endsWith('.tar.gz') && !dropped) {
        dropped = true;
        throw new Error('read ECONNRESET');
      }
      return real(url);
    };

    expect((await installK6(request(), h.deps({ fetcher: flaky }))).source).toBe('download');
    expect(h.sleeps).toEqual([1, 1]);
  });

  it('gives up after the last retry with exponential delays, naming the URL and the last answer', async () => {
    h.server.route(`${RELEASE}/k6-v${V}-checksums.txt`, { status: 503, body: 'unavailable' });

    await expect(installK6(request(), h.deps())).rejects.toThrow(
      `Downloading ${h.server.baseUrl}/v${V}/k6-v${V}-checksums.txt failed 4 times (last attempt answered 503). ` +
        'Check the network or k6-download-base-url, then re-run; or set k6-path to a k6 you provide (any version), or k6-version to another release.',
    );
    expect(h.sleeps).toEqual([1, 2, 4]);
    expect(h.server.requests).toHaveLength(4);
  });

  it('fails at once on a 403 (not transient), naming the URL', async () => {
    h.server.route(`${RELEASE}/k6-v${V}-checksums.txt`, { status: 403, body: 'forbidden' });

    await expect(installK6(request(), h.deps())).rejects.toThrow(
      `${h.server.baseUrl}/v${V}/k6-v${V}-checksums.txt answered 403. Check k6-download-base-url, or set k6-path to a k6 you provide.`,
    );
    expect(h.server.requests).toHaveLength(1);
  });
});
