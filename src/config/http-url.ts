/** URL inputs: absolute http(s) without credentials. */
import { ConfigError } from './errors.js';

/** An absolute http(s) URL without credentials (they would be printed in links and warnings). */
export function httpUrl(name: string, value: string, example: string, secretInput = 'prometheus-auth-header'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `'${value}' is not a URL`, `Give an absolute http(s) URL such as ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(
      name,
      `'${url.protocol}' is not http or https`,
      `Give an absolute http(s) URL such as ${example}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError(
      name,
      'contains credentials (user:password@)',
      `Remove them from the URL; pass credentials through ${secretInput}, which is kept secret`,
    );
  }
  return value;
}
