/** Where history lives: the interface both stores (local file, GitHub branch) implement. */
import type { HistoryEntry } from './entry.js';

/** One history per scenario and profile. */
export interface HistoryKey {
  scenario: string;
  profile: string;
}

/**
 * `unavailable`: there is no history to use (none yet, or it cannot be read or written); `reason`
 * says why in one sentence for a warning, and the run is judged against the thresholds file.
 * A history file that exists but is corrupt is not this: the store throws HistoryFileError.
 */
export type HistoryRead =
  { kind: 'ok'; location: string; entries: HistoryEntry[] } | { kind: 'unavailable'; location: string; reason: string };

export type HistoryRecord =
  { kind: 'recorded'; location: string; entries: number } | { kind: 'unavailable'; location: string; reason: string };

export interface HistoryStore {
  /** Entries of this scenario and profile, oldest first. */
  read(key: HistoryKey): Promise<HistoryRead>;
  /** Appends the entry and keeps the newest `size` entries of its scenario and profile. */
  record(entry: HistoryEntry, size: number): Promise<HistoryRecord>;
}
