/**
 * A real recording split into N files as N k6 instances of one test would have written them,
 * for the merge tests. k6's NDJSON carries no `vu` tag (the recordings' system tags do not
 * include it), so the split is by sample, with a deterministic rule:
 * - `contiguous`: the sample lines in N consecutive runs of lines, cut only where a request's
 *   samples begin (its http_reqs line), so the merged rows are in the file's own order;
 * - `interleaved`: each request to file (time's nanoseconds mod N): all samples of one request
 *   share their time, so they stay together, and every file holds a share of every stage.
 * Metric declarations go to every file; the `vus` gauge to the first only (the others add 0,
 * so the sum is the recording's); setup()'s iteration_duration to every file, since every
 * instance runs its own setup(), so each file's load starts when the recording's did.
 */
export type SplitRule = 'contiguous' | 'interleaved';

export function splitRecording(text: string, parts: number, rule: SplitRule): string[] {
  const lines = text.split('\n').filter((line) => line !== '');
  const out: string[][] = Array.from({ length: parts }, () => []);
  const samples = lines.filter((line) => !isDeclaration(line)).length;
  let seen = 0;
  let part = 0;
  for (const line of lines) {
    if (isDeclaration(line) || isSetupEnd(line)) {
      for (const o of out) o.push(line);
      continue;
    }
    if (/"metric":"vus(_max)?"/.test(line)) {
      (out[0] as string[]).push(line);
      seen++;
      continue;
    }
    if (rule === 'interleaved') {
      part = Number(/"time":"[^"]*\.(\d+)/.exec(line)?.[1] ?? '0') % parts;
    } else if (line.includes('"metric":"http_reqs"')) {
      part = Math.min(parts - 1, Math.floor((seen * parts) / samples));
    }
    (out[part] as string[]).push(line);
    seen++;
  }
  return out.map((o) => o.join('\n') + '\n');
}

function isDeclaration(line: string): boolean {
  return line.startsWith('{"type":"Metric"');
}

function isSetupEnd(line: string): boolean {
  return line.includes('"metric":"iteration_duration"') && line.includes('"group":"::setup"');
}
