/**
 * `start-at`: the moment every segment of a split test starts k6, so their loads overlap. An
 * ISO time with its zone, or epoch seconds. Later than MAX_START_AHEAD_MS is refused (a typo
 * would hold a runner for hours); a moment already past starts at once.
 */
import { ConfigError } from './errors.js';

export const MAX_START_AHEAD_MS = 15 * 60_000;

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EPOCH_SECONDS = /^\d{9,11}(\.\d+)?$/;

/** The start as ms since the epoch; null when the input is empty. */
export function parseStartAt(value: string, nowMs: number): number | null {
  const text = value.trim();
  if (text === '') return null;
  let startMs = Number.NaN;
  if (EPOCH_SECONDS.test(text)) startMs = Number(text) * 1000;
  else if (ISO_WITH_ZONE.test(text) && isCalendarDate(text)) startMs = Date.parse(text);
  if (!Number.isFinite(startMs)) {
    throw new ConfigError(
      'start-at',
      `'${text.slice(0, 60)}' is not a time`,
      'Give an ISO time with its zone, e.g. 2026-05-01T12:00:00Z, or epoch seconds, e.g. from `date -u -d "+2 minutes" +%s`',
    );
  }
  if (startMs - nowMs > MAX_START_AHEAD_MS) {
    const minutes = Math.round((startMs - nowMs) / 60_000);
    throw new ConfigError(
      'start-at',
      `${new Date(startMs).toISOString()} is ${minutes} minutes ahead, more than the ${MAX_START_AHEAD_MS / 60_000} allowed`,
      'Compute it in the plan job as now + 2 minutes, so every segment job is up by then, and check the runner clocks',
    );
  }
  return startMs;
}

/** The date part names a real day: 2026-02-30 matches the pattern, and Date.parse reads it as March 2. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export interface StartClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Waits for the start; says so, or that the moment was already past. */
export async function waitForStart(startMs: number, clock: StartClock, info: (line: string) => void): Promise<void> {
  const aheadMs = startMs - clock.now();
  const at = new Date(startMs).toISOString();
  if (aheadMs <= 0) {
    info(`start-at ${at} was ${(-aheadMs / 1000).toFixed(1)} s ago: starting k6 now`);
    return;
  }
  info(`Waiting ${(aheadMs / 1000).toFixed(1)} s for start-at ${at}`);
  await clock.sleep(aheadMs);
}
