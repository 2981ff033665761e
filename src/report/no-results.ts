import { escapeMarkdown } from './escape.js';

/**
 * The short report of a k6 run that left nothing to judge (a script exception, bad flags, an
 * invalid configuration). It replaces the sticky comment's previous result, which would
 * otherwise go on showing a verdict for code this run never measured.
 */
export function renderNoResults(run: { scenario: string; profile: string; target: string }, reason: string): string {
  return [
    '## ❌ Performance gate failed: the latest run produced no results',
    '',
    `**Scenario** ${run.scenario} · **Profile** ${run.profile} · **Target** ${escapeMarkdown(run.target)}`,
    '',
    escapeMarkdown(reason),
    '',
    '_Any earlier result shown here is out of date: fix the run and push again._',
    '',
  ].join('\n');
}
