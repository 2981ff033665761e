/**
 * The README's main command: start the Festin stand-in, run the quick enqueue profile through
 * the real pipeline and print the report and the verdict. k6 is the one given (--k6-path or
 * K6_PATH), else any k6 on PATH, else the pinned release downloaded (--k6-version or K6_VERSION
 * picks another). Without a k6 it says so in one line, naming every way to give one, and exits 1.
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

async function main(): Promise<number> {
  const standIn = await startStandIn({ port: 0 });
  let announced = false;
  try {
    return await runGate(
      {
        'base-url': standIn.url,
        scenario: 'enqueue',
        profile: 'quick',
        'k6-path': flag('k6-path') || process.env.K6_PATH || '',
        'k6-version': flag('k6-version') || process.env.K6_VERSION || '',
        'k6-download-base-url': process.env.K6_DOWNLOAD_BASE_URL || '',
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
      { remedies: { k6Path: '--k6-path /path/to/k6 (or K6_PATH)', k6Version: '--k6-version X.Y.Z (or K6_VERSION)' } },
    );
  } finally {
    await standIn.close();
  }
}

dropActionsDebugLines();
process.exitCode = await main();
