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
      --json     print the RunResult as JSON instead of tables
      --stages   cut requests without a stage tag into the stages of a bundled scenario
  run --base-url URL [--scenario S] [--profile P] [--booth-id N] [--thresholds FILE]
      [--k6-path K6] [--k6-version V] [--results-file FILE] [--fail-on F] [--prometheus-url URL] …
      The whole gate, as the action runs it: prints the report and the verdict, exits 1 when
      the step would fail. Secrets come from the environment: AUTH_TOKEN, PROMETHEUS_AUTH_HEADER.
`;

export function usageError(io: CliIo, message: string): number {
  io.stderr(`perf-gate: ${message}\n\n${USAGE}`);
  return 2;
}
