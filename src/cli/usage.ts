/** The CLI's shared vocabulary: its streams, a subcommand's shape and the usage text. */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type Subcommand = (args: string[], io: CliIo) => Promise<number>;

export const USAGE = `usage: perf-gate <command> [options]

commands:
  analyze <file> [--json] [--stages enqueue|spike]
      Analyse a k6 results file (k6 run --out json=FILE, plain or .gz).
      --json     print the RunResult as JSON instead of tables (with the 95% intervals and time series)
      --stages   cut requests without a stage tag into the stages of a bundled scenario
  run --base-url URL [--baseline-url URL] [--scenario S] [--profile P] [--booth-id N] [--thresholds FILE]
      [--k6-path K6] [--k6-version V] [--results-file FILE] [--fail-on F] [--comment C]
      [--prometheus-url URL] [--grafana-url URL] …   (every input of action.yml is a flag)
      The whole gate, as the action runs it: the report on stdout (run > report.md), progress,
      the results folder (.perf-gate/runs/<time>-<scenario>/) and the verdict on stderr; exits 1
      when the step would fail. Secrets come from the environment only: AUTH_TOKEN,
      PROMETHEUS_AUTH_HEADER, GITHUB_TOKEN.
`;

export function usageError(io: CliIo, message: string): number {
  io.stderr(`perf-gate: ${message}\n\n${USAGE}`);
  return 2;
}
