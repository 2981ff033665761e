import { describe, expect, it } from 'vitest';
import { renderHeadline } from '../../src/report/headline.js';
import { context, passInput } from '../support/report-fixtures.js';

describe('renderHeadline', () => {
  it('names scenario, profile, target, k6, duration and commit', () => {
    const { verdict, result } = passInput();
    expect(renderHeadline(verdict, result, context()).split('\n')[2]).toBe(
      '**Scenario** enqueue · **Profile** full · **Target** `https://staging.festin.example` · **k6** v0.49.0 · **Duration** 5m 00s · **Commit** `3f9c2e1`',
    );
  });

  it('leaves out what a judged results file cannot know instead of printing "unknown"', () => {
    const { verdict, result } = passInput();
    const headline = renderHeadline(verdict, result, context({ target: null, k6Version: null, commit: null }));
    expect(headline.split('\n')[2]).toBe('**Scenario** enqueue · **Profile** full · **Duration** 5m 00s');
  });

  it('keeps the pass headline on a busy runner and says why the pass stands', () => {
    const { verdict, result } = passInput();
    const busy = {
      ...verdict,
      inconclusive: "the runner's CPU was saturated from 0:26 to 0:50",
      loadDelivered: 'it sent 6,392 requests, 99.8% of the 6,408 in the history, so the target saw its load',
    };
    const lines = renderHeadline(busy, result, context()).split('\n');
    expect(lines[0]).toBe(renderHeadline(verdict, result, context()).split('\n')[0]);
    expect(lines.slice(3)).toEqual([
      '',
      "> **Busy runner:** the runner's CPU was saturated from 0:26 to 0:50. The pass stands: it sent 6,392 requests, 99.8% of the 6,408 in the history, so the target saw its load, and a busy runner only makes latency look worse.",
    ]);
  });
});
