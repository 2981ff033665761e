/**
 * The k6 system tags the analysis reads, to pass as `k6 run --system-tags=...`: every other
 * system tag (url, proto, tls_version, subproto, service, check, ...) only adds bytes k6 must
 * write on every sample line, CPU taken from load generation on a 2-core runner.
 * `stage` is not a system tag: our scenarios set it per request.
 */
export const ANALYSIS_SYSTEM_TAGS = [
  'status',
  'method',
  'name',
  'group',
  'scenario',
  'error',
  'error_code',
  // k6 tags requests with it when it decides http_req_failed; thresholds on {expected_response:true} need it too.
  'expected_response',
] as const;
