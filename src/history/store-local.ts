/**
 * History in a local JSON file (`history: path.json`): for the CLI, other CI systems, or a file
 * carried between runs with actions/cache. One file may hold several scenarios and profiles.
 * Writes are atomic (a temporary file renamed over the old one), so a killed run never leaves
 * half a file behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { HistoryEntry } from './entry.js';
import { appendEntry, parseHistoryFile, renderHistoryFile } from './file.js';
import type { HistoryKey, HistoryRead, HistoryRecord, HistoryStore } from './store.js';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export class LocalHistoryStore implements HistoryStore {
  constructor(private readonly path: string) {}

  private async load(): Promise<HistoryEntry[] | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    return parseHistoryFile(text, this.path, `delete ${this.path} to start a new history`).entries;
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
