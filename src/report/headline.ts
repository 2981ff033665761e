/** The first lines a reader sees: the verdict, how many checks failed, and what was run where. */
import { missingEvidence } from '../judge/evidence.js';
import type { Verdict } from '../judge/types.js';
import type { RunResult } from '../results/types.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import { STATUS_ICON } from './figures.js';
import { renderConfirmation } from './load-generator.js';
import { formatDuration } from '../figures/format.js';
import type { RunContext } from './types.js';
import { targetDownHeadline } from './notes.js';

const TITLE = {
  pass: 'Performance gate passed',
  warn: 'Performance gate passed with warnings',
  fail: 'Performance gate failed',
} as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tally(verdict: Verdict): string {
  const total = verdict.checks.length;
  if (total === 0) return 'no checks configured';
  const failed = verdict.checks.filter((c) => c.status === 'fail').length;
  const warned = verdict.checks.filter((c) => c.status === 'warn').length;
  const parts: string[] = [];
  if (failed > 0) parts.push(`${failed} of ${total} checks failed`);
  if (warned > 0) parts.push(failed > 0 ? plural(warned, 'warning') : `${warned} of ${total} checks warned`);
  if (parts.length === 0) parts.push(`all ${plural(total, 'check')} passed`);
  return parts.join(', ');
}

export function renderHeadline(verdict: Verdict, result: RunResult, context: RunContext): string {
  // A judged results file has no target or k6 of ours: say nothing rather than "unknown".
  const facts = [
    `**Scenario** ${escapeMarkdown(context.scenario)}`,
    `**Profile** ${escapeMarkdown(context.profile)}`,
    context.target === null ? null : `**Target** ${inlineCode(context.target)}`,
    context.k6Version === null ? null : `**k6** ${escapeMarkdown(context.k6Version)}`,
    `**Duration** ${formatDuration(result.durationMs)}`,
    context.commit === null ? null : `**Commit** ${inlineCode(context.commit.slice(0, 7))}`,
  ].filter((fact) => fact !== null);
  const missing = missingEvidence(result.evidence);
  // A target that was down makes every check's figure meaningless (p95 "0 ms"): say what happened instead.
  const down = targetDownHeadline(result);
  const title =
    down === null
      ? `${TITLE[verdict.status]}: ${tally(verdict)}${missing === null ? '' : `; ${escapeMarkdown(missing)}`}`
      : `${TITLE[verdict.status]}: ${down}`;
  // An inconclusive run opens with what happened: its verdict cannot speak for latency. A pass on
  // a saturated runner stands only on the load it sent (judge/delivered-load.ts) and says so below.
  const lines =
    verdict.inconclusive && verdict.status !== 'pass'
      ? [
          `## ${STATUS_ICON[verdict.status]} Inconclusive run: ${escapeMarkdown(verdict.inconclusive)}`,
          '',
          `${title}. Latency, throughput and dropped iterations only warn; error rates are still judged.`,
          '',
          facts.join(' · '),
        ]
      : [`## ${STATUS_ICON[verdict.status]} ${title}`, '', facts.join(' · ')];
  if (verdict.inconclusive && verdict.status === 'pass')
    lines.push(
      '',
      `> **Busy runner:** ${escapeMarkdown(verdict.inconclusive)}. The pass stands: ${escapeMarkdown(verdict.loadDelivered ?? 'the load was delivered')}, and a busy runner only makes latency look worse.`,
    );
  if (verdict.confirmation) lines.push('', renderConfirmation(verdict.confirmation));
  if (context.incomplete) {
    const why = context.incompleteReason === null ? '' : `: ${escapeMarkdown(context.incompleteReason)}`;
    lines.push('', `> **⚠️ Incomplete run**${why}. The figures cover only what ran.`);
  }
  return lines.join('\n');
}
