/**
 * The one table of the step's inputs, in action.yml's order. The config reader's names and
 * defaults, and the CLI's flags, secrets, terminal defaults and help derive from it;
 * test/config/action-yml.test.ts holds action.yml to it (names, order, defaults, which are
 * secret). The words users read stay in action.yml, the page GitHub shows; `npm run docs` copies
 * them to the README and src/cli/input-docs.ts.
 *
 * On a terminal (`perf-gate run`) every input is the flag `--<name>`, except a secret, which is
 * read from its environment variable so that it never shows in the process list.
 */
export interface InputRow {
  readonly name: string;
  /** action.yml's default, verbatim; '' when unset. */
  readonly default: string;
  /** A secret: masked, never a flag or a log line; the CLI reads it from this environment variable. */
  readonly secretEnv?: string;
  /** Where a terminal run differs from the action: its own default, and what the help adds. */
  readonly terminal?: { readonly default?: string; readonly note?: string };
  /**
   * What an empty value stands for (action.yml's "Empty: …"), which the CLI help gives as the
   * default: "none" would be untrue there.
   */
  readonly emptyMeans?: string;
}

export const INPUT_TABLE = [
  { name: 'scenario', default: '', emptyMeans: "enqueue, or with --results-file the requests' tag" },
  { name: 'base-url', default: '' },
  { name: 'baseline-url', default: '' },
  { name: 'booth-id', default: '1' },
  { name: 'auth-token', default: '', secretEnv: 'AUTH_TOKEN' },
  { name: 'thresholds', default: '', emptyMeans: 'the bundled t3.micro file of the scenario' },
  { name: 'profile', default: '', emptyMeans: "full, or with --results-file the requests' tag" },
  {
    name: 'k6-version',
    default: '2.2.0',
    terminal: { note: 'On a terminal, giving it downloads that release even when another k6 is on PATH.' },
  },
  {
    name: 'k6-path',
    default: '',
    terminal: { note: 'On a terminal, without it, any k6 on PATH is used (its version is said).' },
  },
  { name: 'k6-download-base-url', default: 'https://github.com/grafana/k6/releases/download' },
  { name: 'results-file', default: '' },
  { name: 'segment', default: '' },
  { name: 'start-at', default: '' },
  { name: 'github-token', default: '${{ github.token }}', secretEnv: 'GITHUB_TOKEN' },
  // A terminal has no pull request: no comment unless asked for (--comment always, with
  // GITHUB_TOKEN and a workflow's GITHUB_EVENT_PATH).
  { name: 'comment', default: 'always', terminal: { default: 'never' } },
  { name: 'comment-author', default: '', emptyMeans: "the token's own login, asked from GitHub" },
  { name: 'comment-key', default: '' },
  { name: 'fail-on', default: 'fail' },
  { name: 'confirm', default: 'true' },
  { name: 'prometheus-url', default: '' },
  { name: 'prometheus-auth-header', default: '', secretEnv: 'PROMETHEUS_AUTH_HEADER' },
  { name: 'grafana-url', default: '' },
  // A person at a terminal names their own files; the confinement guards CI against a pull
  // request's committed symlink.
  { name: 'allow-paths-outside-workspace', default: 'false', terminal: { default: 'true' } },
  {
    name: 'history',
    default: 'github',
    terminal: {
      note: 'On a terminal, give a .json path: history-mode auto then records every run in it and compares with the earlier ones.',
    },
  },
  { name: 'history-branch', default: 'perf-gate-history' },
  {
    name: 'history-mode',
    default: 'auto',
    terminal: { note: 'On a terminal (no GitHub event), auto records and compares.' },
  },
  { name: 'history-size', default: '50' },
  // Empty: 10% against history, 5% in duet mode (config/history-inputs.ts, config/duet-inputs.ts).
  { name: 'min-change', default: '', emptyMeans: '10%; 5% with --baseline-url' },
] as const satisfies readonly InputRow[];

export type InputName = (typeof INPUT_TABLE)[number]['name'];

type Row = (typeof INPUT_TABLE)[number];

/** The inputs readConfig reads, in action.yml's order. */
export const CONFIG_INPUTS: readonly InputName[] = INPUT_TABLE.map((row) => row.name);

/** Defaults code can fill in itself: not '' (unset) and not an expression only the runner evaluates. */
type LiteralDefaults = {
  [R in Row as R['default'] extends '' | `${string}\${{${string}` ? never : R['name']]: R['default'];
};

const isLiteral = (value: string) => value !== '' && !value.includes('${{');

/**
 * The defaults of action.yml's inputs, for runs without the Actions runner (the CLI, the demo,
 * tests), where nothing fills them in.
 */
export const INPUT_DEFAULTS = Object.fromEntries(
  INPUT_TABLE.filter((row) => isLiteral(row.default)).map((row) => [row.name, row.default]),
) as LiteralDefaults;

/** An input's value as the reader sees it: what was given, else action.yml's default, else ''. */
export function withDefault(name: InputName, given: string): string {
  return given || (INPUT_DEFAULTS as Partial<Record<InputName, string>>)[name] || '';
}
