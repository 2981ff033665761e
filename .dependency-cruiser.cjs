/**
 * The module boundaries of perf-gate, checked by `npm run lint`; docs/architecture.md draws them.
 * Imports run one way: entry (src/*.ts, cli/) → gate/ → stages → config/ → core (core/, figures/,
 * stats/). The stages import each other in one order only (STAGES below, later may import
 * earlier). No exceptions: a rule that needs one means an idea lacks its one home.
 */
const PURE = '^src/(results|figures|judge|report|stats)/';
const NETWORK_OR_PROCESS = '^(node:)?(http|https|net|tls|dns|child_process|worker_threads|cluster)$';

/** The stages, each allowed to import only those before it. */
const STAGES = ['results', 'k6', 'probe', 'metrics', 'judge', 'github', 'history', 'report'];
const CORE = ['core', 'figures', 'stats'];
const folders = (names) => `^src/(${names.join('|')})/`;

const stageOrder = STAGES.slice(0, -1).map((stage, i) => ({
  name: `stage-order-${stage}`,
  severity: 'error',
  comment: `${stage}/ comes before ${STAGES.slice(i + 1).join(', ')} in the stage order; it imports none of them.`,
  from: { path: `^src/${stage}/` },
  to: { path: folders(STAGES.slice(i + 1)) },
}));

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
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'No folder is imported back, directly or around a loop.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'nothing-imports-the-entry',
      severity: 'error',
      comment: 'The entry (main.ts, index.ts, actions-io.ts, cli/) is imported by nothing below it.',
      from: { path: '^src/(?!cli/)[^/]+/' },
      to: { path: '^src/[^/]+\\.ts$|^src/cli/' },
    },
    {
      name: 'only-the-entry-imports-the-gate',
      severity: 'error',
      comment: 'The stages are called by the gate; they never call it.',
      from: { path: '^src/[^/]+/', pathNot: '^src/(gate|cli)/' },
      to: { path: '^src/gate/' },
    },
    ...stageOrder,
    {
      name: 'config-not-downstream',
      severity: 'error',
      comment: 'Config is read first; it knows nothing of the stages that consume it.',
      from: { path: '^src/config/' },
      to: { path: folders(['gate', 'cli', ...STAGES]) },
    },
    {
      name: 'core-stands-alone',
      severity: 'error',
      comment: 'The core (catalogue, error, Log, statistics) is the root every stage reads; it reads none of them.',
      from: { path: folders(CORE) },
      to: { path: '^src/', pathNot: folders(CORE) },
    },
    {
      name: 'only-the-edge-imports-actions-core',
      severity: 'error',
      comment:
        "Logging and the step's inputs and outputs go through core/io.ts; only the edge binds them to @actions/core.",
      from: { path: '^src/', pathNot: '^src/(actions-io\\.ts$|cli/)' },
      to: { path: '^node_modules/@actions/core/' },
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
      comment:
        'A pure stage imports nothing from GitHub, k6 or the probe (metrics/ only for its types, k6/ only for the runner readings).',
      from: { path: PURE },
      to: { path: '^src/(github|probe)/|^src/metrics/(?!types\\.ts$)|^src/k6/(?!runner-sampler\\.ts$)' },
    },
    {
      name: 'history-statistics-pure',
      severity: 'error',
      comment: 'The history test and matching are pure; only the stores do I/O.',
      from: { path: '^src/history/(compare|match|entry|build)\\.ts$' },
      to: { path: '^node_modules/@actions/|^src/(github|k6)/' },
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
