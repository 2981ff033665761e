/**
 * Hand-made k6 `--out json` lines, in exactly the shape of the recordings
 * (test/fixtures/recordings/*): declarations, then Points with time, value and tags.
 */
const BASE_MS = Date.parse('2026-11-24T15:09:15.000Z');

/** A sample time `offsetMs` after a fixed base, as k6 writes it (RFC 3339, UTC). */
export function at(offsetMs: number): string {
  return new Date(BASE_MS + offsetMs).toISOString();
}

export function declaration(name: string, type: 'counter' | 'trend' | 'rate' | 'gauge', contains = 'default'): string {
  return `{"type":"Metric","data":{"name":"${name}","type":"${type}","contains":"${contains}","thresholds":[],"submetrics":null},"metric":"${name}"}`;
}

export function point(metric: string, time: string, value: number, tags: Record<string, string>): string {
  return `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${JSON.stringify(tags)}}}`;
}

export interface RequestSample {
  offsetMs: number;
  duration: number;
  name?: string;
  method?: string;
  status?: number;
  group?: string;
  /** Extra tags (stage, error, error_code, ...). */
  tags?: Record<string, string>;
  /** Whether k6 counts it as failed; by default status >= 400 or 0. */
  failed?: boolean;
}

/** The nine lines k6 writes for one HTTP request, in k6's order. */
export function request(sample: RequestSample): string[] {
  const status = sample.status ?? 200;
  const failed = sample.failed ?? (status === 0 || status >= 400);
  const group = sample.group ?? '';
  const tags: Record<string, string> = {
    expected_response: String(!failed),
    group,
    method: sample.method ?? 'GET',
    name: sample.name ?? 'position',
    proto: 'HTTP/1.1',
    ...(group.startsWith('::') ? {} : { scenario: 'default' }),
    status: String(status),
    url: sample.name ?? 'position',
    ...sample.tags,
  };
  const time = at(sample.offsetMs);
  return [
    point('http_reqs', time, 1, tags),
    point('http_req_duration', time, sample.duration, tags),
    point('http_req_blocked', time, 0.003206, tags),
    point('http_req_connecting', time, 0, tags),
    point('http_req_tls_handshaking', time, 0, tags),
    point('http_req_sending', time, 0.08964, tags),
    point('http_req_waiting', time, sample.duration * 0.9, tags),
    point('http_req_receiving', time, sample.duration * 0.1, tags),
    point('http_req_failed', time, failed ? 1 : 0, tags),
  ];
}

export function vus(offsetMs: number, value: number): string {
  return point('vus', at(offsetMs), value, {});
}

/** A k6 file: the declarations k6 writes first, then the given lines, newline-terminated. */
export function k6File(lines: string[]): string {
  return [declaration('http_reqs', 'counter'), declaration('http_req_duration', 'trend', 'time'), ...lines]
    .map((l) => `${l}\n`)
    .join('');
}
