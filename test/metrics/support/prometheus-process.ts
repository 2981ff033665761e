/** A real Prometheus (Debian's package) scraping given targets every second, on loopback, for tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';

export interface RunningPrometheus {
  url: string;
  /** Resolves once Prometheus holds a scrape of every target taken after `epochMs`. */
  scrapedAfter(epochMs: number): Promise<void>;
  stop(): Promise<void>;
}

export function requirePrometheus(): void {
  if (!existsSync(PROMETHEUS_BIN)) {
    throw new Error(
      `${PROMETHEUS_BIN} is missing: the server-metrics test needs a real Prometheus. Install it with \`sudo apt-get install prometheus\` (CI's .ci/run does), or point PROMETHEUS_BIN at a prometheus binary.`,
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(
  what: string,
  timeoutMs: number,
  attempt: () => Promise<T | null>,
  log: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await attempt().catch(() => null);
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Prometheus: ${what} within ${timeoutMs / 1000} s. Its log:\n${log()}`);
}

export async function startPrometheus(targets: string[]): Promise<RunningPrometheus> {
  requirePrometheus();
  const dir = await mkdtemp(path.join(tmpdir(), 'perf-gate-prometheus-'));
  const config = path.join(dir, 'prometheus.yml');
  const scrapeTargets = targets.map((t) => `'${new URL(t).host}'`).join(', ');
  await writeFile(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  scrape_timeout: 1s',
      'scrape_configs:',
      '  - job_name: festin',
      '    metrics_path: /actuator/prometheus',
      '    static_configs:',
      `      - targets: [${scrapeTargets}]`,
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killTimer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      'not ready',
      20_000,
      async () => ((await fetch(`${url}/-/ready`)).ok ? true : null),
      () => output,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    stop,
    scrapedAfter: async (epochMs) => {
      await waitFor(
        `no scrape of every target after ${new Date(epochMs).toISOString()}`,
        15_000,
        async () => {
          const res = await fetch(
            `${url}/api/v1/query?query=${encodeURIComponent('min(timestamp(up == 1)) and on() count(up == 1) == ' + targets.length)}`,
          );
          const body = (await res.json()) as { data?: { result?: Array<{ value: [number, string] }> } };
          const seconds = Number(body.data?.result?.[0]?.value[1]);
          return seconds * 1000 > epochMs ? true : null;
        },
        () => output,
      );
    },
  };
}
