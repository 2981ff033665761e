/**
 * One measurement, in a process of its own so that its peak memory is its own:
 *   node results-worker.mjs <engine|naive|floor> <file>
 * Prints {"seconds", "cpuSeconds", "peakRssMb", "check"} as JSON. `check` is a figure of the
 * work done (requests or lines or bytes) so a broken variant cannot look fast.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { analyzeFile } from '../src/results/analyze.js';
import { naiveDurations } from './naive.js';

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  const magic = Buffer.alloc(2);
  await handle.read(magic, 0, 2, 0);
  await handle.close();
  return magic[0] === 0x1f && magic[1] === 0x8b;
}

async function input(file: string): Promise<Readable> {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  // Gunzip with the engine's output chunk size and read-ahead, so the floor is gunzip at its fastest here.
  const gunzip = createGunzip({ chunkSize: 1 << 18, readableHighWaterMark: 4 << 20 } as ZlibOptions);
  return (await isGzip(file)) ? source.pipe(gunzip) : source;
}

/** The naive analysis (bench/naive.ts) over the file, plain or gzip. */
async function naive(file: string): Promise<number> {
  return (await naiveDurations(await input(file))).length;
}

/** The floor: reading the bytes (gunzip alone for .gz) and finding the line ends. */
async function floor(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of await input(file)) {
    const bytes = chunk as Buffer;
    for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, nl + 1)) lines++;
  }
  return lines;
}

/**
 * Peak resident memory of this process. On Linux VmHWM, because getrusage's maxrss survives
 * exec and would report the parent's (the bench runs under tsx) when larger.
 */
function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS / 1024;
}

const MODES: Record<string, (file: string) => Promise<number>> = {
  engine: async (file) => (await analyzeFile(file)).overall.requests,
  naive,
  floor,
};

const [mode = '', file = ''] = process.argv.slice(2);
const run = MODES[mode];
if (!run || !file) {
  process.stderr.write('usage: results-worker <engine|naive|floor> <file>\n');
  process.exit(2);
}
const cpu = process.cpuUsage();
const start = performance.now();
const check = await run(file);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peakRssMb(), check }),
);
