/**
 * `perf-gate analyze <file>`: a k6 results file as tables or as JSON. The JSON is the RunResult
 * with the judged figures under `load` and k6's own summary figures under `wholeRun`.
 */
import { AnalysisError, analyzeFile, analyzeFileFigures } from '../results/analyze.js';
import { formatRunResult } from '../results/format-table.js';
import type { RunResult, StagePlan } from '../results/types.js';
import { stagePlanFor, taggedStagePlan } from '../../scenarios/lib/options.js';
import { ANALYZE_HELP, usageError, type Subcommand } from './usage.js';

/** The stage plans of the bundled scenarios' full profile (Festin's guide), for --stages (runs without a profile tag). */
export const BUNDLED_STAGE_PLANS: Record<string, StagePlan> = {
  enqueue: stagePlanFor('enqueue', 'full'),
  spike: stagePlanFor('spike', 'full'),
};

export const analyze: Subcommand = async (args, io) => {
  let file: string | undefined;
  let json = false;
  let stagePlan: StagePlan | undefined;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(ANALYZE_HELP);
    return 0;
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--stages' || arg.startsWith('--stages=')) {
      const name = (arg === '--stages' ? args[++i] : arg.slice('--stages='.length)) ?? '';
      stagePlan = BUNDLED_STAGE_PLANS[name];
      if (!stagePlan)
        return usageError(io, `--stages takes one of ${Object.keys(BUNDLED_STAGE_PLANS).join(', ')}; got "${name}"`);
    } else if (arg.startsWith('-')) return usageError(io, `unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else return usageError(io, `one file only; got "${file}" and "${arg}"`);
  }
  if (file === undefined) return usageError(io, 'analyze needs the k6 results file');
  try {
    const options = { stagePlan, planOf: taggedStagePlan };
    // Tables print no intervals and no time series: they are computed for --json only.
    io.stdout(
      json
        ? `${JSON.stringify(analysisJson(await analyzeFile(file, options)), null, 2)}\n`
        : formatRunResult(await analyzeFileFigures(file, options)),
    );
    return 0;
  } catch (error) {
    if (error instanceof AnalysisError) {
      io.stderr(`perf-gate: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
};

/** The RunResult as `analyze --json` shows it: `load` (what perf-gate judges) beside `wholeRun` (k6's summary). */
export function analysisJson(result: RunResult) {
  const { overall, wholeRun, ...rest } = result;
  return { load: overall, wholeRun, ...rest };
}
