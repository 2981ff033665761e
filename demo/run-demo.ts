/**
 * The README's main command: start the Festin stand-in, run the quick enqueue profile through
 * the real pipeline (k6 from K6_PATH, PATH, or the action's installer) and print the report
 * and the verdict. Without a k6 it says so in one line and exits 1.
 *
 * `npm run demo -- --duet [--slowdown F]`: duet mode. Two stand-ins, the base at normal speed
 * and the head's service F times slower (1.2 by default), loaded side by side in one k6 run
 * (baseline-url) and judged paired.
 */
import { installK6 } from '../src/k6/install.js';
import { INPUT_DEFAULTS } from '../src/config/defaults.js';
import { DEFAULT_K6_VERSION } from '../src/config/k6-version.js';
import { runGate } from '../src/cli/run.js';
import { dropActionsDebugLines } from '../src/cli/terminal-io.js';
import { startStandIn } from '../standin/server.js';

const print = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };

async function findK6(): Promise<string | null> {
  const downloadBaseUrl = process.env.K6_DOWNLOAD_BASE_URL || INPUT_DEFAULTS['k6-download-base-url'];
  try {
    const k6 = await installK6(
      { version: DEFAULT_K6_VERSION, k6Path: process.env.K6_PATH || null, downloadBaseUrl },
      { retryDelaysMs: [500], log: { info: () => {}, warning: () => {}, debug: () => {} } },
    );
    return k6.k6Path;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    print.err(
      `perf-gate demo: no k6 available (not on PATH, K6_PATH unset or unusable, and the download of k6 v${DEFAULT_K6_VERSION} failed: ${reason}). ` +
        `Install k6 (https://grafana.com/docs/k6/latest/set-up/install-k6/) or run K6_PATH=/path/to/k6 npm run demo.\n`,
    );
    return null;
  }
}

/** --duet and its --slowdown, from the demo's arguments; null: the usual single-target demo. */
function duetArgs(args: string[]): { slowdown: number } | null {
  if (!args.includes('--duet')) return null;
  const at = args.indexOf('--slowdown');
  const slowdown = at >= 0 ? Number(args[at + 1]) : 1.2;
  if (!(slowdown > 0)) throw new Error(`--slowdown ${args[at + 1]}: give a factor above 0, e.g. 1.2 for 20% slower`);
  return { slowdown };
}

async function duetDemo(k6Path: string, slowdown: number): Promise<number> {
  const base = await startStandIn({ port: 0 });
  const head = await startStandIn({ port: 0, slowdown });
  print.err(`Duet: base stand-in at ${base.url}, head stand-in (service ×${slowdown}) at ${head.url}\n`);
  try {
    return await runGate(
      {
        'base-url': head.url,
        'baseline-url': base.url,
        scenario: 'enqueue',
        profile: 'quick',
        'k6-path': k6Path,
        comment: 'never',
      },
      print,
    );
  } finally {
    await Promise.all([base.close(), head.close()]);
  }
}

async function main(): Promise<number> {
  const k6Path = await findK6();
  if (k6Path === null) return 1;
  const duet = duetArgs(process.argv.slice(2));
  if (duet) return duetDemo(k6Path, duet.slowdown);
  const standIn = await startStandIn({ port: 0 });
  print.err(`Festin stand-in listening at ${standIn.url}\n`);
  try {
    return await runGate(
      { 'base-url': standIn.url, scenario: 'enqueue', profile: 'quick', 'k6-path': k6Path, comment: 'never' },
      print,
    );
  } finally {
    await standIn.close();
  }
}

dropActionsDebugLines();
process.exitCode = await main();
