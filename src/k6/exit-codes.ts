/**
 * What k6's exit code says about the run (k6's errext/exitcodes, the same in v0.49 and v2).
 * `analysable`: the results file holds a run worth judging, complete or partial.
 */
export interface K6Exit {
  code: number | null;
  meaning: string;
  analysable: boolean;
  complete: boolean;
}

const KNOWN: Record<number, Omit<K6Exit, 'code'>> = {
  0: { meaning: 'finished', analysable: true, complete: true },
  97: { meaning: 'cloud test run failed', analysable: true, complete: true },
  99: { meaning: 'finished; thresholds in the k6 script were crossed', analysable: true, complete: true },
  100: { meaning: 'setup() timed out', analysable: false, complete: false },
  101: { meaning: 'teardown() timed out: test users may be left in the lines', analysable: true, complete: true },
  104: { meaning: 'invalid k6 configuration', analysable: false, complete: false },
  105: { meaning: 'aborted from outside (signal or REST API)', analysable: true, complete: false },
  107: { meaning: 'the k6 script threw an exception', analysable: false, complete: false },
  108: {
    meaning: 'aborted by the script (test.abort() or an abortOnFail threshold)',
    analysable: true,
    complete: false,
  },
  109: { meaning: 'k6 panicked', analysable: true, complete: false },
  110: { meaning: 'the script marked the run as failed', analysable: true, complete: true },
};

/** k6's own words when an abortOnFail threshold (the scenarios' target-down guard) ended the run. */
const ABORTED_BY_THRESHOLD = /abortOnFail|stopping test prematurely/;

/** Signals by number, for exit codes 128+n (a wrapper script's or shell's report of a signal death). */
const SIGNALS: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  6: 'SIGABRT',
  9: 'SIGKILL',
  15: 'SIGTERM',
};

/**
 * `signal`: the signal that ended k6 when it died by one. Whatever ended k6 early, the results
 * it wrote are kept and judged as incomplete; only exits before any load (setup timed out, bad
 * configuration, a script exception) leave nothing worth judging.
 */
export function interpretK6Exit(
  code: number | null,
  errorLine: string | null = null,
  signal: string | null = null,
): K6Exit {
  if (code === null) {
    const meaning =
      signal === null ? 'k6 was killed before it finished' : `k6 was killed by ${signal} before it finished`;
    return { code, meaning, analysable: true, complete: false };
  }
  if (code > 128 && code < 128 + 65) {
    const name = SIGNALS[code - 128] ?? `signal ${code - 128}`;
    return {
      code,
      meaning: `k6 was killed by ${name} before it finished (exit ${code} = 128 + ${code - 128})`,
      analysable: true,
      complete: false,
    };
  }
  if (errorLine !== null && ABORTED_BY_THRESHOLD.test(errorLine)) {
    return {
      code,
      meaning: 'stopped early: nearly every request failed, the target looks down',
      analysable: true,
      complete: false,
    };
  }
  const known = KNOWN[code];
  if (known) return { code, ...known };
  return {
    code,
    meaning: `k6 exited with code ${code} (bad flags or an unreadable file)`,
    analysable: false,
    complete: false,
  };
}

/**
 * The one line worth showing from k6's log: the last `level=error` (or fatal) message, unquoted.
 * k6 logs as logfmt: time="…" level=error msg="…" hint="…". Without one, the last line that is
 * not logfmt at all (a flag parser's "unknown flag: …"); a `level=info` or `level=warning` line
 * is the script's chatter, never the reason a run failed.
 */
export function lastK6Error(stderr: string): string | null {
  let found: string | null = null;
  for (const line of stderr.split('\n')) {
    if (!/\blevel=(error|fatal)\b/.test(line)) continue;
    const msg = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
    const hint = /\bhint="((?:[^"\\]|\\.)*)"/.exec(line);
    if (msg) found = unescape(msg[1] as string) + (hint ? ` (${unescape(hint[1] as string)})` : '');
  }
  if (found !== null) return found;
  const plain = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/\blevel=\w+/.test(l) && !/^(INFO|WARN|DEBU)\[/.test(l));
  return plain.length > 0 ? (plain[plain.length - 1] as string) : null;
}

function unescape(value: string): string {
  return value
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ');
}
