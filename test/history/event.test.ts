import { describe, expect, it } from 'vitest';
import { historyPlan, terminalAutoNote, type HistoryEventFacts } from '../../src/history/event.js';

const terminal: HistoryEventFacts = { eventName: null, branch: null, defaultBranch: null, baseRef: null };
const pullRequest: HistoryEventFacts = {
  eventName: 'pull_request',
  branch: 'fix',
  defaultBranch: 'main',
  baseRef: 'main',
};
const pushToMain: HistoryEventFacts = { eventName: 'push', branch: 'main', defaultBranch: 'main', baseRef: null };

describe('history-mode auto', () => {
  it('records on a terminal (no GitHub event), on the default branch’s push, and compares a pull request', () => {
    expect(historyPlan('auto', terminal)).toEqual({ mode: 'record', branch: 'local' });
    expect(historyPlan('auto', pushToMain)).toEqual({ mode: 'record', branch: 'main' });
    expect(historyPlan('auto', pullRequest)).toEqual({ mode: 'compare', baseBranch: 'main' });
  });

  it('compare still only compares on a terminal', () => {
    expect(historyPlan('compare', terminal)).toEqual({ mode: 'compare', baseBranch: null });
  });

  it('tells a terminal user what auto did, and says nothing in a workflow', () => {
    expect(terminalAutoNote('auto', terminal, 'h.json')).toBe(
      'History: outside GitHub Actions, history-mode auto compares this run with the earlier runs in h.json and records it there (--history-mode compare only compares).',
    );
    expect(terminalAutoNote('auto', pullRequest, 'h.json')).toBeNull();
    expect(terminalAutoNote('record', terminal, 'h.json')).toBeNull();
  });
});
