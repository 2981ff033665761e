/**
 * A URL as logs and messages may show it: credentials, query and fragment left out (a mirror or a
 * Prometheus URL may carry a token in any of them), no trailing slash.
 */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/$/, '')}`;
  } catch {
    return '(an invalid URL)';
  }
}
