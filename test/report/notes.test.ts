/** The notes' first line when the target was down: said only when nearly no request got an answer. */
import { describe, expect, it } from 'vitest';
import { renderNotes } from '../../src/report/notes.js';
import type { RunContext } from '../../src/report/types.js';
import type { RunResult, StatusResult } from '../../src/results/types.js';
import { runResult } from '../support/run-result-builder.js';

const CONTEXT: RunContext = {
  scenario: 'enqueue',
  profile: 'quick',
  target: 'https://staging.festin.example',
  k6Version: 'v0.49.0',
  commit: '3f9c2e1',
  reproduce: 'npx perf-gate run',
  cleanedUp: null,
  incomplete: false,
  incompleteReason: null,
};

/** A short run of `requests` requests, `noResponse` of them without a response (k6 error `code`). */
function run(requests: number, noResponse: number, code: number | null): RunResult {
  const statuses: StatusResult[] = [
    { status: 0, count: noResponse, errorCode: code, errors: [] },
    { status: 201, count: requests - noResponse, errorCode: null, errors: [] },
  ];
  return {
    ...runResult({ overall: { requests, failed: noResponse } }),
    durationMs: 10_000,
    statuses: statuses.filter((s) => s.count > 0),
  };
}

const firstNote = (result: RunResult): string | undefined => renderNotes(result, CONTEXT).split('\n')[2];

describe('the target-down note', () => {
  it('comes first, naming the share and the cause of connection refusals', () => {
    expect(firstNote(run(500, 500, 1212))).toBe(
      '- 🔌 The target did not answer: 100% of requests got no response (connection refused, k6 error 1212).',
    );
  });

  it('names timeouts, and shows an unknown k6 code by its number only', () => {
    expect(firstNote(run(1000, 950, 1050))).toBe(
      '- 🔌 The target did not answer: 95% of requests got no response (request timeout, k6 error 1050).',
    );
    expect(firstNote(run(1000, 1000, 1999))).toBe(
      '- 🔌 The target did not answer: 100% of requests got no response (k6 error 1999).',
    );
    expect(firstNote(run(1000, 1000, null))).toBe('- 🔌 The target did not answer: 100% of requests got no response.');
  });

  it('is not said when a real share of requests got an answer, nor for a run without requests', () => {
    for (const result of [run(1000, 899, 1212), run(1000, 0, null), run(0, 0, null)]) {
      expect(renderNotes(result, CONTEXT)).not.toContain('did not answer');
    }
  });
});

describe('the burst-credit note', () => {
  const long = (): RunResult => ({ ...run(500, 0, null), durationMs: 5 * 60_000 });
  const BURST =
    "- 🔋 A 5m 00s run on a t3.micro (the baseline's instance) may drain its CPU burst credits, after which the CPU is throttled and latency climbs: check the CPUCreditBalance before blaming the code.";

  it('is said on a long run when the thresholds were measured on a burstable instance', () => {
    const context = { ...CONTEXT, baselineEnvironment: 'AWS EC2 t3.micro (2 vCPU, 1 GB) app server' };
    expect(renderNotes(long(), context).split('\n')).toContain(BURST);
  });

  it('is not said for another environment, none named, or a short run', () => {
    for (const baselineEnvironment of ['AWS EC2 m6i.large app server', null, undefined]) {
      expect(renderNotes(long(), { ...CONTEXT, baselineEnvironment })).not.toContain('🔋');
    }
    expect(renderNotes(run(500, 0, null), { ...CONTEXT, baselineEnvironment: 't3.micro' })).not.toContain('🔋');
  });
});
