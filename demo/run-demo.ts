/**
 * The README's main command: start the Festin stand-in, run the quick enqueue profile through
 * the real pipeline and print the report and the verdict. k6 is the one given (--k6-path or
 * K6_PATH), else any k6 on PATH, else the pinned release downloaded (--k6-version or K6_VERSION
 * picks another). Without a k6 it says so in one line, naming every way to give one, and exits 1.
 *
 * `npm run demo -- --duet [--slowdown F]`: duet mode. Two stand-ins, the base at normal speed
 * and the head's service F times slower (1.2 by default), loaded side by side in one k6 run
 * (baseline-url) and judged paired.
 */
import { runGate } from '../src/cli/run.js';
import { dropActionsDebugLines } from '../src/cli/terminal-io.js';
import { startStandIn } from '../standin/server.js';

const print = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };

/** `--name value` or `--name=value` from the demo's arguments (npm run demo -- --k6-path …). */
function flag(name: string): string {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1] ?? '';
    if (args[i]?.startsWith(`--${name}=`)) return (args[i] as string).slice(name.length + 3);
  }
  return '';
}

/** --duet and its --slowdown, from the demo's arguments; null: the usual single-target demo. */
function duetArgs(args: string[]): { slowdown: number } | null {
  if (!args.includes('--duet')) return null;
  const at = args.indexOf('--slowdown');
  const slowdown = at >= 0 ? Number(args[at + 1]) : 1.2;
  if (!(slowdown >= 1))
    throw new Error(`--slowdown ${args[at + 1]}: give a factor of 1 or more, e.g. 1.2 for 20% slower`);
  return { slowdown };
}

/** The k6 the demo runs: --k6-path or K6_PATH, else any k6 on PATH, else the pinned release. */
function k6Inputs(): Record<string, string> {
  return {
    'k6-path': flag('k6-path') || process.env.K6_PATH || '',
    'k6-version': flag('k6-version') || process.env.K6_VERSION || '',
    'k6-download-base-url': process.env.K6_DOWNLOAD_BASE_URL || '',
  };
}

const K6_REMEDIES = { k6Path: '--k6-path /path/to/k6 (or K6_PATH)', k6Version: '--k6-version X.Y.Z (or K6_VERSION)' };

async function duetDemo(slowdown: number): Promise<number> {
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
        ...k6Inputs(),
        comment: 'never',
      },
      print,
      { remedies: K6_REMEDIES },
    );
  } finally {
    await Promise.all([base.close(), head.close()]);
  }
}

async function main(): Promise<number> {
  const duet = duetArgs(process.argv.slice(2));
  if (duet) return duetDemo(duet.slowdown);
  const standIn = await startStandIn({ port: 0 });
  let announced = false;
  try {
    return await runGate(
      {
        'base-url': standIn.url,
        scenario: 'enqueue',
        profile: 'quick',
        ...k6Inputs(),
        comment: 'never',
      },
      {
        out: print.out,
        err: (text) => {
          // Said once k6 is found, so a demo without k6 prints one line only.
          if (text.startsWith('Using k6 ') && !announced) {
            announced = true;
            print.err(`Festin stand-in listening at ${standIn.url}\n`);
          }
          print.err(text);
        },
      },
      { remedies: K6_REMEDIES },
    );
  } finally {
    await standIn.close();
  }
}

dropActionsDebugLines();
process.exitCode = await main();
