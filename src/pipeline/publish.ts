import type { ActionIO } from '../action-io.js';
import type { ActionConfig } from '../config/types.js';
import { publishComment, type PublishResult } from '../github/comment.js';
import { gitHubEnvironmentFrom } from '../github/context.js';
import type { CheckStatus } from '../judge/types.js';

/** The report goes to the job summary always, and to the sticky PR comment as `comment` asks. */
export async function publishReport(
  io: ActionIO,
  config: ActionConfig,
  markdown: string,
  status: CheckStatus,
): Promise<PublishResult> {
  await io.writeSummary(markdown);
  return publishComment(
    {
      token: config.githubToken,
      body: markdown,
      mode: config.comment,
      verdictStatus: status,
      key: config.scenario.kind,
      commentAuthor: config.commentAuthor,
    },
    gitHubEnvironmentFrom(io.env),
    { logger: { warning: io.warning, info: io.info } },
  );
}
