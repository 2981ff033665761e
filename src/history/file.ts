/**
 * The history file: a version and the entries, oldest first. Reading refuses anything that is
 * not exactly this format, naming the file and the repair, so a damaged file is never
 * overwritten with a fresh history that would silently drop the team's runs.
 */
import { z } from 'zod';
import { historyEntrySchema, type HistoryEntry } from './entry.js';

export const HISTORY_FILE_VERSION = 1;

export const historyFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(HISTORY_FILE_VERSION).describe('Format version of this file.'),
  entries: z.array(historyEntrySchema).describe('Recorded runs, oldest first.'),
});
export type HistoryFile = z.infer<typeof historyFileSchema>;

/** A history file that exists but cannot be read as one. Its message names the file and the repair. */
export class HistoryFileError extends Error {
  constructor(
    readonly location: string,
    problem: string,
    repair: string,
  ) {
    super(`History file ${location}: ${problem}. It is left as it is; ${repair}`);
    this.name = 'HistoryFileError';
  }
}

export function historyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(historyFileSchema, { io: 'input' }) as Record<string, unknown>;
}

/**
 * Parses a history file's text. `location` names it in errors (a path, or branch:path);
 * `repair` says how to start afresh (delete the file, or the branch).
 */
export function parseHistoryFile(text: string, location: string, repair: string): HistoryFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HistoryFileError(location, `not valid JSON (${(error as Error).message})`, repair);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== HISTORY_FILE_VERSION) {
    throw new HistoryFileError(
      location,
      `format version ${version}, this perf-gate reads version ${HISTORY_FILE_VERSION}`,
      repair,
    );
  }
  const parsed = historyFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}${entryNamed(json, first.path)}` : '';
    throw new HistoryFileError(
      location,
      `not a perf-gate history file (${first?.message ?? 'invalid'}${where})`,
      repair,
    );
  }
  return parsed.data;
}

/** The entry an issue lies in, by position, commit and time, so it can be found and mended by hand. */
function entryNamed(json: unknown, at: readonly PropertyKey[]): string {
  if (at[0] !== 'entries' || typeof at[1] !== 'number') return '';
  const entry = (json as { entries: unknown[] }).entries[at[1]] as { commit?: unknown; time?: unknown } | null;
  const commit = typeof entry?.commit === 'string' ? entry.commit.slice(0, 12) : '?';
  const time = typeof entry?.time === 'string' ? entry.time.slice(0, 40) : '?';
  return ` (entry ${at[1] + 1}: commit ${JSON.stringify(commit)}, time ${JSON.stringify(time)})`;
}

export function renderHistoryFile(entries: readonly HistoryEntry[]): string {
  const file: HistoryFile = { version: HISTORY_FILE_VERSION, entries: [...entries] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Appends an entry and keeps the newest `size` entries of its scenario and profile; entries of
 * other scenarios or profiles (a local file may hold several) are kept as they are.
 */
export function appendEntry(entries: readonly HistoryEntry[], entry: HistoryEntry, size: number): HistoryEntry[] {
  const sameKey = (e: HistoryEntry) => e.scenario === entry.scenario && e.profile === entry.profile;
  const all = [...entries, entry];
  let excess = all.filter(sameKey).length - size;
  return all.filter((e) => {
    if (excess > 0 && sameKey(e)) {
      excess -= 1;
      return false;
    }
    return true;
  });
}
