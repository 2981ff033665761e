/**
 * Says which stretches of the run were disturbed and left out of the latency verdict, in one
 * line: a reader who sees a pass beside a slow chart must learn why, and where to look.
 */
import { DISTURBED_RATIO, MAX_DISTURBED_SHARE, type BlockProfile, type RobustShift } from '../judge/disturbance.js';
import { formatPercent } from '../figures/format.js';

/** Seconds on the chart's clock, whole. */
function seconds(ms: number): string {
  return `${Math.round(ms / 1000)}`;
}

/** Adjacent disturbed blocks as time spans, "20–45 s". */
function spans(profile: BlockProfile, disturbed: readonly number[]): string[] {
  const sorted = [...disturbed].sort((a, b) => a - b);
  const out: Array<{ from: number; to: number }> = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    const from = profile.startMs[b] as number;
    const to = profile.endMs[b] as number;
    if (last && Math.abs(last.to - from) < 1) last.to = to;
    else out.push({ from, to });
  }
  return out.map((s) => `${seconds(s.from)}–${seconds(s.to)} s`);
}

/** The note, or null when no block was disturbed. */
export function disturbanceNote(profile: BlockProfile, shift: RobustShift): string | null {
  if (shift.disturbed.length === 0) return null;
  const where = spans(profile, shift.disturbed).join(', ');
  const share = formatPercent(shift.disturbedShare);
  const head = `⚠️ Disturbed: ${where} (${shift.disturbed.length} of ${shift.kept + shift.disturbed.length} blocks, ${share} of requests) ran over ${DISTURBED_RATIO}× slower than the rest of the run, against the same seconds of the base runs`;
  return shift.disturbedShare > MAX_DISTURBED_SHARE
    ? `${head}: too much of the run to clear it, so at best inconclusive.`
    : `${head}; latency judged on the other blocks.`;
}
