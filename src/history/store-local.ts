/**
 * History in a local JSON file (`history: path.json`): for the CLI, other CI systems, or a file
 * carried between runs with actions/cache. One file may hold several scenarios and profiles.
 * Writes are atomic (a temporary file renamed over the old one), so a killed run never leaves
 * half a file behind.
 */
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { HistoryEntry } from './entry.js';
import { appendEntry, HistoryFileError, parseHistoryFile, renderHistoryFile } from './file.js';
import type { HistoryKey, HistoryRead, HistoryRecord, HistoryStore } from './store.js';

/** Far beyond 1,000 runs of several scenarios (a few KB each). */
const MAX_HISTORY_BYTES = 256 * 1024 * 1024;

function kindOf(found: Stats): string {
  if (found.isDirectory()) return 'a directory';
  if (found.isFIFO()) return 'a named pipe';
  if (found.isCharacterDevice() || found.isBlockDevice()) return 'a device';
  if (found.isSocket()) return 'a socket';
  return 'not a file';
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export class LocalHistoryStore implements HistoryStore {
  constructor(private readonly path: string) {}

  private async load(): Promise<HistoryEntry[] | null> {
    const repair = `delete ${this.path} to start a new history`;
    let text: string;
    try {
      // Only a regular file of a sane size: a directory, /dev/zero or a FIFO would fail oddly or never end.
      const found = await stat(this.path);
      if (!found.isFile()) throw new HistoryFileError(this.path, `is not a regular file (${kindOf(found)})`, repair);
      if (found.size > MAX_HISTORY_BYTES)
        throw new HistoryFileError(this.path, `is ${found.size} bytes, more than a history of 1,000 runs`, repair);
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    return parseHistoryFile(text, this.path, repair).entries;
  }

  async read(key: HistoryKey): Promise<HistoryRead> {
    const entries = await this.load();
    if (entries === null) {
      return { kind: 'unavailable', location: this.path, reason: `no history yet: ${this.path} does not exist` };
    }
    const mine = entries.filter((e) => e.scenario === key.scenario && e.profile === key.profile);
    return { kind: 'ok', location: this.path, entries: mine };
  }

  async record(entry: HistoryEntry, size: number): Promise<HistoryRecord> {
    const entries = appendEntry((await this.load()) ?? [], entry, size);
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, renderHistoryFile(entries));
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const mine = entries.filter((e) => e.scenario === entry.scenario && e.profile === entry.profile);
    return { kind: 'recorded', location: this.path, entries: mine.length };
  }
}
