/**
 * The gate's report and publish steps: the report rendered for each place it goes (the PR
 * comment's room and the job summary's), then published there.
 */
import type { ActionIO } from '../core/io.js';
import { commentKeyFor } from '../github/comment-key.js';
import type { ActionConfig } from '../config/types.js';
import type { RunEvent } from '../github/context.js';
import { REPORT_MAX_CHARS, SUMMARY_MAX_CHARS } from '../github/marker.js';
import { publishReport, type PublishSettings } from '../github/publish.js';
import type { Verdict } from '../judge/types.js';
import type { HistoryReport } from '../report/history-section.js';
import { renderReport } from '../report/markdown.js';
import type { RunContext } from '../report/types.js';
import type { JudgedRun } from './judge-run.js';

export function publishSettings(config: ActionConfig): PublishSettings {
  return {
    githubToken: config.githubToken,
    comment: config.comment,
    commentAuthor: config.commentAuthor ?? null,
    key: commentKeyFor(config),
  };
}

/** Renders the report on `judged` and publishes it; returns the comment's URL, if one was posted. */
export async function publishVerdict(
  io: ActionIO,
  config: ActionConfig,
  event: RunEvent,
  report: { judged: JudgedRun; verdict: Verdict; context: RunContext; history: HistoryReport | null },
): Promise<string | null> {
  const { result, server, loadGenerator } = report.judged;
  const input = {
    result,
    verdict: report.verdict,
    context: report.context,
    ...server,
    serverStages: server.serverStages ?? undefined,
    loadGenerator,
    history: report.history,
  };
  const markdown = {
    comment: renderReport(input, { maxChars: REPORT_MAX_CHARS }),
    summary: renderReport(input, { maxChars: SUMMARY_MAX_CHARS }),
  };
  const comment = await publishReport(io, publishSettings(config), event, markdown, report.verdict.status);
  return comment.url;
}
