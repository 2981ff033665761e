import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReleaseAnswer {
  status: number;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** A local stand-in for github.com/grafana/k6/releases/download, answering only on 127.0.0.1. */
export interface K6ReleaseServer {
  /** Use as downloadBaseUrl. */
  baseUrl: string;
  /** Every request path, in order. */
  requests: string[];
  /** Answers for a path, one per request; the last repeats. Unrouted paths answer 404. */
  route(path: string, ...answers: ReleaseAnswer[]): void;
  close(): Promise<void>;
}

export async function startK6ReleaseServer(): Promise<K6ReleaseServer> {
  const routes = new Map<string, ReleaseAnswer[]>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const answers = routes.get(url);
    const answer = answers && answers.length > 1 ? answers.shift() : answers?.[0];
    response.statusCode = answer?.status ?? 404;
    for (const [name, value] of Object.entries(answer?.headers ?? {})) response.setHeader(name, value);
    response.end(answer?.body ?? 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/grafana/k6/releases/download`,
    requests,
    route: (path, ...answers) => routes.set(path, answers),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
