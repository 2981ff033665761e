/** Numbers formatted for people: thousands separators, sensible decimals, units. */

const EN = 'en-US';

/** At most `decimals` decimals, trailing zeros dropped: 86 → "86", 13.80 → "13.8". */
function fixed(value: number, decimals: number): string {
  return value.toLocaleString(EN, { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

/** Milliseconds: "14,050 ms", "86 ms"... decimals only where they carry information. */
export function formatMs(ms: number): string {
  const abs = Math.abs(ms);
  const decimals = abs === 0 || abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return `${fixed(ms, decimals)} ms`;
}

/** A fraction as a percentage: 0 → "0%", 0.028 → "2.8%", 0.0004 → "0.04%". */
export function formatPercent(fraction: number): string {
  const pct = fraction * 100;
  if (pct === 0) return '0%';
  if (pct === 100) return '100%';
  return `${fixed(pct, Math.abs(pct) < 1 ? 2 : 1)}%`;
}

/** A signed relative change: "+14%", "-6.5%", "+0.4%". */
export function formatRelative(fraction: number): string {
  const pct = Math.abs(fraction * 100);
  return signed(`${fixed(pct, pct >= 10 ? 0 : 1)}%`, fraction);
}

/** Requests per second: "138 req/s", "78.3 req/s". */
export function formatRps(rps: number): string {
  return `${fixed(rps, Math.abs(rps) >= 100 ? 0 : 1)} req/s`;
}

export function formatCount(count: number): string {
  return fixed(count, 0);
}

/** A duration: "45s", "5m 00s", "1h 02m". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/** An offset into the run as m:ss, for chart axes and time ranges. */
export function formatOffset(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/**
 * A signed number with its sign always shown: "+12.3", "-4". A change that rounds to zero gets no
 * sign: "-0 ms (-0%)" read as a change where there was none to show.
 */
export function signed(text: string, value: number): string {
  const unsigned = text.replace(/^-/, '');
  if (Number.parseFloat(unsigned.replace(/,/g, '')) === 0) return unsigned;
  return value > 0 ? `+${unsigned}` : value < 0 ? `-${unsigned}` : text;
}

/** A relative change with its unit, one decimal so it never rounds onto its fail point: "+3.1% per stage". */
function judgedPercent(fraction: number, unit: string): string {
  const x = fraction * 100;
  return `${x >= 0 ? '+' : '-'}${Math.abs(x).toFixed(1)}% ${unit}`;
}

/** The relative change a row was judged on: "+3.1% per stage". */
export function formatJudgedChange(judged: { unit: string; change: number }): string {
  return judgedPercent(judged.change, judged.unit);
}

/** The change such a row fails past: "+10.0% per stage" (a limit cell puts "≤ " before it). */
export function formatJudgedFailPoint(judged: { unit: string; failAt: number }): string {
  return judgedPercent(judged.failAt, judged.unit);
}
