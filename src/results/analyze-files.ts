/**
 * Several k6 results files (one test split over a job matrix, or k6-operator's runner pods)
 * judged as one run: each file read into its own record, checked to come from the same test,
 * merged (merge.ts) and summarised once. One file is analyzeFile as ever.
 */
import path from 'node:path';
import { AnalysisError, analyzeFile, judgeable, recordFile, type AnalyzeOptions } from './analyze.js';
import { checkDistinctInstances, instanceLoads } from './instances.js';
import { mergeRecords, type InstanceRecord } from './merge.js';
import { summarize } from './summarize.js';
import type { RunResult } from './types.js';

export async function analyzeFiles(files: readonly string[], options: AnalyzeOptions = {}): Promise<RunResult> {
  if (files.length === 1) return analyzeFile(files[0] as string, options);
  const instances: InstanceRecord[] = [];
  let cut: 'line' | 'gzip' | null = null;
  for (const file of files) {
    const read = await recordFile(file);
    if (read.record.requests.length === 0)
      throw new AnalysisError(file, 'holds no HTTP request at all: every segment file must be a k6 run that sent load');
    cut ??= read.cut;
    instances.push({ file, record: read.record });
  }
  checkDistinctInstances(instances);
  checkOneTest(instances);
  const loads = instanceLoads(instances);
  const { merged, starts } = mergeRecords(instances);
  const name = runName(files);
  const summary = summarize(merged, { file: name, cut, ...options, instances: loads });
  return { ...judgeable(name, summary, options.k6Exit), instances: starts };
}

/** The test a file ran, from what its samples carry: k6's `scenario` tag and our `profile` tag. */
export function testSignature(record: InstanceRecord['record']): string {
  const scenarios = [...record.tags.labels.scenario].sort().join('+') || '(no scenario tag)';
  const profiles = [...record.tags.labels.profile].sort().join('+');
  return profiles === '' ? `scenario ${scenarios}` : `scenario ${scenarios}, profile ${profiles}`;
}

/** Refuses files from different tests, naming the odd ones out (those apart from the most common test). */
export function checkOneTest(instances: readonly InstanceRecord[]): void {
  const signatures = instances.map(({ record }) => testSignature(record));
  const counts = new Map<string, number>();
  for (const s of signatures) counts.set(s, (counts.get(s) ?? 0) + 1);
  if (counts.size <= 1) return;
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  const odd = instances
    .map(({ file }, k) => ({ file, signature: signatures[k] as string }))
    .filter(({ signature }) => signature !== common);
  throw new AnalysisError(
    odd.map(({ file }) => file).join(', '),
    `ran ${[...new Set(odd.map((o) => o.signature))].join(' / ')}, the other files ran ${common}: judge together only the segment files of one test (same scenario and profile); remove the odd ones from results-file`,
  );
}

/** How the merged run is named in the report: the folder and the files' names. */
function runName(files: readonly string[]): string {
  const names = files.map((f) => path.basename(f));
  const shown = names.length > 4 ? [...names.slice(0, 3), `… ${names.length - 3} more`] : names;
  return path.join(path.dirname(files[0] as string), `${files.length} files (${shown.join(', ')})`);
}
