/**
 * `perf-gate baseline <file>…`: the `stageBaseline` block of a thresholds file from k6 results
 * files of the baseline runs (each stage's median and p95, the median over the files), printed
 * as JSON to paste into the file. Several runs make a steadier baseline than one.
 */
import { AnalysisError, analyzeFileFigures } from '../results/analyze.js';
import { taggedStagePlan } from '../../scenarios/lib/options.js';
import { measureStageBaseline, type BaselineRun } from '../judge/stage-baseline-measure.js';
import { BASELINE_HELP, usageError, type Subcommand } from './usage.js';

export const baseline: Subcommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown !== undefined) return usageError(io, `unknown option ${unknown}`);
  if (args.length === 0) return usageError(io, 'baseline needs the k6 results file of at least one baseline run');
  try {
    const runs: BaselineRun[] = [];
    for (const file of args) {
      const { stages } = await analyzeFileFigures(file, { planOf: taggedStagePlan });
      runs.push({
        file,
        labels: stages.map((s) => s.stage.label),
        stages: stages.map(
          ({ stage, duration: d }) => d && { label: stage.label, p50: d.med, p95: d.p95, requests: d.count },
        ),
      });
    }
    const measured = measureStageBaseline(runs);
    if ('problem' in measured) {
      io.stderr(`perf-gate: ${measured.problem}\n`);
      return 1;
    }
    io.stdout(`${JSON.stringify({ stageBaseline: measured.stageBaseline }, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AnalysisError) {
      io.stderr(`perf-gate: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
};
