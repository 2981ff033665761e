import { describe, expect, it } from 'vitest';
import { serverMetricsQueries } from '../../src/config/thresholds-schema.js';
import { resolveQueries } from '../../src/metrics/queries.js';

describe('server metric queries', () => {
  it("default to the names Spring Boot's Micrometer exports", () => {
    expect(resolveQueries()).toEqual({
      cpu: 'avg(process_cpu_usage)',
      poolPending: 'max(hikaricp_connections_pending)',
      poolActive: 'max(hikaricp_connections_active)',
      poolMax: 'max(hikaricp_connections_max)',
      heapUsedRatio:
        'max(sum by (instance) (jvm_memory_used_bytes{area="heap"}) / sum by (instance) (jvm_memory_max_bytes{area="heap"} > 0))',
      gcPauses: 'sum(jvm_gc_pause_seconds_count)',
      gcPauseSeconds: 'sum(jvm_gc_pause_seconds_sum)',
    });
  });

  it('take an override per figure from the thresholds file, trimmed', () => {
    const parsed = serverMetricsQueries.parse({ cpu: '  avg(rate(process_cpu_seconds_total[1m]))  ' });
    expect(resolveQueries(parsed).cpu).toBe('avg(rate(process_cpu_seconds_total[1m]))');
    expect(resolveQueries(parsed).poolPending).toBe('max(hikaricp_connections_pending)');
  });

  it('refuse an unknown figure or an empty query, saying what to give', () => {
    const unknown = serverMetricsQueries.safeParse({ cpuUsage: 'x' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toMatch(/cpuUsage/);
    const empty = serverMetricsQueries.safeParse({ heapUsedRatio: ' ' });
    expect(empty.error?.issues[0]?.message).toMatch(
      /^expected a PromQL expression for heapUsedRatio, e\.g\. "max\(sum by/,
    );
  });
});
