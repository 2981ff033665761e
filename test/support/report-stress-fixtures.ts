/** ReportInputs that attack the report: hostile text, and runs far past GitHub's size limit. */
import type { StatusResult } from '../../src/results/types.js';
import type { ReportInput } from '../../src/report/types.js';
import { check, context, endpoint, failInput, passInput, requestStats } from './report-fixtures.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>|**x**';
export const HOSTILE_MESSAGE =
  'SyntaxError: unexpected `}` | near ``a|b`` <script>alert(1)</script> @octocat\n# injected';

/** A run whose tags, messages and context try to break out of the report's markdown. */
export function hostileInput(): ReportInput {
  const base = failInput();
  const hostile = endpoint(HOSTILE_NAME, 'GET|<b>', requestStats(120, 30, 55, 25_000));
  return {
    ...base,
    result: {
      ...base.result,
      file: 'C:\\Users\\runner\\AppData\\Local\\Temp\\perf-gate-9f\\<b>results.ndjson',
      endpoints: [hostile, ...base.result.endpoints],
      statuses: [
        { status: 500, count: 30, errorCode: 1500, errors: [{ message: HOSTILE_MESSAGE, count: 30 }] },
        ...base.result.statuses,
      ],
    },
    verdict: {
      ...base.verdict,
      checks: [
        check(`p95 (${HOSTILE_NAME})`, 'p95', 25_000, 3000, null, 'fail', 'whole 95% interval above the limit', {
          kind: 'endpoint',
          name: HOSTILE_NAME,
        }),
        ...base.verdict.checks,
      ],
    },
    context: context({
      scenario: 'custom: **bold** <i>x</i>',
      target: 'https://staging.example/`x`|y',
      reproduce: 'k6 run "my ```script```.js"',
      incomplete: true,
      incompleteReason: 'script threw ' + HOSTILE_MESSAGE,
    }),
    bottleneck: '</details><script>alert(1)</script>',
    dashboardUrl: 'https://grafana.example/d/x?a=(b)&c="d" <e>',
  };
}

/**
 * A run far past GitHub's comment limit: hundreds of endpoints with long URL names,
 * many status codes each with many long error messages.
 */
export function hugeInput(endpointCount = 600, statusCount = 40, messagesPerStatus = 25): ReportInput {
  const base = passInput();
  const endpoints = Array.from({ length: endpointCount }, (_, i) =>
    endpoint(
      `https://staging.festin.example/api/v1/waitings/booth/${i}?trace=${'x'.repeat(120)}`,
      'GET',
      requestStats(1000 + i, i % 7, 300, 50 + (i % 300)),
    ),
  );
  const statuses: StatusResult[] = Array.from({ length: statusCount }, (_, i) => ({
    status: 400 + i,
    count: 100 + i,
    errorCode: 1400 + i,
    errors: Array.from({ length: messagesPerStatus }, (_, j) => ({
      message: `request ${j} failed: upstream said ${'"no" '.repeat(60)}`,
      count: messagesPerStatus - j,
    })),
  }));
  return { ...base, result: { ...base.result, endpoints: [...base.result.endpoints, ...endpoints], statuses } };
}
