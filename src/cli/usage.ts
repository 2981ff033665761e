/** The CLI's shared vocabulary: its streams, a subcommand's shape and the usage text. */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** `cwd`: the folder the command works in (where `run` keeps .perf-gate/runs). */
export type Subcommand = (args: string[], io: CliIo, cwd: string) => Promise<number>;

export const ANALYZE_HELP = `usage: perf-gate analyze <file> [--json] [--stages enqueue|spike]

Analyse a k6 results file (k6 run --out json=FILE, plain or .gz) and print its figures as tables.
Exits 0, or 1 when the file cannot be analysed, 2 on a usage error.

  --json            print the RunResult as JSON instead of tables, with the 95% intervals and the
                    time series (default: tables)
  --stages NAME     cut requests without a stage tag into the stages of a bundled scenario: enqueue
                    or spike (default: none; the requests' own stage tags decide)
  --help, -h        this help
`;

export const BASELINE_HELP = `usage: perf-gate baseline <file> [<file>…]

Print the stageBaseline block of a thresholds file from the k6 results files of baseline runs
(each stage's median and p95 over the files' median), to paste into the thresholds file. With it
the whole run's p95 check with a percentage allowance is judged stage by stage. Record the runs
on the runner the gate runs on, against the service as it is on the default branch; 3 or more
make a steadier baseline than one. Exits 0, or 1 when the files cannot be used, 2 on a usage error.

  --help, -h        this help
`;

export const USAGE = `usage: perf-gate <command> [options]     (perf-gate <command> --help for every flag)

commands:
  analyze <file> [--json] [--stages enqueue|spike]
      Analyse a k6 results file (k6 run --out json=FILE, plain or .gz).
  baseline <file> [<file>…]
      Print a thresholds file's stageBaseline block from baseline runs' k6 results files.
  run --base-url URL [--baseline-url URL] [--scenario S] [--profile P] [--k6-path K6] [--k6-version V]
      [--thresholds FILE] [--fail-on F] [--confirm true|false]
      [--history FILE.json] [--history-mode auto|record|compare] [--min-change P%]
      [--results-file FILE] [--prometheus-url URL] …   (every input of action.yml is a flag)
      The whole gate, as the action runs it: the report on stdout (run > report.md), progress,
      the results folder (.perf-gate/runs/<time>-<scenario>/) and the verdict on stderr; exits 1
      when the step would fail. Any k6 on PATH is used unless --k6-path or --k6-version is given.
      With --history FILE.json every run is recorded there and compared with the earlier ones.
      Secrets come from the environment only: AUTH_TOKEN, PROMETHEUS_AUTH_HEADER, GITHUB_TOKEN.
  Flags take their value as --flag value or --flag=value.
`;

export function usageError(io: CliIo, message: string): number {
  io.stderr(`perf-gate: ${message}\n\n${USAGE}`);
  return 2;
}
