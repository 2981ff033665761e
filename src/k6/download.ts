import { HttpClient } from '@actions/http-client';

/** What one GET answered, after redirects. */
export interface HttpAnswer {
  statusCode: number;
  body: Buffer;
}

/** One GET, no retries of its own; a thrown error means no answer at all (connection refused, reset, DNS). */
export type HttpFetcher = (url: string) => Promise<HttpAnswer>;

/** Backoff before each retry: 1 s, 2 s, 4 s, 8 s (five attempts, ~15 s of waiting at worst). */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000];

export interface RetryPolicy {
  /** Delay before retry n (n = index); its length is the number of retries. */
  retryDelaysMs: readonly number[];
  sleep: (ms: number) => Promise<void>;
  /** Progress lines (retries are worth seeing in the log). */
  info: (message: string) => void;
}

export type DownloadOutcome =
  | { kind: 'ok'; body: Buffer }
  /** A definitive answer that retrying cannot change (404, 403, …). */
  | { kind: 'refused'; statusCode: number }
  /** Still failing after every retry. */
  | { kind: 'gave-up'; attempts: number; lastFailure: string };

const MAX_REDIRECTS = 10;

export function httpClientFetcher(): HttpFetcher {
  // Our own retry loop (the client's is off so no retry is doubled) and our own redirects: the client cannot
  // follow a relative Location, which a mirror may send.
  const client = new HttpClient('perf-gate', [], { allowRetries: false, maxRetries: 0, allowRedirects: false });
  return async (url) => {
    let current = url;
    for (let hop = 0; ; hop++) {
      const response = await client.get(current);
      const chunks: Buffer[] = [];
      for await (const chunk of response.message) chunks.push(Buffer.from(chunk as Uint8Array));
      const statusCode = response.message.statusCode ?? 0;
      const location = response.message.headers.location;
      if (statusCode >= 300 && statusCode < 400 && location && hop < MAX_REDIRECTS) {
        current = new URL(location, current).toString();
        continue;
      }
      return { statusCode, body: Buffer.concat(chunks) };
    }
  };
}

function isTransient(statusCode: number): boolean {
  return statusCode === 408 || statusCode === 429 || statusCode >= 500;
}

/** GET with exponential backoff on transient failures (no answer, 408, 429, 5xx); other answers are final. */
export async function downloadWithRetry(
  url: string,
  fetcher: HttpFetcher,
  policy: RetryPolicy,
): Promise<DownloadOutcome> {
  const attempts = policy.retryDelaysMs.length + 1;
  let lastFailure = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const answer = await fetcher(url);
      if (answer.statusCode >= 200 && answer.statusCode < 300) return { kind: 'ok', body: answer.body };
      if (!isTransient(answer.statusCode)) return { kind: 'refused', statusCode: answer.statusCode };
      lastFailure = `answered ${answer.statusCode}`;
    } catch (error) {
      lastFailure = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const delay = policy.retryDelaysMs[attempt - 1];
    if (delay === undefined) break;
    policy.info(`${url} ${lastFailure} (attempt ${attempt} of ${attempts}); retrying in ${delay} ms`);
    await policy.sleep(delay);
  }
  return { kind: 'gave-up', attempts, lastFailure };
}
