import type { ActionIO } from '../host/action-io.js';
import type { CommentMode } from '../config/types.js';
import type { CheckStatus } from '../judge/types.js';
import { publishComment, type PublishResult } from './comment.js';
import type { RunEvent } from './context.js';
import { COMMENT_MARKER, GITHUB_COMMENT_LIMIT } from './marker.js';

/** The report's room in a comment: GitHub's limit less the marker line publishing puts on top. */
export const REPORT_MAX_CHARS = GITHUB_COMMENT_LIMIT - `${COMMENT_MARKER}\n\n`.length;

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
 * The marker that finds the comment again is GitHub's business, so it is added here, not by the report.
 */
export async function publishReport(
  io: ActionIO,
  settings: PublishSettings,
  event: RunEvent,
  report: string,
  status: CheckStatus,
): Promise<PublishResult> {
  const markdown = commentBody(report);
  await io.writeSummary(markdown);
  return publishComment(
    {
      token: settings.githubToken,
      body: markdown,
      mode: settings.comment,
      verdictStatus: status,
      key: settings.key,
      commentAuthor: settings.commentAuthor,
    },
    event.environment,
    { logger: { warning: io.warning, info: io.info }, readFile: event.readEventFile },
  );
}
