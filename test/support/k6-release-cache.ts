import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CrossRunCache } from '../../src/k6/install-cache.js';

/**
 * An in-memory @actions/cache stand-in: saves copies of folders by key and records every call. Like the real
 * service (whose cache version hashes the paths), a key saved for other paths is a miss.
 */
export interface FakeCrossRunCache extends CrossRunCache {
  calls: string[];
}

export function fakeCrossRunCache(): FakeCrossRunCache {
  const stash = mkdtempSync(path.join(os.tmpdir(), 'k6-release-cache-'));
  const saved = new Map<string, { paths: string[]; folder: string }>();
  const calls: string[] = [];
  return {
    calls,
    async restore(paths, key) {
      calls.push(`restore ${key}`);
      const entry = saved.get(key);
      if (!entry || entry.paths.join('\n') !== paths.join('\n')) return undefined;
      entry.paths.forEach((target, index) => {
        rmSync(target, { recursive: true, force: true });
        cpSync(path.join(entry.folder, String(index)), target, { recursive: true });
      });
      return key;
    },
    async save(paths, key) {
      calls.push(`save ${key}`);
      const folder = path.join(stash, String(saved.size));
      paths.forEach((source, index) => {
        if (existsSync(source)) cpSync(source, path.join(folder, String(index)), { recursive: true });
      });
      saved.set(key, { paths, folder });
    },
  };
}

/** A cache whose service is down, as @actions/cache is outside GitHub Actions. */
export function unavailableCrossRunCache(): CrossRunCache {
  const outage = async (): Promise<never> => {
    throw new Error('the GitHub Actions cache service is not available here (not running in GitHub Actions?)');
  };
  return { restore: outage, save: outage };
}
