import { describe, expect, it } from 'vitest';
import { expectedSha256 } from '../../src/k6/checksum.js';
import { INPUT_DEFAULTS } from '../../src/config/input-table.js';
import { k6Platform, k6ReleaseFiles, k6ReleaseUrl } from '../../src/k6/platform.js';
import { displayUrl } from '../../src/core/display-url.js';
import { normalizeK6Version, parseK6VersionOutput } from '../../src/config/k6-version.js';

describe('k6 release naming', () => {
  it('maps every published platform to its archive, and the real download URL by default', () => {
    const names = (['linux/x64', 'linux/arm64', 'darwin/x64', 'darwin/arm64', 'win32/x64'] as const).map((pair) => {
      const [platform, arch] = pair.split('/') as [string, string];
      const target = k6Platform(platform, arch);
      return `${k6ReleaseFiles('2.2.0', target).archiveName} ${target.binaryName} ${target.toolCacheArch}`;
    });
    expect(names).toEqual([
      'k6-v2.2.0-linux-amd64.tar.gz k6 x64',
      'k6-v2.2.0-linux-arm64.tar.gz k6 arm64',
      'k6-v2.2.0-macos-amd64.zip k6 x64',
      'k6-v2.2.0-macos-arm64.zip k6 arm64',
      'k6-v2.2.0-windows-amd64.zip k6.exe x64',
    ]);
    expect(
      k6ReleaseUrl(INPUT_DEFAULTS['k6-download-base-url'], INPUT_DEFAULTS['k6-version'], 'k6-v2.2.0-checksums.txt'),
    ).toBe('https://github.com/grafana/k6/releases/download/v2.2.0/k6-v2.2.0-checksums.txt');
  });

  it('refuses a platform k6 does not publish, naming it', () => {
    expect(() => k6Platform('win32', 'arm64')).toThrow('k6 publishes no release archive for win32/arm64');
    expect(() => k6Platform('freebsd', 'x64')).toThrow('freebsd/x64');
  });

  it('masks credentials in a mirror URL before it is logged', () => {
    expect(displayUrl('https://user:s3cret@mirror.example/k6/v2.2.0/x.zip')).toBe(
      'https://mirror.example/k6/v2.2.0/x.zip',
    );
    expect(displayUrl('https://mirror.example/k6')).toBe('https://mirror.example/k6');
  });
});

describe('k6 versions', () => {
  it('accepts X.Y.Z with or without v, and pre-releases', () => {
    expect(['2.2.0', 'v2.2.0', ' v0.49.0 ', '1.0.0-rc1'].map(normalizeK6Version)).toEqual([
      '2.2.0',
      '2.2.0',
      '0.49.0',
      '1.0.0-rc1',
    ]);
    expect(INPUT_DEFAULTS['k6-version']).toBe('2.2.0');
  });

  it.each(['latest', '2.2', 'v2.2.0.1', 'vv2.2.0', ''])('refuses %j', (input) => {
    expect(() => normalizeK6Version(input)).toThrow(`Input 'k6-version': '${input}' is not a k6 release version`);
  });

  it('reads the version k6 version prints (v0.49 and v1+ formats)', () => {
    expect(parseK6VersionOutput('k6 v0.49.0 (go1.21.6, linux/amd64)\n')).toBe('0.49.0');
    expect(parseK6VersionOutput('k6 v2.2.0 (commit/abc123, go1.24.4, linux/amd64)\nExtensions:\n')).toBe('2.2.0');
    expect(parseK6VersionOutput('k6 v2.2.0-rc1 (dev build)')).toBe('2.2.0-rc1');
    expect(parseK6VersionOutput('hello v2.2.0')).toBeNull();
  });
});

describe('checksums file', () => {
  const text = [
    `${'a'.repeat(64)}  k6-v2.2.0-linux-amd64.tar.gz`,
    `${'B'.repeat(64)} *k6-v2.2.0-windows-amd64.zip`,
    '',
  ].join('\n');

  it('finds an archive line in text or binary mode', () => {
    expect(expectedSha256(text, 'k6-v2.2.0-linux-amd64.tar.gz', 'sums')).toBe('a'.repeat(64));
    expect(expectedSha256(text, 'k6-v2.2.0-windows-amd64.zip', 'sums')).toBe('b'.repeat(64));
  });

  it('does not match a name that only contains the archive name', () => {
    expect(() =>
      expectedSha256(`${'c'.repeat(64)}  x-k6-v2.2.0-linux-amd64.tar.gz\n`, 'k6-v2.2.0-linux-amd64.tar.gz', 'sums'),
    ).toThrow('sums lists no SHA-256 for k6-v2.2.0-linux-amd64.tar.gz');
  });
});
