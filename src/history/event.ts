/**
 * Whether this run records or compares, read from the triggering event: the default branch's
 * push, schedule and workflow_dispatch runs record; a pull request compares with its base branch.
 */
import { isRecord } from '../core/is-record.js';
import type { HistoryMode } from '../config/types.js';

export interface HistoryEventFacts {
  /** GITHUB_EVENT_NAME; null outside GitHub Actions. */
  eventName: string | null;
  /** The branch this run is on: the PR's head ref, else GITHUB_REF_NAME; null when unknown. */
  branch: string | null;
  /** The repository's default branch, from the event payload. */
  defaultBranch: string | null;
  /** A pull request's base ref. */
  baseRef: string | null;
}

export type HistoryPlan =
  | { mode: 'record'; branch: string }
  /** Compare with `baseBranch`'s runs; null: with every recorded run (a local file outside CI). */
  | { mode: 'compare'; baseBranch: string | null };

const RECORDING_EVENTS = ['push', 'schedule', 'workflow_dispatch'];

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function historyEventFacts(env: NodeJS.ProcessEnv, eventText: string | null): HistoryEventFacts {
  let payload: unknown = null;
  try {
    payload = eventText === null ? null : JSON.parse(eventText);
  } catch {
    // An unreadable event only costs the plan its branch names; publishing reports it.
  }
  const pr = isRecord(payload) && isRecord(payload['pull_request']) ? payload['pull_request'] : null;
  const repository = isRecord(payload) && isRecord(payload['repository']) ? payload['repository'] : null;
  const ref = (side: 'base' | 'head') => (pr && isRecord(pr[side]) ? text(pr[side]['ref']) : null);
  return {
    eventName: text(env['GITHUB_EVENT_NAME']),
    branch: ref('head') ?? text(env['GITHUB_HEAD_REF']) ?? text(env['GITHUB_REF_NAME']),
    defaultBranch: repository ? text(repository['default_branch']) : null,
    baseRef: ref('base') ?? text(env['GITHUB_BASE_REF']),
  };
}

/** What `mode` means for this event: an `auto` run off the default branch compares with it; outside Actions it records. */
export function historyPlan(mode: HistoryMode, facts: HistoryEventFacts): HistoryPlan {
  const onDefault = facts.branch !== null && facts.branch === facts.defaultBranch;
  // Outside GitHub Actions (a terminal) there is no pull request to compare for: each run is
  // recorded, and compared with the earlier ones, as a person keeping a local file expects.
  const terminal = facts.eventName === null;
  const records =
    mode === 'record' ||
    (mode === 'auto' && (terminal || (onDefault && RECORDING_EVENTS.includes(facts.eventName ?? ''))));
  // A recording run is still compared with its own branch's earlier runs, so main sees its trend too.
  if (records) return { mode: 'record', branch: facts.branch ?? 'local' };
  return { mode: 'compare', baseBranch: facts.baseRef ?? facts.defaultBranch };
}

/** What a terminal user is told `auto` did; null where `auto` means what the README's workflow says. */
export function terminalAutoNote(mode: HistoryMode, facts: HistoryEventFacts, where: string): string | null {
  if (mode !== 'auto' || facts.eventName !== null) return null;
  return `History: outside GitHub Actions, history-mode auto compares this run with the earlier runs in ${where} and records it there (--history-mode compare only compares).`;
}
