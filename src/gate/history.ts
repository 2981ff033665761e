/**
 * The history step of the pipeline: read the earlier runs, compare the checked figures with
 * them, and (on the default branch) record this run. History never fails the gate by being
 * absent: a missing branch or file, a read-only token or a refused call means one warning and a
 * verdict against the thresholds file. Only a corrupt history file stops the run.
 */
import os from 'node:os';
import type { Thresholds } from '../config/thresholds.js';
import type { ActionConfig, HistorySettings } from '../config/types.js';
import type { K6Run } from './k6.js';
import { UserError } from '../core/user-error.js';
import type { RunEvent } from '../github/context.js';
import type { ActionIO } from '../core/io.js';
import type { HistoryReport } from '../report/history-section.js';
import type { RunResult } from '../results/types.js';
import { historyEntryFrom } from '../history/build.js';
import { pooledEntry } from '../history/pooled.js';
import type { HistoryEntry } from '../history/entry.js';
import { DEFAULT_COMPARE_OPTIONS } from '../history/compare.js';
import { EARLIER_RUNS } from '../history/base-name.js';
import { historyEventFacts, historyPlan, terminalAutoNote } from '../history/event.js';
import { HistoryFileError } from '../history/file.js';
import { octokitHistoryApi } from '../history/github-api.js';
import { selectBaseline } from '../history/match.js';
import { GitHubHistoryStore } from '../history/store-github.js';
import { LocalHistoryStore } from '../history/store-local.js';
import type { HistoryRead, HistoryStore } from '../history/store.js';
import {
  compareCheckedFigures,
  historyRows,
  thresholdsBesideHistory,
  type CheckedComparison,
} from '../history/verdict.js';
import type { CheckResult } from '../judge/types.js';
import { median } from '../stats/median.js';

export interface HistoryStepInput {
  io: ActionIO;
  config: ActionConfig;
  event: RunEvent;
  result: RunResult;
  thresholds: Thresholds;
  /** The k6 run; null in results-file mode. */
  k6: K6Run | null;
  /** The runner's health while k6 ran (an overloaded run is kept but never a baseline); absent: unknown. */
  loadGenerator?: 'ok' | 'overloaded' | null;
  /** A duet (baseline-url): history neither judges nor records it (DUET_NOT_IN_HISTORY says why). */
  duet?: boolean;
}

/**
 * A duet's runner drives two targets, so head's figures are not those of a run that drove one:
 * recorded, they would skew main's band; judged against it, they would look slower. Its baseline
 * is base, in the same run.
 */
export const DUET_NOT_IN_HISTORY =
  'history: this duet run compared head with base in the same run; it is neither judged against nor recorded in the history, whose runs each drove one target';

export interface HistoryStep {
  /** What the verdict is judged against (the `baseline` output). */
  baseline: 'history' | 'thresholds-file';
  /** The thresholds to judge with: static baselines history stands in for are left out. */
  thresholds: Thresholds;
  /** The checked figures history compared, for composeVerdict to add as rows; null when it compared none. */
  comparison: { rows: CheckedComparison[]; base: string } | null;
  /** History's rows for a judged run (this one or its confirmation run), for composeVerdict; empty when history judges nothing. */
  rowsFor(result: RunResult): CheckResult[];
  /** The report's "vs <base>" section; null when history is off. */
  report: HistoryReport | null;
  /** Load-phase requests of the base runs (median), which a saturated run's pass must match; null without base runs. */
  baseRequests: number | null;
  /**
   * On the default branch, records this run once the verdict is composed: one entry pooled from
   * both runs when a confirmation run made a pair (history/pooled.ts), else this run's. A no-op elsewhere.
   */
  record(confirmation: RunResult | null): Promise<void>;
}

const FALLBACK = 'judged against the thresholds file';

function openStore(settings: HistorySettings, config: ActionConfig, event: RunEvent, defaultBranch: string | null) {
  const { source } = settings;
  if (source.kind === 'file') return { store: new LocalHistoryStore(source.path) as HistoryStore };
  const [owner, repo] = event.environment.repository?.split('/') ?? [];
  if (!owner || !repo || !config.githubToken) {
    return {
      unavailable: 'history: github needs GITHUB_REPOSITORY and a github-token (not running in GitHub Actions?)',
    };
  }
  const api = octokitHistoryApi({ token: config.githubToken, apiUrl: event.environment.apiUrl, owner, repo });
  const options = { branch: settings.branch, ...(defaultBranch ? { defaultBranch } : {}) };
  return { store: new GitHubHistoryStore(api, options) as HistoryStore };
}

/** A corrupt history file is the one history problem that stops the run: its message names the file and the repair. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof HistoryFileError) throw new UserError(error.message, { input: 'history' });
    throw error;
  }
}

const passThrough = (thresholds: Thresholds, report: HistoryReport | null): HistoryStep => ({
  baseline: 'thresholds-file',
  thresholds,
  comparison: null,
  rowsFor: () => [],
  record: async () => {},
  report,
  baseRequests: null,
});

export async function historyStep(input: HistoryStepInput): Promise<HistoryStep> {
  const { io, config, event, result, thresholds, k6 } = input;
  const settings = config.history;
  if (!settings || settings.source.kind === 'off') return passThrough(thresholds, null);

  let eventText: string | null = null;
  try {
    eventText = event.environment.eventPath === null ? null : event.readEventFile(event.environment.eventPath);
  } catch {
    // Publishing reports an unreadable event; history then only lacks the branch names.
  }
  const facts = historyEventFacts(io.env, eventText);
  const plan = historyPlan(settings.mode, facts);
  if (settings.source.kind === 'file') {
    const autoNote = terminalAutoNote(settings.mode, facts, settings.source.path);
    if (autoNote) io.info(autoNote);
  }
  const base = plan.mode === 'record' ? plan.branch : plan.baseBranch;
  const baseName = base ?? EARLIER_RUNS;
  const report = (fallback: string | null, extra: Partial<HistoryReport> = {}): HistoryReport => ({
    base: baseName,
    rows: [],
    runs: 0,
    needed: DEFAULT_COMPARE_OPTIONS.minRuns,
    fallback,
    notes: [],
    ...extra,
  });
  if (input.duet) {
    io.info(`${DUET_NOT_IN_HISTORY}.`);
    return passThrough(thresholds, report(DUET_NOT_IN_HISTORY));
  }

  const opened = openStore(settings, config, event, facts.defaultBranch);
  if (!opened.store) {
    // Outside Actions (the CLI) this is the normal case, not a problem worth a warning.
    (io.env['GITHUB_ACTIONS'] === 'true' ? io.warning : io.info)(`${opened.unavailable}; ${FALLBACK}.`);
    return passThrough(thresholds, report(`${opened.unavailable}; ${FALLBACK}`));
  }
  const { store } = opened;
  const scenario = config.scenario.kind === 'custom' ? scriptName(config.scenario.scriptPath) : config.scenario.kind;
  const entryOf = (run: RunResult) =>
    historyEntryFrom(run, {
      commit: event.commit ?? 'unknown',
      branch: plan.mode === 'record' ? plan.branch : (facts.branch ?? 'local'),
      time: result.startTime || new Date().toISOString(),
      scenario,
      profile: config.profile,
      // In results-file mode the k6 that wrote the file is unknown; such runs match each other.
      k6Version: k6?.version ?? 'unknown',
      runner: { os: os.platform(), arch: os.arch(), cpus: os.availableParallelism() },
      target: config.baseUrl,
      loadGenerator: input.loadGenerator ?? 'unknown',
    });
  const entry = entryOf(result);

  const read: HistoryRead = await guarded(() => store.read({ scenario, profile: config.profile }));
  let step: HistoryStep;
  if (read.kind === 'unavailable') {
    // A first recording run has no history yet by design; elsewhere the reason deserves a warning.
    (plan.mode === 'record' ? io.info : io.warning)(`History: ${read.reason}; ${FALLBACK}.`);
    step = passThrough(thresholds, report(`history: ${read.reason}; ${FALLBACK}`));
  } else {
    step = judgeAgainst(read.entries, entryOf, base, baseName, input, settings, report);
  }
  if (plan.mode !== 'record') return step;
  return {
    ...step,
    record: async (confirmation) => {
      const recorded = confirmation === null ? entry : pooledEntry(entry, entryOf(confirmation));
      step.report?.notes.push(await recordRun(io, store, recorded, settings, input));
    },
  };
}

function judgeAgainst(
  entries: readonly HistoryEntry[],
  entryOf: (result: RunResult) => HistoryEntry,
  base: string | null,
  baseName: string,
  input: HistoryStepInput,
  settings: HistorySettings,
  report: (fallback: string | null, extra?: Partial<HistoryReport>) => HistoryReport,
): HistoryStep {
  const options = { ...DEFAULT_COMPARE_OPTIONS, minChange: settings.minChange };
  const entry = entryOf(input.result);
  const selection = selectBaseline(entries, entry, base);
  const compare = (result: RunResult) =>
    compareCheckedFigures(
      input.thresholds,
      result,
      result === input.result ? entry : entryOf(result),
      selection.entries,
      options,
    );
  const compared = compare(input.result);
  const runs = Math.min(selection.entries.length, options.runs);
  const judged = compared.some((c) => c.comparison.status !== 'insufficient');
  const notes = [
    ...(selection.note ? [`Environment changed: ${selection.note}.`] : []),
    ...(selection.overloaded > 0
      ? [`${selection.overloaded} run(s) with an overloaded load generator left out of the baseline.`]
      : []),
  ];
  const fallback = judged ? null : `history: ${runs} of ${options.minRuns} runs needed; ${FALLBACK}`;
  if (fallback) input.io.info(`${fallback}.`);
  return {
    baseline: judged ? 'history' : 'thresholds-file',
    thresholds: thresholdsBesideHistory(input.thresholds, compared),
    comparison: { rows: compared, base: baseName },
    rowsFor: (result) => historyRows(result === input.result ? compared : compare(result), baseName),
    record: async () => {},
    report: report(fallback, { rows: compared, runs, needed: options.minRuns, notes }),
    baseRequests:
      selection.entries.length === 0 ? null : median(selection.entries.map((e) => e.figures.overall.requests)),
  };
}

/** Appends this run, unless its results are incomplete: a cut run would skew every later baseline. */
async function recordRun(
  io: ActionIO,
  store: HistoryStore,
  entry: HistoryEntry,
  settings: HistorySettings,
  input: HistoryStepInput,
): Promise<string> {
  const incomplete = (input.k6 !== null && !input.k6.run.exit.complete) || !input.result.evidence.complete;
  if (incomplete) {
    const note = 'This run is not recorded in the history: its results are incomplete.';
    io.info(note);
    return note;
  }
  const recorded = await guarded(() => store.record(entry, settings.size));
  if (recorded.kind === 'unavailable') {
    io.warning(`History: this run is not recorded: ${recorded.reason}.`);
    return `This run is not recorded in the history: ${recorded.reason}.`;
  }
  const note = `Recorded in ${recorded.location} (${recorded.entries} run${recorded.entries === 1 ? '' : 's'} kept).`;
  io.info(note);
  return note;
}

const scriptName = (scriptPath: string) => scriptPath.replace(/^.*[\\/]/, '');
