/**
 * Keeps of a k6 `--out json` file only what judging latency needs (each load request's time
 * and duration) as gzipped JSON, for test/fixtures/recordings/compact:
 *   npx tsx scripts/compact-recording.ts K6_FILE OUT.json.gz NAME SCENARIO PROFILE "NOTE"
 */
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fromK6File, toCompact } from './power-curve/recording.js';

const [file, out, name, scenario, profile, note] = process.argv.slice(2);
if (!file || !out || !name || !scenario || !profile || note === undefined) {
  process.stderr.write('usage: compact-recording K6_FILE OUT.json.gz NAME SCENARIO PROFILE NOTE\n');
  process.exit(2);
}
const recording = await fromK6File(file, name, scenario, profile, note);
await writeFile(out, gzipSync(JSON.stringify(toCompact(recording)), { level: 9 }));
process.stdout.write(`${out}: ${recording.durations.length} load requests\n`);
