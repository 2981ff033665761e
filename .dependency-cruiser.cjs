/**
 * The module boundaries of perf-gate, checked by `npm run lint`. The pure stages (results,
 * figures, judge, report, history's statistics) compute; only the edges talk to the world.
 */
const PURE = '^src/(results|figures|judge|report)/';
const NETWORK_OR_PROCESS = '^(node:)?(http|https|net|tls|dns|child_process|worker_threads|cluster)$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules own one idea: give it one home.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-stages-no-actions',
      severity: 'error',
      comment: 'Analysis, judgement and rendering take plain data; the Actions toolkit stays at the edges.',
      from: { path: PURE },
      to: { path: '^node_modules/@actions/' },
    },
    {
      name: 'pure-stages-no-network-or-processes',
      severity: 'error',
      comment: 'A pure stage opens no socket and starts no process.',
      from: { path: PURE },
      to: { dependencyTypes: ['core'], path: NETWORK_OR_PROCESS },
    },
    {
      name: 'pure-stages-no-edges',
      severity: 'error',
      comment: 'A pure stage imports nothing from GitHub, k6, the host or the CLI (metrics/ only for its types).',
      from: { path: PURE },
      to: { path: '^src/(github|k6|host|cli|target)/|^src/main\\.ts$|^src/metrics/(?!types\\.ts$)' },
    },
    {
      name: 'judge-not-report',
      severity: 'error',
      comment: 'The verdict does not depend on how it is shown.',
      from: { path: '^src/judge/' },
      to: { path: '^src/report/' },
    },
    {
      name: 'figures-stand-alone',
      severity: 'error',
      comment: 'The catalogue is the root every stage reads; it reads none of them.',
      from: { path: '^src/figures/' },
      to: { path: '^src/(?!figures/)' },
    },
    {
      name: 'config-not-downstream',
      severity: 'error',
      comment: 'Config is read first; it knows nothing of the stages that consume it.',
      from: { path: '^src/config/' },
      to: { path: '^src/(judge|report|metrics|github|history|host|cli)/|^src/k6/(?!version\\.ts$)' },
    },
    {
      name: 'metrics-not-report',
      severity: 'error',
      from: { path: '^src/metrics/' },
      to: { path: '^src/report/' },
    },
    {
      name: 'history-statistics-pure',
      severity: 'error',
      comment: 'The history test and matching are pure; only the stores do I/O.',
      from: { path: '^src/history/(compare|match|entry|build|student-t)\\.ts$' },
      to: { path: '^node_modules/@actions/|^src/(github|k6|host|cli)/' },
    },
    {
      name: 'shipped-code-not-tooling',
      severity: 'error',
      comment: 'dist/ bundles src/: the stand-in, tests, scripts and benches stay out of it.',
      from: { path: '^src/' },
      to: { path: '^(standin|test|scripts|bench|demo)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
