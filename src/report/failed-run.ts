import { escapeMarkdown } from './escape.js';

/** Which run a short failure report is about. */
export interface FailedRun {
  scenario: string;
  profile: string;
  target: string;
}

/** A report for a run with no figures to show: its title, the run, why, and any closing lines. */
export function renderFailedRun(title: string, run: FailedRun, reason: string, closing: string[] = []): string {
  return [
    `## ❌ Performance gate failed: ${title}`,
    '',
    `**Scenario** ${run.scenario} · **Profile** ${run.profile} · **Target** ${escapeMarkdown(run.target)}`,
    '',
    escapeMarkdown(reason),
    '',
    ...closing.flatMap((line) => [line, '']),
  ].join('\n');
}
