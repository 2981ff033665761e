/**
 * npx tsx scripts/readme-example.ts
 * Regenerates the README's example comment from the real enqueue-full recording, through the same
 * analysis, judgement and rendering as the action, and writes it between the README's markers.
 * test/readme/readme-example.test.ts fails when the README and this output drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadThresholds } from '../src/config/thresholds.js';
import { runContext } from '../src/gate/run-context.js';
import { judge } from '../src/judge/judge.js';
import { renderReport } from '../src/report/markdown.js';
import { analyzeFile } from '../src/results/analyze.js';
import { stagePlanFor } from '../scenarios/lib/options.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const README = path.join(ROOT, 'README.md');
export const START = '<!-- readme-example:start (npx tsx scripts/readme-example.ts writes this block) -->';
export const END = '<!-- readme-example:end -->';

/** The comment of the enqueue-full recording (k6 v0.49.0, the full profile) as the README quotes it. */
export async function readmeExample(): Promise<string> {
  const recording = path.join(ROOT, 'test/fixtures/recordings/enqueue-full/k6.ndjson.gz');
  const result = await analyzeFile(recording, { stagePlan: stagePlanFor('enqueue', 'full') });
  const thresholds = await loadThresholds(path.join(ROOT, 'thresholds/enqueue.t3-micro.json'));
  const settings = {
    scenario: { kind: 'enqueue' as const, scriptPath: path.join(ROOT, 'scenarios/enqueue-test.js') },
    profile: 'full' as const,
    baseUrl: 'https://staging.example.com',
    boothId: 1,
    authToken: null,
    thresholdsPath: path.join(ROOT, 'thresholds/enqueue.t3-micro.json'),
  };
  const k6 = { version: '0.49.0', run: { resultsPath: recording, exit: { complete: true }, errorLine: null } };
  const context = runContext(settings, k6 as Parameters<typeof runContext>[1], result, {
    commit: '3f9c2e1a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e',
    baselineEnvironment: thresholds.baseline?.environment ?? null,
    workspace: ROOT,
  });
  const markdown = renderReport({ result, verdict: judge(result, thresholds), context });
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** The README with its example block replaced; the markers must be there once each. */
export function withExample(readme: string, example: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}, in that order`);
  return `${readme.slice(0, start + START.length)}\n\n${example}\n\n${readme.slice(end)}`;
}

/** The example block as the README holds it now. */
export function currentExample(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return '';
  return readme.slice(start + START.length, end).trim();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(README, withExample(readFileSync(README, 'utf8'), await readmeExample()));
  console.log(`README.md: example comment regenerated from the enqueue-full recording`);
}
