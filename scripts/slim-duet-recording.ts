/**
 * Cuts a duet recording down to what the paired judgement reads, for test fixtures: the load's
 * http_req_duration and http_req_failed samples, with the tags name, stage, scenario, target.
 * (A slim file is no longer a whole k6 run: judge whole recordings with results-file.)
 *   npx tsx scripts/slim-duet-recording.ts IN.json.gz OUT.ndjson.gz
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

const KEPT_TAGS = ['name', 'stage', 'scenario', 'target'];
const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npx tsx scripts/slim-duet-recording.ts IN.json.gz OUT.ndjson.gz');
  process.exit(2);
}

async function* slim(): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(input as string).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.includes('"target"') || !/"metric":"http_req_(duration|failed)"/.test(line)) continue;
    const point = JSON.parse(line) as { metric: string; type: string; data: { tags: Record<string, string> } };
    if (point.type !== 'Point' || point.data.tags['scenario'] === undefined) continue;
    const tags: Record<string, string> = {};
    for (const name of KEPT_TAGS) if (point.data.tags[name] !== undefined) tags[name] = point.data.tags[name];
    yield JSON.stringify({ ...point, data: { ...point.data, tags } }) + '\n';
  }
}

await pipeline(Readable.from(slim()), createGzip({ level: 9 }), createWriteStream(output));
