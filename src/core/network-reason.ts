/**
 * Why a request got no answer, in words: the common socket errors by name, anything else as its
 * code and message. `timeoutMs` is the wait that ran out, when the caller set one; `withCode`
 * keeps the socket code beside the words, for logs someone may search.
 */
export function networkReason(error: unknown, options: { timeoutMs?: number; withCode?: boolean } = {}): string {
  const code = (error as { code?: unknown } | null)?.code;
  const words = knownReason(code, options.timeoutMs);
  if (words !== null) return options.withCode ? `${words} (${String(code)})` : words;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

function knownReason(code: unknown, timeoutMs: number | undefined): string | null {
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'DNS lookup failed';
    case 'ETIMEDOUT':
      return timeoutMs === undefined ? 'no answer in time' : `no answer within ${timeoutMs / 1000} s`;
    case 'ECONNRESET':
      return 'connection reset';
    default:
      return null;
  }
}
