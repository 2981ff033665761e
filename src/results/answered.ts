/**
 * Latencies only of requests that got a response. k6 times a refused connection at 0 ms, so a
 * group whose every request took 0 ms got no response at all: its p95 is not "0 ms" but absent.
 */
export function answeredDuration<T extends { max: number }>(duration: T | null | undefined): T | null {
  if (duration === null || duration === undefined) return null;
  return duration.max === 0 ? null : duration;
}
