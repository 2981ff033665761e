import type { ActionIO } from '../core/io.js';
import type { CommentMode } from '../config/types.js';
import type { CheckStatus } from '../judge/types.js';
import { publishComment, type PublishResult } from './comment.js';
import type { RunEvent } from './context.js';
import { COMMENT_MARKER } from './marker.js';

/** The report in each place's room: the full one in the job summary, one that fits in the comment. */
export interface RenderedReport {
  comment: string;
  summary: string;
}

/** What publishing needs from the config. */
export interface PublishSettings {
  githubToken: string | null;
  comment: CommentMode;
  /** The login the token comments as, when the user names it; null: ask GitHub. */
  commentAuthor: string | null;
  /** The comment key: one sticky comment per scenario. */
  key: string;
}

/** What is published: the marker that finds the sticky comment again, then the report. */
export function commentBody(report: string): string {
  return `${COMMENT_MARKER}\n\n${report}`;
}

/**
 * The report goes to the job summary always, and to the sticky PR comment as `comment` asks.
 * A shortened comment promises the full report in the job summary: `report.summary` keeps it.
 * The marker that finds the comment again is GitHub's business, so it is added here, not by the report.
 */
export async function publishReport(
  io: ActionIO,
  settings: PublishSettings,
  event: RunEvent,
  report: string | RenderedReport,
  status: CheckStatus,
): Promise<PublishResult> {
  const rendered = typeof report === 'string' ? { comment: report, summary: report } : report;
  await io.writeSummary(commentBody(rendered.summary));
  return publishComment(
    {
      token: settings.githubToken,
      body: commentBody(rendered.comment),
      mode: settings.comment,
      verdictStatus: status,
      key: settings.key,
      commentAuthor: settings.commentAuthor,
    },
    event.environment,
    { logger: { warning: io.warning, info: io.info }, readFile: event.readEventFile },
  );
}
