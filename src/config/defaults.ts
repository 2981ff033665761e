/**
 * The defaults of action.yml's inputs, for runs without the Actions runner (the CLI, the demo,
 * tests), where nothing fills them in. test/config/action-yml.test.ts keeps them equal to action.yml.
 */
export const INPUT_DEFAULTS = {
  'booth-id': '1',
  'k6-version': '2.2.0',
  'k6-download-base-url': 'https://github.com/grafana/k6/releases/download',
  comment: 'always',
  'fail-on': 'fail',
  'allow-paths-outside-workspace': 'false',
  confirm: 'true',
  history: 'github',
  'history-branch': 'perf-gate-history',
  'history-mode': 'auto',
  'history-size': '50',
} as const;
