/** Where the time and the errors went: slowest endpoints, and status codes with their error messages. */
import { answeredDuration } from '../results/answered.js';
import type { EndpointResult, StatusResult } from '../results/types.js';
import { escapeTableCell } from './escape.js';
import { formatCount, formatMs, formatPercent, formatRps } from '../figures/format.js';

function endpointName(e: EndpointResult): string {
  const phase = e.phase === 'load' ? '' : ` (${e.phase})`;
  return `${escapeTableCell(e.method)} ${escapeTableCell(e.name)}${phase}`;
}

function errorsCell(e: { failed: number; requests: number; errorRate: number }): string {
  return e.failed === 0 ? '0' : `${formatCount(e.failed)} (${formatPercent(e.errorRate)})`;
}

/**
 * The load's endpoints, slowest p95 first. setup() and teardown() calls (logins,
 * clean-up) are not the load, so they appear only when the load made no requests.
 */
export function slowestEndpoints(endpoints: EndpointResult[]): EndpointResult[] {
  const load = endpoints.filter((e) => e.phase === 'load');
  return [...(load.length > 0 ? load : endpoints)].sort((a, b) => (b.duration?.p95 ?? -1) - (a.duration?.p95 ?? -1));
}

export function renderEndpoints(endpoints: EndpointResult[], maxRows: number): string {
  const sorted = slowestEndpoints(endpoints);
  if (sorted.length === 0) return '### Slowest endpoints\n\n_No HTTP requests were made._';
  const shown = sorted.slice(0, maxRows);
  const lines = [
    '### Slowest endpoints',
    '',
    '| Endpoint | Requests | Requests/s | p95 | p99 | Max | Errors |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...shown.map((e) => {
      const d = answeredDuration(e.duration);
      const ms = (v: number | undefined) => (v === undefined ? '—' : formatMs(v));
      return `| ${endpointName(e)} | ${formatCount(e.requests)} | ${formatRps(e.rps)} | ${ms(d?.p95)} | ${ms(d?.p99)} | ${ms(d?.max)} | ${errorsCell(e)} |`;
    }),
  ];
  if (sorted.length > shown.length)
    lines.push('', `_${sorted.length - shown.length} faster endpoints are in the details below._`);
  return lines.join('\n');
}

export function statusLabel(status: number): string {
  if (status === 0) return '0 (no response)';
  return String(status);
}

/** "dial: connection refused (1,234×)" lines, most frequent first, plus k6's error code. */
export function errorMessages(s: StatusResult, maxMessages: number, maxChars: number): string {
  const parts = s.errors
    .slice(0, maxMessages)
    .map((m) => `${escapeTableCell(m.message, maxChars)} (${formatCount(m.count)}×)`);
  const more = s.errors.length - Math.min(s.errors.length, maxMessages);
  if (more > 0) parts.push(`… ${more} more`);
  if (s.errorCode !== null) parts.push(`k6 error code ${s.errorCode}`);
  return parts.length === 0 ? '—' : parts.join('<br>');
}

/**
 * setup() and teardown() requests are in the counts but no check judges them: a column says how
 * many, so 500 refused logins in setup() do not read as the load's errors.
 */
export function outsideLoadCell(statuses: readonly StatusResult[]): ((s: StatusResult) => string) | null {
  if (!statuses.some((s) => (s.outsideLoad ?? 0) > 0)) return null;
  return (s) => formatCount(s.outsideLoad ?? 0);
}

export const OUTSIDE_LOAD_HEADER = 'Of them in setup/teardown (judged by no check)';

export function renderStatuses(statuses: StatusResult[], maxMessages: number, maxChars: number): string {
  if (statuses.length === 0) return '### Status codes\n\n_No responses._';
  const total = statuses.reduce((sum, s) => sum + s.count, 0);
  const sorted = [...statuses].sort((a, b) => a.status - b.status);
  const outside = outsideLoadCell(statuses);
  return [
    '### Status codes',
    '',
    `| Status | Requests | Share |${outside ? ` ${OUTSIDE_LOAD_HEADER} |` : ''} Most frequent errors |`,
    `|---|--:|--:|${outside ? '--:|' : ''}---|`,
    ...sorted.map(
      (s) =>
        `| ${statusLabel(s.status)} | ${formatCount(s.count)} | ${formatPercent(total === 0 ? 0 : s.count / total)} |${outside ? ` ${outside(s)} |` : ''} ${errorMessages(s, maxMessages, maxChars)} |`,
    ),
  ].join('\n');
}
