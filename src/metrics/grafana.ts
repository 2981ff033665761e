/** The Grafana dashboard link for the run's exact window. Pure. */

/**
 * `grafanaUrl` with `from`/`to` (epoch ms, Grafana's absolute range) set to the window. Other
 * query parameters and the fragment are kept byte for byte (re-encoding could break `var-` values);
 * an existing from/to is replaced. Null when the URL is not http(s).
 */
export function grafanaDashboardUrl(grafanaUrl: string, window: { fromMs: number; toMs: number }): string | null {
  const url = grafanaUrl.trim();
  if (!/^https?:\/\/[^/?#\s]+/i.test(url)) return null;
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const kept = (queryAt === -1 ? '' : beforeHash.slice(queryAt + 1))
    .split('&')
    .filter((pair) => pair !== '' && !/^(from|to)(=|$)/.test(pair));
  const range = [`from=${Math.floor(window.fromMs)}`, `to=${Math.ceil(window.toMs)}`];
  return `${path}?${[...kept, ...range].join('&')}${hash}`;
}
