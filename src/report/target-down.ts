import { escapeMarkdown } from './escape.js';

/** The short report of a run that never started because the target did not answer. */
export function renderTargetDown(run: { scenario: string; profile: string; target: string }, reason: string): string {
  return [
    '## ❌ Performance gate failed: the target is unreachable',
    '',
    `**Scenario** ${run.scenario} · **Profile** ${run.profile} · **Target** ${escapeMarkdown(run.target)}`,
    '',
    escapeMarkdown(reason),
    '',
  ].join('\n');
}
