import { parseArgs } from 'node:util';
import type { StandInOptions } from './server.js';

function numberFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`--${name} ${value} is not a number`);
  return n;
}

/** The stand-in's command-line flags (see main.ts) as StandInOptions. */
export function standInOptionsFromArgs(args: string[]): StandInOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      workers: { type: 'string' },
      pool: { type: 'string' },
      'latency-ms': { type: 'string' },
      slowdown: { type: 'string' },
      'error-rate': { type: 'string' },
      'error-status': { type: 'string' },
      bottleneck: { type: 'string' },
      booths: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const bottleneck = values.bottleneck;
  if (bottleneck !== undefined && bottleneck !== 'cpu' && bottleneck !== 'pool')
    throw new Error(`--bottleneck ${bottleneck}: use cpu or pool`);
  return {
    port: numberFlag('port', values.port) ?? 8080,
    host: values.host,
    bottleneck,
    workers: numberFlag('workers', values.workers),
    poolSize: numberFlag('pool', values.pool),
    latencyMs: numberFlag('latency-ms', values['latency-ms']),
    slowdown: numberFlag('slowdown', values.slowdown),
    errorRate: numberFlag('error-rate', values['error-rate']),
    errorStatus: numberFlag('error-status', values['error-status']),
    booths: numberFlag('booths', values.booths),
    seed: numberFlag('seed', values.seed),
  };
}
