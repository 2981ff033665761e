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
});
