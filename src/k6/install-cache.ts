import * as actionsCache from '@actions/cache';
import * as toolCache from '@actions/tool-cache';

/** The cache that outlives the job (@actions/cache); failures are only ever warnings. */
export interface CrossRunCache {
  /** Restores `paths` saved under `key`; resolves to the key on a hit, undefined on a miss. */
  restore(paths: string[], key: string): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** The runner's tool cache (@actions/tool-cache): this job, and later jobs on a self-hosted runner. */
export interface ToolCache {
  /** The cached folder, or '' when absent. */
  find(tool: string, version: string, arch: string): string;
  cacheDir(sourceFolder: string, tool: string, version: string, arch: string): Promise<string>;
}

export function actionsCrossRunCache(): CrossRunCache {
  const requireService = (): void => {
    if (!actionsCache.isFeatureAvailable()) {
      throw new Error('the GitHub Actions cache service is not available here (not running in GitHub Actions?)');
    }
  };
  return {
    async restore(paths, key) {
      requireService();
      return actionsCache.restoreCache(paths, key);
    },
    async save(paths, key) {
      requireService();
      await actionsCache.saveCache(paths, key);
    },
  };
}

export function actionsToolCache(): ToolCache {
  return {
    find: (tool, version, arch) => toolCache.find(tool, version, arch),
    cacheDir: (sourceFolder, tool, version, arch) => toolCache.cacheDir(sourceFolder, tool, version, arch),
  };
}
