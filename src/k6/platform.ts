import { InstallError } from './install-error.js';

/** The runner's OS and CPU in k6's release naming, plus what differs between them. */
export interface K6Platform {
  os: 'linux' | 'macos' | 'windows';
  arch: 'amd64' | 'arm64';
  archiveExtension: 'tar.gz' | 'zip';
  binaryName: 'k6' | 'k6.exe';
  /** Architecture as @actions/tool-cache names it (node's os.arch()). */
  toolCacheArch: 'x64' | 'arm64';
}

/** The file names of one k6 release for one platform. */
export interface K6ReleaseFiles {
  /** e.g. k6-v2.2.0-linux-amd64: the archive's single top-level folder. */
  folderName: string;
  archiveName: string;
  checksumsName: string;
}

const SUPPORTED = ['linux/x64', 'linux/arm64', 'darwin/x64', 'darwin/arm64', 'win32/x64'];

export function k6Platform(platform: string = process.platform, arch: string = process.arch): K6Platform {
  if (!SUPPORTED.includes(`${platform}/${arch}`)) {
    throw new InstallError(
      `k6 publishes no release archive for ${platform}/${arch} (published: linux amd64/arm64, macOS amd64/arm64, ` +
        `windows amd64). Install k6 yourself and set k6-path.`,
    );
  }
  const cpu = arch === 'arm64' ? 'arm64' : 'amd64';
  const toolCacheArch = arch === 'arm64' ? 'arm64' : 'x64';
  if (platform === 'win32') {
    return { os: 'windows', arch: cpu, archiveExtension: 'zip', binaryName: 'k6.exe', toolCacheArch };
  }
  if (platform === 'darwin')
    return { os: 'macos', arch: cpu, archiveExtension: 'zip', binaryName: 'k6', toolCacheArch };
  return { os: 'linux', arch: cpu, archiveExtension: 'tar.gz', binaryName: 'k6', toolCacheArch };
}

/** `version` without the leading v, as normalizeK6Version returns it. */
export function k6ReleaseFiles(version: string, target: K6Platform): K6ReleaseFiles {
  const folderName = `k6-v${version}-${target.os}-${target.arch}`;
  return {
    folderName,
    archiveName: `${folderName}.${target.archiveExtension}`,
    checksumsName: `k6-v${version}-checksums.txt`,
  };
}

/** `<base>/vX.Y.Z/<file>`, whatever trailing slashes the base carries. */
export function k6ReleaseUrl(downloadBaseUrl: string, version: string, fileName: string): string {
  return `${downloadBaseUrl.replace(/\/+$/, '')}/v${version}/${fileName}`;
}
