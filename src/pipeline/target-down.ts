import type { ActionIO } from '../action-io.js';
import type { ActionConfig } from '../config/types.js';
import { escapeMarkdown } from '../report/escape.js';
import { COMMENT_MARKER } from '../report/markdown.js';
import { publishReport } from './publish.js';

/** The short report of a run that never started because the target did not answer. */
export function renderTargetDown(config: ActionConfig, reason: string): string {
  return [
    COMMENT_MARKER,
    '',
    '## ❌ Performance gate failed: the target is unreachable',
    '',
    `**Scenario** ${config.scenario.kind} · **Profile** ${config.profile} · **Target** ${escapeMarkdown(config.baseUrl ?? '')}`,
    '',
    escapeMarkdown(reason),
    '',
  ].join('\n');
}

/** Says so everywhere a full report would have gone: job summary, PR comment, outputs. */
export async function reportTargetDown(io: ActionIO, config: ActionConfig, reason: string): Promise<void> {
  await publishReport(io, config, renderTargetDown(config, reason), 'fail');
  io.setOutput('verdict', 'fail');
}
