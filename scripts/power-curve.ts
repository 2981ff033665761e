/**
 * Power curve of the gate's latency verdict on real recordings:
 *   npm run power-curve [-- EXTRA.json.gz …]
 * Reads test/fixtures/recordings/compact/*.json.gz (and any compact recordings named), injects
 * regressions (every duration ×1.1 … ×2) and a transient spell (×3 for 25 s), and prints how
 * many runs fail · are inconclusive · pass in history mode (leave-one-out) and thresholds mode.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { curveTable, powerCurve } from './power-curve/curve.js';
import { readCompact } from './power-curve/recording.js';

const folder = 'test/fixtures/recordings/compact';
const files = [
  ...(await readdir(folder)).filter((f) => f.endsWith('.json.gz')).map((f) => join(folder, f)),
  ...process.argv.slice(2),
];
const recordings = await Promise.all(files.map(readCompact));
const rows = powerCurve(recordings);
process.stdout.write(`${curveTable(rows)}\n\nEach cell: runs that fail · are inconclusive · pass.\n`);
if (process.env.POWER_CURVE_DETAIL) {
  // Per row, on the log scale: the band's centre and prediction scale (the base runs' spread), the
  // bar, this run's shift and the widening its own excess uncertainty adds, and the stages left out.
  const f = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));
  for (const row of rows)
    for (const e of row.each) {
      const s = e.stages;
      process.stdout.write(
        `${row.kind} ×${row.factor}${row.spell ? '+spell' : ''} ${e.name}: history ${e.history} (stage shift ${f(s?.shift)} all ${f(s?.shiftAll)}, centre ${f(s?.centre)} scale ${f(s?.scale)} bar ${f(s?.bar)} excess ${f(s?.excess)}, disturbed stages [${s?.disturbed.join(' ') ?? ''}]) · thresholds ${e.thresholds} (stage shift ${f(e.byStage?.shift)} [${f(e.byStage?.low)}, ${f(e.byStage?.high)}], disturbed ${e.byStage?.disturbed.join(' ') ?? ''}) · plain ${e.plain}\n`,
      );
    }
}
