/**
 * Issue 23's wrong verdicts on mislabelled runs: a results file judged as another scenario
 * (case 3), and a plan that does not fit the run (case 4).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { analyzeFile } from '../../src/results/analyze.js';
import { stagePlanFor } from '../../scenarios/lib/options.js';
import { RECORDINGS } from '../support/recordings.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-round-two-'));
const recording = (name: string) =>
  gunzipSync(readFileSync(path.join(RECORDINGS, name, 'k6.ndjson.gz'))).toString('utf8');

async function gate(inputs: Record<string, string>) {
  const { io, said } = recordingIO(
    { comment: 'never', ...inputs },
    { GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, 'runner-temp') },
  );
  await run(io);
  return said;
}

describe('case 3: the scenario tag in the data decides; a contradiction is refused', () => {
  // The bundled scripts name their k6 scenario after themselves: this is an enqueue run.
  const enqueueRun = path.join(dir, 'enqueue-run.ndjson');
  writeFileSync(enqueueRun, recording('enqueue-errors').replaceAll('"scenario":"default"', '"scenario":"enqueue"'));

  it('an enqueue run given with scenario: spike is refused before anything is judged or recorded', async () => {
    const said = await gate({ scenario: 'spike', 'results-file': 'enqueue-run.ndjson' });
    expect(said.failures).toEqual([
      `Input 'scenario': is "spike", but the results' requests are tagged scenario "enqueue": the run was made with "enqueue". Set scenario to "enqueue" to judge it against its own thresholds and history.`,
    ]);
    expect(said.summaries).toEqual([]);
    expect(said.outputs.verdict).toBeUndefined();
  });

  it('the same run given as enqueue is judged', async () => {
    const said = await gate({ scenario: 'enqueue', 'results-file': 'enqueue-run.ndjson' });
    expect(said.outputs.verdict).toMatch(/^(pass|warn|fail)$/);
    expect(said.summaries[0]).toContain('enqueue');
  });

  it('with the scenario input left empty, the tag decides: a spike run is judged as spike', async () => {
    const spikeRun = path.join(RECORDINGS, 'spike-full', 'k6.ndjson.gz');
    const said = await gate({ 'results-file': spikeRun, 'allow-paths-outside-workspace': 'true' });
    expect(said.failures.join('\n')).not.toContain("Input 'scenario'");
    expect(said.outputs.verdict).toMatch(/^(pass|warn|fail)$/);
    const summary = said.summaries[0] ?? '';
    expect(summary).toContain('**Scenario** spike');
    expect(summary).not.toContain('enqueue');
    expect(summary).not.toContain('incomplete');
    // Spike's own thresholds (enqueue's check no dropped iterations) and its stages, not enqueue's VU ones.
    expect(summary).toContain('dropped iterations');
    expect(summary).not.toContain('VU 200');
  });

  it('a scenario given explicitly that the tag contradicts stays refused', async () => {
    const said = await gate({
      scenario: 'enqueue',
      'results-file': path.join(RECORDINGS, 'spike-full', 'k6.ndjson.gz'),
      'allow-paths-outside-workspace': 'true',
    });
    expect(said.failures[0]).toContain(
      `Input 'scenario': is "enqueue", but the results' requests are tagged scenario "spike"`,
    );
    expect(said.outputs.verdict).toBeUndefined();
  });
});

describe('case 4: a plan far from the run it is read with is flagged, and the run cannot pass', () => {
  it('the 5-minute enqueue recording read with quick’s 1-minute plan', async () => {
    const result = await analyzeFile(path.join(RECORDINGS, 'enqueue-full', 'k6.ndjson.gz'), {
      stagePlan: stagePlanFor('enqueue', 'quick'),
    });
    expect(result.evidence.complete).toBe(false);
    expect(result.evidence.gaps.map((g) => [g.kind, g.message])).toEqual([
      [
        'long-load',
        'the load ran 302 s, far longer than the 60 s planned: the plan does not fit this run (another profile or scenario?), so its stage windows cut the load at the wrong times; judge it with the profile it ran',
      ],
    ]);
  });

  it('read with its own plan it stays complete', async () => {
    const result = await analyzeFile(path.join(RECORDINGS, 'enqueue-full', 'k6.ndjson.gz'), {
      stagePlan: stagePlanFor('enqueue', 'full'),
    });
    expect(result.evidence).toEqual({ complete: true, gaps: [] });
  });
});
