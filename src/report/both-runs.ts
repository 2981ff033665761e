/**
 * The report's "Both runs" table, shown where a confirmation run made a pair: each run's key
 * figures and the verdict it had on its own, first run then confirmation run, so a reader sees
 * both and not only the run the verdict rests on.
 */
import { formatFigure } from '../figures/catalogue.js';
import { formatCount } from '../figures/format.js';
import type { PairRun } from '../judge/types.js';
import { STATUS_ICON } from './figures.js';

const figure = (kind: 'p95' | 'p99' | 'error-rate', value: number | null) =>
  value === null ? '—' : formatFigure(kind, value);

export function renderBothRuns(runs: readonly [PairRun, PairRun]): string {
  const row = (name: string, run: PairRun) =>
    `| ${name} | ${figure('p95', run.p95)} | ${figure('p99', run.p99)} | ${figure('error-rate', run.errorRate)} | ${formatCount(run.requests)} | ${STATUS_ICON[run.status]} ${run.status} |`;
  return [
    '**Both runs**',
    '',
    '| Run | p95 | p99 | Error rate | Requests | Verdict on its own |',
    '|---|--:|--:|--:|--:|---|',
    row('First', runs[0]),
    row('Confirmation', runs[1]),
  ].join('\n');
}
