/**
 * The Festin stand-in from a terminal:
 *   npm run standin -- --port 8080 [--workers N] [--pool N] [--latency-ms N] [--slowdown F]
 *     [--error-rate 0.05] [--error-status 500] [--bottleneck cpu|pool] [--booths N]
 * Prints the URL it listens on, then serves until interrupted.
 */
import { standInOptionsFromArgs } from './cli-options.js';
import { startStandIn } from './server.js';

async function main(): Promise<void> {
  const standIn = await startStandIn(standInOptionsFromArgs(process.argv.slice(2)));
  process.stdout.write(`${standIn.url}\n`);
  const stop = () => void standIn.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`stand-in: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
