import http from 'node:http';
import https from 'node:https';
import { UserError } from '../core/user-error.js';
import { networkReason } from '../core/network-reason.js';

/** The staging URL answered nothing: no load was sent. */
export class TargetDownError extends UserError {
  override name = 'TargetDownError';
}

/** Resolves when the server answered anything at all; rejects with the socket error otherwise. */
export type Probe = (url: string, timeoutMs: number) => Promise<void>;

/**
 * One request before any load: an unreachable target (DNS, refused, timeout) fails in seconds
 * with the reason, instead of k6 spending minutes recording connection errors as latency.
 * Any HTTP answer, even 401 or 404, proves the server is there.
 */
export async function checkTargetReachable(
  baseUrl: string,
  probe: Probe = httpProbe,
  timeoutMs = 10_000,
): Promise<void> {
  try {
    await probe(baseUrl, timeoutMs);
  } catch (error) {
    const fix = 'Check base-url and that staging is up and reachable from this runner.';
    throw new TargetDownError(
      `The target ${baseUrl} is unreachable (${networkReason(error, { timeoutMs })}); no load was sent. ${fix}`,
      { input: 'base-url', fix },
    );
  }
}

/** node:http rather than fetch: fetch refuses "bad ports" (6000, 6665, …) that k6 and staging servers use. */
function httpProbe(url: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const request = client.request(url, { method: 'GET', timeout: timeoutMs }, (response) => {
      response.resume();
      resolve();
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.on('error', reject);
    request.end();
  });
}
