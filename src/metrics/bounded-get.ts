/**
 * One GET with hard bounds on its total time and on the bytes read, for answers from a server
 * perf-gate does not control (Prometheus). A server that drips a byte every few seconds is cut off
 * by the total bound, not only by silence; the body is kept as Buffers and decoded once. Redirects
 * are followed here, so the Authorization header never reaches another origin. Proxy settings
 * (HTTPS_PROXY, NO_PROXY) come from @actions/http-client's agent, as for perf-gate's other calls.
 */
import http from 'node:http';
import https from 'node:https';
import { HttpClient } from '@actions/http-client';

export interface BoundedGetOptions {
  headers: Record<string, string>;
  /** Silence this long on the socket ends the request. */
  idleTimeoutMs: number;
  /** The whole request, redirects and body included, ends after this. */
  totalTimeoutMs: number;
  /** More body than this is not read. */
  maxBytes: number;
  maxRedirects?: number;
}

export type BoundedGetResult =
  | { kind: 'answer'; status: number; body: string }
  | { kind: 'too-large'; status: number }
  | { kind: 'timeout'; bound: 'idle' | 'total' }
  | { kind: 'error'; message: string };

type Hop =
  | { kind: 'redirect'; location: string }
  | { kind: 'answer'; status: number; body: Buffer }
  | { kind: 'too-large'; status: number };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 5;
const proxyAgents = new HttpClient('perf-gate');

export async function boundedGet(url: string, options: BoundedGetOptions): Promise<BoundedGetResult> {
  const controller = new AbortController();
  let bound: 'idle' | 'total' | null = null;
  const stop = (which: 'idle' | 'total') => {
    bound ??= which;
    controller.abort();
  };
  const timer = setTimeout(() => stop('total'), options.totalTimeoutMs);
  try {
    const origin = new URL(url).origin;
    let current = new URL(url);
    for (let hop = 0; ; hop++) {
      // A credential is for the origin it was given for: a redirect elsewhere goes without it.
      const headers = current.origin === origin ? options.headers : withoutAuthorization(options.headers);
      const answer = await getOnce(current, headers, options, controller.signal, () => stop('idle'));
      if (answer.kind === 'too-large') return answer;
      if (answer.kind === 'answer')
        return { kind: 'answer', status: answer.status, body: answer.body.toString('utf8') };
      if (hop >= (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS))
        return { kind: 'error', message: `more than ${options.maxRedirects ?? DEFAULT_MAX_REDIRECTS} redirects` };
      current = new URL(answer.location, current);
      if (current.protocol !== 'http:' && current.protocol !== 'https:')
        return { kind: 'error', message: `a redirect to a ${current.protocol} URL` };
    }
  } catch (error) {
    if (bound !== null) return { kind: 'timeout', bound };
    return { kind: 'error', message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}

function getOnce(
  url: URL,
  headers: Record<string, string>,
  options: BoundedGetOptions,
  signal: AbortSignal,
  onIdle: () => void,
): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method: 'GET',
      headers,
      signal,
      agent: proxyAgents.getAgent(url.toString()),
    });
    request.setTimeout(options.idleTimeoutMs, onIdle);
    request.on('error', reject);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.resume();
        resolve({ kind: 'redirect', location });
        return;
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > options.maxBytes) {
          resolve({ kind: 'too-large', status });
          request.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve({ kind: 'answer', status, body: Buffer.concat(chunks) }));
      response.on('error', reject);
      response.on('close', () => {
        if (!response.complete) reject(new Error('the connection closed before the answer ended'));
      });
    });
    request.end();
  });
}
