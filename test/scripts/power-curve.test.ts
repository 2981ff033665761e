/**
 * The targets, asserted on the real recordings in test/fixtures/recordings/compact, as far
 * as they hold there (the README's power curve shows every cell). Two series: the quiet machine's
 * (recorded through the action on an idle 2-core machine, what a dedicated runner gives) and the
 * shared machine's (recorded beside other sessions' builds, load average ~20). Not met, and asserted
 * as the shortfall it is: on the shared machine one unchanged recording fails history (21% slower
 * than its peers, on a machine at load average ~20). The price of leaving disturbed stages out: a
 * ×1.3 regression with a spell on top is caught on 2 of 6 quiet recordings (the rest inconclusive,
 * never a pass), and one erratic shared-machine recording slowed ×2 is inconclusive. A busy-runner
 * recording's latencies alone can fail: the gate makes such a run inconclusive from k6's own CPU
 * wait (judge/runner-health.ts), which these recordings do not hold.
 */
import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { curveTable, powerCurve, type CurveRow } from '../../scripts/power-curve/curve.js';
import { readCompact } from '../../scripts/power-curve/recording.js';

const FOLDER = 'test/fixtures/recordings/compact';
let rows: CurveRow[];

function row(kind: CurveRow['kind'], factor: number, spell: boolean, series: CurveRow['series'] = 'quiet machine') {
  const found = rows.find((r) => r.series === series && r.kind === kind && r.factor === factor && r.spell === spell);
  if (!found) throw new Error(`no row ${series}: ${kind} ×${factor}${spell ? ' + spell' : ''}`);
  return found;
}
const named = (r: CurveRow, outcome: 'fail' | 'inconclusive' | 'pass') =>
  r.each.filter((e) => e.history === outcome).map((e) => e.name);

beforeAll(async () => {
  const files = (await readdir(FOLDER)).filter((f) => f.endsWith('.json.gz')).map((f) => `${FOLDER}/${f}`);
  rows = powerCurve(await Promise.all(files.map(readCompact)));
}, 120_000);

describe('power curve on the real quick enqueue recordings', () => {
  it('judges every kind of recording of both machines, the quiet ones at every factor with and without a spell', () => {
    expect(rows.filter((r) => r.kind === 'quiet')).toHaveLength(24);
    expect(row('quiet', 1, false).recordings).toBe(6);
    expect(row('busy runner', 1, false).recordings).toBe(2);
    expect(row('slowed service', 1, false).recordings).toBe(5);
    expect(row('quiet', 1, false, 'shared machine').recordings).toBe(6);
    expect(curveTable(rows).split('\n')).toHaveLength(rows.length + 2);
  });

  it('history mode fails no unchanged quiet-machine recording; on the shared machine only the one 21% slower than its peers', () => {
    expect(row('quiet', 1, false).history.fail).toBe(0);
    expect(row('quiet', 1, false).history.pass).toBe(6);
    expect(named(row('quiet', 1, false, 'shared machine'), 'fail')).toEqual(['q-healthy-1']);
  });

  it('history mode fails every quiet-machine recording slowed ×1.5 or ×2, spell or not, and all 5 of the service really slowed 1.5×', () => {
    for (const factor of [1.5, 2])
      for (const spell of [false, true]) expect(row('quiet', factor, spell).history.fail, `×${factor}`).toBe(6);
    expect(row('slowed service', 1, false).history.fail).toBe(5);
    expect(row('slowed service', 1, true).history.fail).toBe(5);
  });

  it('history mode catches ×1.3 on every quiet-machine recording; with a spell on top it never passes', () => {
    expect(row('quiet', 1.3, false).history.fail).toBe(6);
    expect(row('quiet', 1.3, true).history.pass).toBe(0);
  });

  it('a 25 s spell ×3 fails no quiet-machine recording, nor a shared-machine one; never a plain pass on the quiet machine', () => {
    expect(row('quiet', 1, true).history.fail).toBe(0);
    expect(row('quiet', 1, true).history.pass).toBe(0);
    expect(row('quiet', 1, true, 'shared machine').history.fail).toBe(0);
  });

  it('thresholds mode by stage fails no unchanged or spelled quiet-machine recording, and every one slowed ×1.5, and all 5 of the slowed service', () => {
    expect(row('quiet', 1, false).thresholds.fail).toBe(0);
    expect(row('quiet', 1, true).thresholds.fail).toBe(0);
    expect(row('quiet', 1.5, false).thresholds.fail).toBe(6);
    expect(row('quiet', 1.5, true).thresholds.fail).toBe(6);
    expect(row('slowed service', 1, false).thresholds.fail).toBe(5);
    expect(row('quiet', 1, false, 'shared machine').thresholds.fail).toBe(0);
  });

  it('on the shared machine ×1.5 and ×2 are never a pass, and ×2 fails all but the erratic q-healthy-6', () => {
    expect(row('quiet', 1.5, false, 'shared machine').history.pass).toBe(0);
    expect(row('quiet', 2, false, 'shared machine').history.pass).toBe(0);
    expect(named(row('quiet', 2, false, 'shared machine'), 'inconclusive')).toEqual(['q-healthy-6']);
  });
});
