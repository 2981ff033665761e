export const id = 979;
export const ids = [979];
export const modules = {

/***/ 3979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseRunArgs: () => (/* binding */ parseRunArgs),
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: CLI_DEFAULTS, FIXED_INPUTS, RUN_FLAGS, SECRET_FLAGS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __webpack_require__(4955);
;// CONCATENATED MODULE: ./src/config/errors.ts

/** A misconfigured input: the message names the input and says how to fix it. */
class ConfigError extends user_error/* UserError */.y {
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`, { input, fix });
        this.name = 'ConfigError';
    }
}

;// CONCATENATED MODULE: ./src/config/confine.ts



/** The path with every symlink resolved; the lexical path when it does not exist (yet). */
function realPath(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return external_node_path_default().resolve(file);
    }
}
function isInside(file, root) {
    const relative = external_node_path_default().relative(root, file);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/**
 * Refuses a file whose real path (symlinks resolved) lies outside the workspace and RUNNER_TEMP:
 * a pull request could otherwise commit a symlink to a runner's credentials and have perf-gate
 * read it. `roots` are the allowed folders; '' entries (RUNNER_TEMP unset) allow nothing.
 */
function confinePath(input, file, roots) {
    const real = realPath(file);
    const allowed = roots.filter((root) => root !== '').map(realPath);
    if (allowed.some((root) => isInside(real, root)))
        return;
    const via = real === external_node_path_default().resolve(file) ? '' : ` (through a symlink, to ${real})`;
    throw new ConfigError(input, `${file}${via} is outside the workspace and RUNNER_TEMP (${allowed.join(', ')})`, 'Use a file inside the workspace or RUNNER_TEMP, or set allow-paths-outside-workspace: true if reading it is intended');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/config/defaults.ts
/**
 * The defaults of action.yml's inputs, for runs without the Actions runner (the CLI, the demo,
 * tests), where nothing fills them in. test/config/action-yml.test.ts keeps them equal to action.yml.
 */
const INPUT_DEFAULTS = {
    scenario: 'enqueue',
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
    'min-change': '10%',
};

;// CONCATENATED MODULE: ./src/k6/install-error.ts

/** A k6 installation failure whose message names the input, file or version at fault and how to fix it. */
class InstallError extends user_error/* UserError */.y {
    name = 'InstallError';
}

;// CONCATENATED MODULE: ./src/k6/version.ts


/** The k6 release perf-gate installs when `k6-version` is not set. */
const DEFAULT_K6_VERSION = INPUT_DEFAULTS['k6-version'];
const VERSION_INPUT = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
/** The one rule: `2.2.0` or `v2.2.0` (a pre-release like `1.0.0-rc1` too) -> `2.2.0`; null for anything else. */
function parseK6Version(input) {
    return VERSION_INPUT.exec(input.trim())?.[1] ?? null;
}
function normalizeK6Version(input) {
    const version = parseK6Version(input);
    if (version === null) {
        throw new InstallError(`k6-version "${input}" is not a k6 release version: expected X.Y.Z with an optional leading v ` +
            `(e.g. ${DEFAULT_K6_VERSION} or v${DEFAULT_K6_VERSION}); see https://github.com/grafana/k6/releases.`);
    }
    return version;
}
/** k6 prints `k6 v0.49.0 (go1.21.6, linux/amd64)` (v1+: `k6 v1.0.0 (commit/…, go…, os/arch)`); null if it did not. */
function parseK6VersionOutput(stdout) {
    const match = /^k6 v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\s|$)/m.exec(stdout);
    return match?.[1] ?? null;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/config/paths.ts



/**
 * The action's own folder (where action.yml, scenarios/ and thresholds/ live). Found by
 * walking up from this module, so it holds both for dist/index.js and for src/ under tsx.
 */
function actionRoot(from = (0,external_node_url_.fileURLToPath)(import.meta.url)) {
    let dir = external_node_path_default().dirname(from);
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'action.yml')))
            return dir;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            throw new Error(`perf-gate cannot find its action.yml above ${from}`);
        dir = parent;
    }
}
/** A bundled scenario's script relative to the action's folder, as a k6 command line names it. */
function bundledScenarioFile(scenario) {
    return `scenarios/${scenario}-test.js`;
}
function bundledScenarioPath(root, scenario) {
    return external_node_path_default().join(root, bundledScenarioFile(scenario));
}
function bundledThresholdsPath(root, scenario) {
    return external_node_path_default().join(root, 'thresholds', `${scenario}.t3-micro.json`);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/config/jwt.ts


const JwtPayload = schemas/* object */.Ikc({ exp: schemas/* number */.aig().optional() }).loose();
/** Seconds since the epoch at which the token expires, or null when it carries no `exp`. */
function jwtExpiry(token) {
    const parts = token.split('.');
    const notJwt = new ConfigError('auth-token', 'is not a JWT (expected three base64url parts separated by dots: header.payload.signature)', 'Pass the access token the login endpoint returns, e.g. auth-token: ${{ secrets.FESTIN_TEST_JWT }}, or leave it empty to let the scenario log test users in');
    if (parts.length !== 3 || parts.some((part, i) => i < 2 && !/^[A-Za-z0-9_-]+={0,2}$/.test(part)))
        throw notJwt;
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        throw notJwt;
    }
    const parsed = JwtPayload.safeParse(payload);
    if (!parsed.success)
        throw notJwt;
    return parsed.data.exp ?? null;
}
/**
 * Refuses a token that expires before the run would end: the guide warns about expiry, and a
 * run whose token dies halfway reports 401s as a performance regression.
 */
function checkTokenLifetime(token, plannedRunMs, nowMs) {
    const exp = jwtExpiry(token);
    if (exp === null)
        return;
    const expiresAtMs = exp * 1000;
    const mustLastUntil = nowMs + (plannedRunMs ?? 0);
    if (expiresAtMs > mustLastUntil)
        return;
    const expiresAt = new Date(expiresAtMs).toISOString();
    const problem = expiresAtMs <= nowMs
        ? `the JWT expired at ${expiresAt}`
        : `the JWT expires at ${expiresAt}, before the run would end: the run takes up to ${formatMinutes(plannedRunMs ?? 0)}`;
    throw new ConfigError('auth-token', problem, 'Issue a fresh test token that lives at least that long, or leave auth-token empty so the scenario logs test users in itself');
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${minutes.toFixed(1)} min` : `${Math.ceil(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/config/history-inputs.ts
/** The history inputs: where earlier runs are kept, when this run records or compares, and how much change fails. */


const MODES = ['auto', 'record', 'compare'];
function readSource(value, cwd) {
    if (value === 'github' || value === 'off')
        return { kind: value };
    if (/\.json$/i.test(value))
        return { kind: 'file', path: external_node_path_default().resolve(cwd, value) };
    throw new ConfigError('history', `'${value.slice(0, 80)}' is not github, off or a .json path`, 'Use github (a branch of this repository), off, or the path of a local file ending in .json, e.g. .perf-gate/history.json');
}
/** A branch name git and the contents API both accept, without surprises (no "..", no leading "-" or "/"). */
function readBranch(value) {
    const valid = /^[A-Za-z0-9._/-]+$/.test(value) &&
        !/^[-/.]|[/.]$|\.\.|\/\/|\.lock$|@\{/.test(value) &&
        !value.split('/').some((part) => part.startsWith('.'));
    if (!valid) {
        throw new ConfigError('history-branch', `'${value.slice(0, 80)}' is not a usable branch name`, 'Use letters, digits, ".", "_", "-" and "/", e.g. perf-gate-history');
    }
    return value;
}
function readSize(value) {
    const size = /^[0-9]+$/.test(value) ? Number(value) : NaN;
    if (!(size >= 10 && size <= 1000)) {
        throw new ConfigError('history-size', `'${value.slice(0, 40)}' is not an integer from 10 to 1000`, 'Keep at least the 10 runs a baseline rests on, e.g. 50');
    }
    return size;
}
function readMinChange(value) {
    const match = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(value);
    const percent = match ? Number(match[1]) : NaN;
    if (!(percent >= 0 && percent < 100)) {
        throw new ConfigError('min-change', `'${value.slice(0, 40)}' is not a percentage from 0% to 99%`, 'Give the smallest change vs history that should fail, e.g. 10%');
    }
    return percent / 100;
}
/** `input` gives each input's value or action.yml's default. */
function readHistorySettings(input, cwd) {
    const mode = input('history-mode');
    if (!MODES.includes(mode)) {
        throw new ConfigError('history-mode', `'${mode.slice(0, 40)}' is not one of ${MODES.join(', ')}`, `Set history-mode to one of ${MODES.join(', ')}`);
    }
    return {
        source: readSource(input('history'), cwd),
        branch: readBranch(input('history-branch')),
        mode: mode,
        size: readSize(input('history-size')),
        minChange: readMinChange(input('min-change')),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
;// CONCATENATED MODULE: ./src/config/results-files.ts
/**
 * `results-file` as one or several k6 results files: paths or globs, one per line. A single
 * path keeps the checks it always had; globs are expanded (sorted, so the merge is
 * reproducible) and must each match a file.
 */




const GLOB_CHARS = /[*?[\]]/;
/** The lines of the input, resolved against the workspace; [] when it is empty. */
function resultsPatterns(value, cwd) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => (GLOB_CHARS.test(line) ? line : external_node_path_default().resolve(cwd, line)));
}
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/** Every file the patterns name, each once, in pattern order, glob matches sorted. */
async function expandResultsFiles(patterns, cwd) {
    const files = [];
    for (const pattern of patterns) {
        if (!isGlob(pattern)) {
            checkResultsFile(pattern);
            files.push(pattern);
            continue;
        }
        const absolute = external_node_path_default().isAbsolute(pattern) ? pattern : external_node_path_default().join(cwd, pattern);
        const globber = await glob/* create */.v(absolute, { matchDirectories: false, implicitDescendants: false });
        const matches = (await globber.glob()).sort();
        if (matches.length === 0) {
            throw new ConfigError('results-file', `${pattern} matches no file`, 'Check the download-artifact path: the pattern is matched against the workspace, e.g. segments/*.ndjson*');
        }
        files.push(...matches);
    }
    return [...new Set(files)];
}
function checkResultsFile(file) {
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory()) {
        throw new ConfigError('results-file', `${file} is a directory`, 'Name the NDJSON file inside it that k6 wrote with --out json=FILE (plain or .gz)');
    }
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
        throw new ConfigError('results-file', `the file ${file} does not exist`, 'Point it at the NDJSON file k6 wrote with --out json=FILE (plain or .gz)');
    }
    if ((0,external_node_fs_.statSync)(file).size === 0) {
        throw new ConfigError('results-file', `the file ${file} is empty`, 'k6 wrote nothing there: check that the k6 step ran with --out json=FILE and finished');
    }
}

;// CONCATENATED MODULE: ./src/config/start-at.ts
/**
 * `start-at`: the moment every segment of a split test starts k6, so their loads overlap. An
 * ISO time with its zone, or epoch seconds. Later than MAX_START_AHEAD_MS is refused (a typo
 * would hold a runner for hours); a moment already past starts at once.
 */

const MAX_START_AHEAD_MS = 15 * 60_000;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EPOCH_SECONDS = /^\d{9,11}(\.\d+)?$/;
/** The start as ms since the epoch; null when the input is empty. */
function parseStartAt(value, nowMs) {
    const text = value.trim();
    if (text === '')
        return null;
    let startMs = Number.NaN;
    if (EPOCH_SECONDS.test(text))
        startMs = Number(text) * 1000;
    else if (ISO_WITH_ZONE.test(text))
        startMs = Date.parse(text);
    if (!Number.isFinite(startMs)) {
        throw new ConfigError('start-at', `'${text.slice(0, 60)}' is not a time`, 'Give an ISO time with its zone, e.g. 2026-05-01T12:00:00Z, or epoch seconds, e.g. from `date -u -d "+2 minutes" +%s`');
    }
    if (startMs - nowMs > MAX_START_AHEAD_MS) {
        const minutes = Math.round((startMs - nowMs) / 60_000);
        throw new ConfigError('start-at', `${new Date(startMs).toISOString()} is ${minutes} minutes ahead, more than the ${MAX_START_AHEAD_MS / 60_000} allowed`, 'Compute it in the plan job as now + 2 minutes, so every segment job is up by then, and check the runner clocks');
    }
    return startMs;
}
/** Waits for the start; says so, or that the moment was already past. */
async function waitForStart(startMs, clock, info) {
    const aheadMs = startMs - clock.now();
    const at = new Date(startMs).toISOString();
    if (aheadMs <= 0) {
        info(`start-at ${at} was ${(-aheadMs / 1000).toFixed(1)} s ago: starting k6 now`);
        return;
    }
    info(`Waiting ${(aheadMs / 1000).toFixed(1)} s for start-at ${at}`);
    await clock.sleep(aheadMs);
}

;// CONCATENATED MODULE: ./scenarios/lib/segments.js
// A test split over n k6 instances with k6's execution segments: instance i of n runs the
// segment ((i-1)/n, i/n] of the sequence 0, 1/n, ..., 1. Pure ES module shared by the k6
// scripts (setup() logs in only its share of test users) and perf-gate (k6's arguments).
// Only syntax k6 v0.49's runtime accepts (no ?., ??, object spread).

const MAX_SEGMENTS = 64;

/** Parses `i/n` (1 <= i <= n <= MAX_SEGMENTS); null when the text is not such a segment. */
function parseSegment(text) {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text === undefined || text === null ? '' : String(text));
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index < 1 || count < 1 || index > count || count > MAX_SEGMENTS) return null;
  return { index: index, count: count };
}

/** `--execution-segment` of instance i of n: "(i-1)/n:i/n". */
function executionSegment(segment) {
  return segment.index - 1 + '/' + segment.count + ':' + segment.index + '/' + segment.count;
}

/** `--execution-segment-sequence` shared by all n instances: "0,1/n,...,1". */
function executionSegmentSequence(count) {
  const points = ['0'];
  for (let i = 1; i < count; i++) points.push(i + '/' + count);
  points.push('1');
  return points.join(',');
}

/**
 * How many of `value` (VUs, a stage's target) instance i of n gets, by k6's striping rule for a
 * segment sequence: elements are dealt out in cycles of the sequence's common denominator, and
 * in each cycle element k goes to the first segment (biggest first, ties in order) that has
 * taken no more than its share so far. For n equal segments element k goes to segment k mod n,
 * so segment i gets the elements i-1, i-1+n, ...: ceil((value - (i-1)) / n). The shares of all n
 * instances add up to value, as k6's own ExecutionTuple.ScaleInt64 does.
 */
function segments_segmentShare(value, segment) {
  if (!segment || segment.count === 1) return value;
  const offset = segment.index - 1;
  if (value <= offset) return 0;
  return Math.ceil((value - offset) / segment.count);
}

/** Email of test user k (1-based) of an instance: the segment is part of it, so instances never share a user. */
function testUserEmail(k, segment) {
  if (!segment || segment.count === 1) return 'perf-gate-' + k + '@perf-gate.test';
  return 'perf-gate-s' + segment.index + 'of' + segment.count + '-' + k + '@perf-gate.test';
}

;// CONCATENATED MODULE: ./src/config/inputs.ts













const BUNDLED_SCENARIOS = ['enqueue', 'spike'];
/** The inputs readConfig reads, in action.yml's order; action.yml is their one source (a test checks it). */
const CONFIG_INPUTS = [
    'scenario',
    'base-url',
    'booth-id',
    'auth-token',
    'thresholds',
    'profile',
    'k6-version',
    'k6-path',
    'k6-download-base-url',
    'results-file',
    'segment',
    'start-at',
    'github-token',
    'comment',
    'comment-author',
    'fail-on',
    'confirm',
    'prometheus-url',
    'prometheus-auth-header',
    'grafana-url',
    'allow-paths-outside-workspace',
    'history',
    'history-branch',
    'history-mode',
    'history-size',
    'min-change',
];
/** A GitHub login (letters, digits, inner hyphens, at most 39), with `[bot]` for an app. */
function readCommentAuthor(value) {
    if (value === '')
        return null;
    if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/.test(value))
        throw new ConfigError('comment-author', `"${value.slice(0, 60)}" is not a GitHub login`, "Give the login the token's comments show, e.g. my-app[bot] for an app or octocat for a user, or leave it empty to ask GitHub");
    return value;
}
/** `segment`: i/n, this runner's share of a test split over n runners. */
function readSegment(value, judging) {
    if (value === '')
        return null;
    const segment = parseSegment(value);
    if (segment === null)
        throw new ConfigError('segment', `'${value.slice(0, 60)}' is not a segment`, 'Give i/n with 1 <= i <= n <= 64, e.g. segment: ${{ matrix.segment }}/4 in a matrix over [1, 2, 3, 4]');
    if (judging)
        throw new ConfigError('segment', 'is set together with results-file', 'A segment runs its share of the load; judge the segments in a later job with results-file and no segment');
    return segment;
}
/** Builds the one typed config from the inputs, or throws a ConfigError naming the bad input. */
function readConfig(read, env) {
    // An empty input takes action.yml's default: the runner fills them in, the CLI and tests do not.
    const input = (name) => read(name) || INPUT_DEFAULTS[name] || '';
    const allowOutside = oneOf('allow-paths-outside-workspace', input('allow-paths-outside-workspace'), [
        'true',
        'false',
    ]);
    const confine = (name, file) => {
        if (allowOutside === 'false')
            confinePath(name, file, [env.cwd, env.tempDir]);
    };
    const resultsFiles = resultsPatterns(input('results-file'), env.cwd);
    const resultsFile = resultsFiles[0] ?? null;
    if (resultsFiles.length === 1 && resultsFile !== null && !isGlob(resultsFile))
        checkResultsFile(resultsFile);
    // A glob is confined by where it starts; each file it finds is read from there.
    for (const pattern of resultsFiles)
        if (!isGlob(pattern))
            confine('results-file', pattern);
    const segment = readSegment(input('segment'), resultsFile !== null);
    const scenario = readScenario(input('scenario'), env);
    if (scenario.kind === 'custom')
        confine('scenario', scenario.scriptPath);
    const thresholdsPath = readThresholdsPath(input('thresholds'), scenario, env);
    if (input('thresholds') !== '')
        confine('thresholds', thresholdsPath);
    const profileGiven = input('profile') !== '';
    const profile = profileGiven ? oneOf('profile', input('profile'), ['full', 'quick']) : 'full';
    const baseUrl = readBaseUrl(input('base-url'), resultsFile !== null);
    const boothId = readBoothId(input('booth-id'));
    const authToken = input('auth-token') || null;
    if (authToken !== null && resultsFile === null) {
        const planned = scenario.kind === 'custom' ? null : env.plannedRunMs(scenario.kind, profile);
        checkTokenLifetime(authToken, planned, env.nowMs);
    }
    return {
        scenario,
        baseUrl,
        boothId,
        authToken,
        thresholdsPath,
        profile,
        profileGiven,
        k6Version: readK6Version(input('k6-version')),
        k6Path: optionalPath(input('k6-path'), env.cwd),
        resultsFile,
        resultsFiles,
        segment,
        startAtMs: parseStartAt(input('start-at'), env.nowMs),
        githubToken: input('github-token') || null,
        comment: oneOf('comment', input('comment'), ['always', 'on-failure', 'never']),
        commentAuthor: readCommentAuthor(input('comment-author')),
        failOn: oneOf('fail-on', input('fail-on'), ['fail', 'warn', 'never']),
        confirm: oneOf('confirm', input('confirm'), ['true', 'false']) === 'true',
        k6DownloadBaseUrl: readDownloadBaseUrl(input('k6-download-base-url')),
        workDir: external_node_path_default().join(env.tempDir || external_node_os_default().tmpdir(), 'perf-gate'),
        prometheus: readPrometheus(input('prometheus-url'), input('prometheus-auth-header')),
        allowPathsOutsideWorkspace: allowOutside === 'true',
        grafanaUrl: input('grafana-url') === ''
            ? null
            : httpUrl('grafana-url', input('grafana-url'), 'https://grafana.example.com/d/festin-overview', 'a Grafana login, never the URL'),
        history: readHistorySettings((name) => input(name), env.cwd),
    };
}
function readPrometheus(url, authHeader) {
    if (url === '') {
        if (authHeader !== '')
            throw new ConfigError('prometheus-auth-header', 'is set but prometheus-url is empty', 'Set prometheus-url too, or remove the header');
        return null;
    }
    return {
        url: httpUrl('prometheus-url', url, 'http://prometheus.internal:9090').replace(/\/+$/, ''),
        authHeader: authHeader || null,
    };
}
/** An absolute http(s) URL without credentials (they would be printed in links and warnings). */
function httpUrl(name, value, example, secretInput = 'prometheus-auth-header') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new ConfigError(name, `'${value}' is not a URL`, `Give an absolute http(s) URL such as ${example}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ConfigError(name, `'${url.protocol}' is not http or https`, `Give an absolute http(s) URL such as ${example}`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new ConfigError(name, 'contains credentials (user:password@)', `Remove them from the URL; pass credentials through ${secretInput}, which is kept secret`);
    }
    return value;
}
function readScenario(value, env) {
    if (BUNDLED_SCENARIOS.includes(value)) {
        const kind = value;
        return { kind, scriptPath: bundledScenarioPath(env.actionRoot, kind) };
    }
    const looksLikePath = /[\\/]|\.(js|mjs|cjs|ts)$/.test(value);
    if (!looksLikePath) {
        throw new ConfigError('scenario', `'${value}' is not a bundled scenario`, 'Use enqueue or spike, or the path of your own k6 script (e.g. ./load/my-test.js)');
    }
    const scriptPath = external_node_path_default().resolve(env.cwd, value);
    if (!(0,external_node_fs_.existsSync)(scriptPath) || !(0,external_node_fs_.statSync)(scriptPath).isFile()) {
        throw new ConfigError('scenario', `the k6 script ${scriptPath} does not exist`, 'Check the path (it is relative to the workspace) and that the file is checked out');
    }
    return { kind: 'custom', scriptPath };
}
function readBaseUrl(value, resultsMode) {
    if (value === '') {
        if (resultsMode)
            return null;
        throw new ConfigError('base-url', 'is empty', 'Set base-url to your staging URL, e.g. https://staging.example.com, or give results-file to judge an existing k6 run');
    }
    return new URL(httpUrl('base-url', value, 'https://staging.example.com', 'auth-token'))
        .toString()
        .replace(/\/+$/, '');
}
function readBoothId(value) {
    if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
        throw new ConfigError('booth-id', `'${value}' is not a positive integer`, 'Set booth-id to the id of an existing booth on staging, e.g. 1');
    }
    return Number(value);
}
function readThresholdsPath(value, scenario, env) {
    if (value === '') {
        if (scenario.kind === 'custom') {
            throw new ConfigError('thresholds', 'is required with a custom scenario', 'Write a thresholds file for your script (see thresholds/thresholds.schema.json) and pass its path');
        }
        return bundledThresholdsPath(env.actionRoot, scenario.kind);
    }
    const resolved = external_node_path_default().resolve(env.cwd, value);
    if (!(0,external_node_fs_.existsSync)(resolved)) {
        throw new ConfigError('thresholds', `the file ${resolved} does not exist`, 'Check the path (it is relative to the workspace), or leave thresholds empty for the bundled t3.micro baseline');
    }
    return resolved;
}
function readK6Version(value) {
    const version = parseK6Version(value);
    if (version === null) {
        throw new ConfigError('k6-version', `'${value}' is not a k6 release version`, 'Use the form 1.2.3 (or v1.2.3), one of https://github.com/grafana/k6/releases');
    }
    return version;
}
function readDownloadBaseUrl(value) {
    if (!/^https?:\/\/[^\s]+$/.test(value)) {
        throw new ConfigError('k6-download-base-url', `'${value}' is not an http(s) URL`, 'Give the URL that holds vX.Y.Z/k6-vX.Y.Z-<os>-<arch> archives, like https://github.com/grafana/k6/releases/download');
    }
    return value.replace(/\/+$/, '');
}
function optionalPath(value, cwd) {
    return value === '' ? null : external_node_path_default().resolve(cwd, value);
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new ConfigError(name, `'${value}' is not one of ${allowed.join(', ')}`, `Set ${name} to one of ${allowed.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/config/profile-check.ts
/**
 * The profile a run is judged with: the `profile` input, checked against the profile the
 * requests are tagged with. A quick run read with full's plan would spread its stages five
 * times too thin, so a contradiction is refused rather than judged.
 */

/** The profile to report: the input when given, else the tag, else full. Throws when the two disagree. */
function settleProfile(config, tagged) {
    const tag = tagged.profile;
    if (tag === null)
        return config.profile;
    if (config.profileGiven === true && tag !== config.profile) {
        throw new ConfigError('profile', `is "${config.profile}", but the results' requests are tagged profile "${tag}": the run was made with "${tag}"`, `Remove the profile input to take the run's own, or set it to "${tag}".`);
    }
    return tag === 'quick' || tag === 'full' ? tag : config.profile;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/figures/format.ts
/** Numbers formatted for people: thousands separators, sensible decimals, units. */
const EN = 'en-US';
/** At most `decimals` decimals, trailing zeros dropped: 86 → "86", 13.80 → "13.8". */
function fixed(value, decimals) {
    return value.toLocaleString(EN, { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}
/** Milliseconds: "14,050 ms", "86 ms"... decimals only where they carry information. */
function formatMs(ms) {
    const abs = Math.abs(ms);
    const decimals = abs === 0 || abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
    return `${fixed(ms, decimals)} ms`;
}
/** A fraction as a percentage: 0 → "0%", 0.028 → "2.8%", 0.0004 → "0.04%". */
function formatPercent(fraction) {
    const pct = fraction * 100;
    if (pct === 0)
        return '0%';
    if (pct === 100)
        return '100%';
    return `${fixed(pct, Math.abs(pct) < 1 ? 2 : 1)}%`;
}
/** A signed relative change: "+14%", "-6.5%", "+0.4%". */
function formatRelative(fraction) {
    const pct = Math.abs(fraction * 100);
    return signed(`${fixed(pct, pct >= 10 ? 0 : 1)}%`, fraction);
}
/** Requests per second: "138 req/s", "78.3 req/s". */
function formatRps(rps) {
    return `${fixed(rps, Math.abs(rps) >= 100 ? 0 : 1)} req/s`;
}
function formatCount(count) {
    return fixed(count, 0);
}
/** A duration: "45s", "5m 00s", "1h 02m". */
function formatDuration(ms) {
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    if (h > 0)
        return `${h}h ${String(m).padStart(2, '0')}m`;
    if (m > 0)
        return `${m}m ${String(s).padStart(2, '0')}s`;
    return `${s}s`;
}
/** An offset into the run as m:ss, for chart axes and time ranges. */
function formatOffset(ms) {
    const totalSeconds = Math.round(ms / 1000);
    return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}
/** A signed number with its sign always shown: "+12.3", "-4". */
function signed(text, value) {
    return value > 0 ? `+${text}` : value < 0 ? `-${text.replace(/^-/, '')}` : text;
}

;// CONCATENATED MODULE: ./src/figures/server-inputs.ts
/**
 * What perf-gate asks Prometheus for: one row per query. Some rows are figures a check can
 * name (CPU, DB pool pending...); others only help read them (the pool's size for "active at
 * max", GC pause time for the pause average) and no check names them. The default PromQL uses
 * the names Spring Boot's Micrometer exports; a thresholds file can replace any query under
 * `serverMetrics.queries.<key>`.
 */
/** In the order perf-gate asks, which is also the order of `serverMetrics.queries` in the schema. */
const SERVER_INPUTS = {
    cpu: {
        label: 'CPU usage',
        reduction: 'mean',
        query: 'avg(process_cpu_usage)',
        expects: 'process CPU usage as a fraction 0..1 (averaged over the stage)',
        field: 'cpu',
    },
    poolPending: {
        label: 'DB pool pending',
        reduction: 'max',
        query: 'max(hikaricp_connections_pending)',
        expects: 'threads waiting for a DB connection (highest in the stage)',
        field: 'poolPending',
    },
    poolActive: {
        label: 'DB pool active',
        reduction: 'max',
        query: 'max(hikaricp_connections_active)',
        expects: 'DB connections in use (highest in the stage)',
        field: 'poolActiveMax',
    },
    poolMax: {
        label: 'DB pool size',
        reduction: 'max',
        query: 'max(hikaricp_connections_max)',
        expects: "the pool's maximum size",
        field: 'poolMax',
    },
    heapUsedRatio: {
        label: 'JVM heap used',
        reduction: 'max',
        // Spaces without a defined max report -1 (G1 Eden, Survivor): leave them out of the total.
        query: 'max(sum by (instance) (jvm_memory_used_bytes{area="heap"}) / sum by (instance) (jvm_memory_max_bytes{area="heap"} > 0))',
        expects: 'heap used / max as a fraction 0..1 (highest in the stage)',
        field: 'heapUsedRatio',
    },
    gcPauses: {
        label: 'GC pause count',
        reduction: 'increase',
        query: 'sum(jvm_gc_pause_seconds_count)',
        expects: 'a cumulative counter of GC pauses (its increase over the stage is used)',
        field: 'gcPauses',
    },
    gcPauseSeconds: {
        label: 'GC pause time',
        reduction: 'increase',
        query: 'sum(jvm_gc_pause_seconds_sum)',
        expects: 'a cumulative counter of seconds spent in GC pauses (its increase over the stage is used)',
        field: 'gcPauseMs',
        scale: 1000,
    },
};
const SERVER_INPUT_KEYS = Object.keys(SERVER_INPUTS);
function serverInput(key) {
    return SERVER_INPUTS[key];
}

;// CONCATENATED MODULE: ./src/figures/catalogue.ts
/**
 * The figures a check can name, one row each: what it is called, its unit, which way is
 * worse, what it can be measured over and where its value comes from. The thresholds schema,
 * its rules, the judge's names and formatting and the report's server rows are all read from
 * here. A server figure also names the Prometheus query (server-inputs.ts) that measures it.
 */


const ANY_SCOPE = ['overall', 'endpoint', 'stage'];
/** The server does not see endpoints. */
const SERVER_SCOPE = ['overall', 'stage'];
const REQUEST = { kind: 'request' };
/** Keyed by the thresholds file's spelling; this order is the schema's enum order. */
const FIGURE_CATALOGUE = {
    p95: { label: 'p95', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    p99: { label: 'p99', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    avg: { label: 'avg', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    max: { label: 'max', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    'error-rate': { label: 'error rate', unit: 'fraction', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    rps: { label: 'requests/s', unit: 'rps', worse: 'lower', scopes: ANY_SCOPE, source: REQUEST },
    // k6 counts dropped iterations for the whole run, with no tags to split them by.
    'dropped-iterations': {
        label: 'dropped iterations',
        unit: 'count',
        worse: 'higher',
        scopes: ['overall'],
        source: REQUEST,
    },
    cpu: {
        label: 'CPU',
        unit: 'fraction',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'cpu', stageRowLabel: 'CPU usage' },
    },
    'pool-pending': {
        label: 'DB pool pending',
        unit: 'count',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'poolPending', stageRowLabel: 'DB pool pending (max)' },
    },
    'pool-active': {
        label: 'DB pool active',
        unit: 'count',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'poolActive', stageRowLabel: 'DB pool active (max)' },
    },
    heap: {
        label: 'JVM heap',
        unit: 'fraction',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'heapUsedRatio', stageRowLabel: 'JVM heap used (max)' },
    },
    'gc-pauses': {
        label: 'GC pauses',
        unit: 'count',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'gcPauses', stageRowLabel: 'JVM GC pauses' },
    },
};
const FIGURE_NAMES = Object.keys(FIGURE_CATALOGUE);
function figureRow(figure) {
    return FIGURE_CATALOGUE[figure];
}
/** A figure's name as the thresholds file spells it; false for anything else (raw JSON). */
function isFigure(value) {
    return typeof value === 'string' && Object.hasOwn(FIGURE_CATALOGUE, value);
}
function isServerFigure(figure) {
    return figureRow(figure).source.kind === 'server';
}
const SERVER_CHECK_FIGURES = FIGURE_NAMES.filter(isServerFigure);
function figureLabel(figure) {
    return figureRow(figure).label;
}
function lowerIsWorse(figure) {
    return figureRow(figure).worse === 'lower';
}
/** Given as a fraction 0..1 and shown as a percentage; its changes read in percentage points. */
function isFraction(figure) {
    return figureRow(figure).unit === 'fraction';
}
function supportsScope(figure, scope) {
    return figureRow(figure).scopes.includes(scope);
}
const FORMAT = {
    ms: formatMs,
    fraction: formatPercent,
    rps: formatRps,
    count: formatCount,
};
/** A value in its figure's unit: "86 ms", "2.8%", "138 req/s", "1,204". */
function formatFigure(figure, value) {
    return FORMAT[figureRow(figure).unit](value);
}
/** The server figure's query and its stage-table row label. */
function serverSource(figure) {
    return FIGURE_CATALOGUE[figure].source;
}
/** The ServerStageMetrics field a server figure is read from. */
function serverField(figure) {
    return SERVER_INPUTS[serverSource(figure).input].field;
}

;// CONCATENATED MODULE: ./src/config/thresholds-schema.ts
/**
 * The thresholds file as people write it (zod), and the JSON Schema generated from the same
 * schema for editors. Only the shape of each field lives here; rules that tie fields together
 * (a check needs a limit or a baseline, ...) are in thresholds-rules.ts so that every problem
 * of a file is reported at once.
 */



const SEVERITIES = ['fail', 'warn'];
const listed = (values) => values.map((v) => `"${v}"`).join(', ');
const PERCENT_PATTERN = /^\d+(\.\d+)?%$/;
const ALLOWANCE = 'expected a percentage such as "25%" or a number ≥ 0 in the figure\'s unit';
const nonNegative = (what) => schemas/* number */.aig({ error: `expected ${what}` }).nonnegative({ error: `expected ${what}` });
const scopeSchema = schemas/* union */.KCZ([
    schemas/* literal */.euz('overall'),
    schemas/* strictObject */.rej({
        endpoint: schemas/* string */.YjP()
            .min(1)
            .describe('The request `name` tag, e.g. "enqueue" or "position" (bundled scenarios).'),
    }),
    schemas/* strictObject */.rej({
        stage: schemas/* number */.aig()
            .int()
            .nonnegative()
            .describe("0-based stage index, as the scenarios' `stage` tag: 0 is the first stage."),
    }),
], { error: 'expected "overall", { "endpoint": "<request name>" } or { "stage": <0-based index> }' })
    .describe('What the figure is measured over: the whole run (default), one endpoint, or one stage. ' +
    `Server figures (${SERVER_CHECK_FIGURES.join(', ')}) take "overall" (their worst stage) or a stage, never an endpoint.`);
const checkSchema = schemas/* strictObject */.rej({
    figure: schemas/* enum */.k5n(FIGURE_NAMES, { error: `expected one of ${listed(FIGURE_NAMES)}` })
        .describe('The figure judged. Latencies (p95, p99, avg, max) in ms; error-rate as a fraction (0.1 = 10%); ' +
        'rps in requests/s, which must stay at or above its limit; dropped-iterations as a count (whole run only). ' +
        'Server figures, from Prometheus (the prometheus-url input), per stage: cpu (process CPU usage, a fraction 0..1, ' +
        "the stage average), heap (JVM heap used / max, a fraction 0..1, the stage's highest), pool-pending and " +
        "pool-active (DB connections waiting / in use, the stage's highest), gc-pauses (GC pauses during the stage, a count). " +
        'Over the whole run a server figure is its worst stage\'s. Without server metrics a server check warns "not measured" and never fails.'),
    scope: scopeSchema.optional(),
    limit: nonNegative('a number ≥ 0 (ms for latencies, a fraction for error-rate, cpu and heap)')
        .optional()
        .describe('Absolute limit: the largest acceptable value (the smallest for rps). ' +
        'Error rate, cpu and heap are fractions: 0.1 means 10%.'),
    baseline: nonNegative('a number ≥ 0, the value measured on the baseline')
        .optional()
        .describe("The value measured on the baseline environment, in the figure's unit."),
    allowedRegression: schemas/* union */.KCZ([schemas/* string */.YjP().regex(PERCENT_PATTERN, { error: ALLOWANCE }), schemas/* number */.aig().nonnegative({ error: ALLOWANCE })], {
        error: ALLOWANCE,
    })
        .optional()
        .describe('How far the figure may regress from the baseline: "25%" of the baseline, or an absolute amount ' +
        "in the figure's unit (50 = 50 ms; 0.01 = one percentage point of error rate)."),
    severity: schemas/* enum */.k5n(SEVERITIES, { error: `expected ${listed(SEVERITIES)}` })
        .optional()
        .describe('What a certain breach makes the check: "fail" (default) or "warn".'),
    description: schemas/* string */.YjP().optional().describe('Why this check and these numbers: for people.'),
    optional: schemas/* boolean */.zMY()
        .optional()
        .describe('true: an endpoint or stage this check names may be absent from the run (it then only warns). false (default): its absence fails the check, so a typo cannot disable it.'),
})
    .describe('One check. The effective limit is the tighter of `limit` and baseline + allowedRegression. ' +
    'A latency fails only when its whole 95% confidence interval is past the limit, and warns when the limit lies inside it.');
const baselineInfoSchema = schemas/* strictObject */.rej({
    environment: schemas/* string */.YjP({ error: 'expected a string naming the environment' })
        .min(1)
        .describe('Where the baseline was measured.'),
    measuredAt: iso/* date */.p6({ error: 'expected a date as YYYY-MM-DD' })
        .describe('When the baseline was measured (YYYY-MM-DD).'),
    source: schemas/* string */.YjP({ error: 'expected a string' }).optional().describe('Who measured it and how.'),
})
    .describe('Where the baseline values of the checks come from.');
const promql = (input) => schemas/* string */.YjP()
    .trim()
    .min(1, {
    error: `expected a PromQL expression for ${input}, e.g. ${JSON.stringify(SERVER_INPUTS[input].query)}`,
})
    .optional()
    .describe(`PromQL returning ${SERVER_INPUTS[input].expects}. Default: ${SERVER_INPUTS[input].query}`);
/** The `serverMetrics.queries` map of a thresholds file: any server input's query replaced. */
const serverMetricsQueries = schemas/* strictObject */.rej(Object.fromEntries(SERVER_INPUT_KEYS.map((input) => [input, promql(input)])))
    .describe('PromQL per server figure, for stacks other than Spring Boot + Micrometer. Each is run with /api/v1/query_range over the run.');
const serverMetricsSchema = schemas/* strictObject */.rej({
    queries: serverMetricsQueries.optional(),
})
    .describe('How server figures are read from Prometheus, when the prometheus-url input is set.');
const thresholdsFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP({ error: 'expected a string' }).optional().describe('The JSON Schema of this file, for editors.'),
    scenario: schemas/* string */.YjP({ error: 'expected a string' })
        .optional()
        .describe('The scenario these thresholds are for, e.g. "enqueue".'),
    description: schemas/* string */.YjP({ error: 'expected a string' })
        .optional()
        .describe('What these thresholds are for and why their numbers: for people.'),
    baseline: baselineInfoSchema.optional(),
    checks: schemas/* array */.YOg(checkSchema, { error: 'expected an array of checks' })
        .min(1, { error: 'expected at least one check' })
        .describe('The checks, judged in this order.'),
    serverMetrics: serverMetricsSchema.optional(),
})
    .meta({
    title: 'perf-gate thresholds',
    description: 'The limits and baseline a perf-gate run is judged against.',
});
/** Keys each object of the file accepts, for "unknown key" messages. */
const KNOWN_KEYS = {
    root: Object.keys(thresholdsFileSchema.shape),
    baseline: Object.keys(baselineInfoSchema.shape),
    check: Object.keys(checkSchema.shape),
    serverMetrics: Object.keys(serverMetricsSchema.shape),
    queries: Object.keys(serverMetricsQueries.shape),
};
/** The JSON Schema shipped as thresholds/thresholds.schema.json. */
function thresholdsJsonSchema() {
    return z.toJSONSchema(thresholdsFileSchema, { io: 'input' });
}

// EXTERNAL MODULE: ./src/json/is-record.ts
var is_record = __webpack_require__(6256);
;// CONCATENATED MODULE: ./src/config/thresholds-rules.ts



/** `$.checks[2].limit`, as people read JSON paths. */
function jsonPath(path) {
    let out = '$';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
            out += `.${key}`;
        else
            out += `[${JSON.stringify(String(key))}]`;
    }
    return out;
}
function shown(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function knownKeysAt(path) {
    if (path.length === 0)
        return KNOWN_KEYS.root;
    if (path.length === 1 && path[0] === 'baseline')
        return KNOWN_KEYS.baseline;
    if (path.length === 2 && path[0] === 'checks')
        return KNOWN_KEYS.check;
    if (path.length === 1 && path[0] === 'serverMetrics')
        return KNOWN_KEYS.serverMetrics;
    if (path.length === 2 && path[0] === 'serverMetrics' && path[1] === 'queries')
        return KNOWN_KEYS.queries;
    return null;
}
function problemsFromZod(issues) {
    return issues.map((issue) => {
        if (issue.code === 'unrecognized_keys') {
            const known = knownKeysAt(issue.path);
            const keys = issue.keys.map((k) => `"${k}"`).join(', ');
            const expected = known ? `; expected only ${known.join(', ')}` : '';
            return { path: issue.path, message: `unknown key ${keys}${expected}` };
        }
        const input = issue.input;
        const got = input === undefined ? 'missing' : `got ${shown(input)}`;
        return { path: issue.path, message: `${issue.message}, ${got}` };
    });
}
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
/** The scope's kind as written; null when it is none of them (zod says why). */
function scopeKind(scope) {
    if (scope === undefined || scope === 'overall')
        return 'overall';
    if ((0,is_record/* isRecord */.u)(scope) && 'endpoint' in scope)
        return 'endpoint';
    if ((0,is_record/* isRecord */.u)(scope) && 'stage' in scope)
        return 'stage';
    return null;
}
/**
 * A scope the figure cannot be measured over. A figure with one scope can take nothing else;
 * for the others only a recognisable scope is judged, a malformed one is zod's to report.
 */
function scopeProblem(figure, scope) {
    if (!isFigure(figure))
        return null;
    const kind = scopeKind(scope);
    const { scopes, label } = figureRow(figure);
    if (kind === null ? scopes.length > 1 : supportsScope(figure, kind))
        return null;
    if (isServerFigure(figure)) {
        return (`expected "overall" (the worst stage) or { "stage": <0-based index> }: ${figure} is measured on the server, ` +
            `which does not see endpoints, got ${shown(scope)}`);
    }
    return `expected "overall": ${label} are counted for the whole run only, got ${shown(scope)}`;
}
/** Rules between the fields of one check, on whatever of it is well-formed. */
function checkRules(check, at) {
    const problems = [];
    const { figure, limit, baseline, allowedRegression, scope } = check;
    const hasLimit = limit !== undefined;
    const hasBaseline = baseline !== undefined;
    const hasAllowance = allowedRegression !== undefined;
    if (!hasLimit && !hasBaseline) {
        problems.push({
            path: at,
            message: 'expected a "limit", or a "baseline" with its "allowedRegression", or both',
        });
    }
    if (hasBaseline && !hasAllowance) {
        problems.push({
            path: [...at, 'allowedRegression'],
            message: 'missing: with a "baseline", expected how far the figure may regress, e.g. "25%" or 50 (in the figure\'s unit)',
        });
    }
    if (hasAllowance && !hasBaseline) {
        problems.push({
            path: [...at, 'baseline'],
            message: 'missing: "allowedRegression" needs a baseline to regress from, expected a number',
        });
    }
    // A fraction given as 10 almost surely meant 10%.
    if (isFigure(figure) && isFraction(figure)) {
        for (const key of ['limit', 'baseline']) {
            const value = check[key];
            if (isNumber(value) && value > 1) {
                problems.push({
                    path: [...at, key],
                    message: `expected a fraction between 0 and 1 (0.1 = 10%), got ${value}`,
                });
            }
        }
    }
    const wrongScope = scopeProblem(figure, scope);
    if (wrongScope !== null)
        problems.push({ path: [...at, 'scope'], message: wrongScope });
    if (baseline === 0 && typeof allowedRegression === 'string' && PERCENT_PATTERN.test(allowedRegression)) {
        problems.push({
            path: [...at, 'allowedRegression'],
            message: `expected an absolute amount (e.g. 0.01): a percentage of a 0 baseline allows nothing, got "${allowedRegression}"`,
        });
    }
    return problems;
}
function crossFieldProblems(json) {
    if (!(0,is_record/* isRecord */.u)(json) || !Array.isArray(json.checks))
        return [];
    return json.checks.flatMap((check, index) => ((0,is_record/* isRecord */.u)(check) ? checkRules(check, ['checks', index]) : []));
}
/** File-wide problems first, then check by check; within one, the order they were found. */
function sortProblems(problems) {
    const checkIndex = (p) => (p.path[0] === 'checks' && typeof p.path[1] === 'number' ? p.path[1] : -1);
    return [...problems].sort((a, b) => checkIndex(a) - checkIndex(b));
}

;// CONCATENATED MODULE: ./src/config/thresholds.ts
/**
 * Loading a thresholds file: read, parse JSON, validate every field, and normalise into the
 * Thresholds the judge runs on. Any problem stops the run before load is sent.
 */




/** How many problems the message lists: a generated file with 60,000 bad checks must not make one 8 MB log line. */
const LISTED_PROBLEMS_MAX = 20;
/** A thresholds file that cannot be used; the message lists its problems, one per line, the first 20 of them. */
class ThresholdsError extends user_error/* UserError */.y {
    file;
    problems;
    constructor(file, problems) {
        const listed = problems.slice(0, LISTED_PROBLEMS_MAX).map((p) => `${file}: ${p}`);
        const unlisted = problems.length - listed.length;
        if (unlisted > 0)
            listed.push(`${file}: … and ${unlisted.toLocaleString('en-US')} more problems (${problems.length.toLocaleString('en-US')} in all); fix these first`);
        super(listed.join('\n'), { input: 'thresholds' });
        this.file = file;
        this.problems = problems;
        this.name = 'ThresholdsError';
    }
}
function toScope(scope) {
    if (scope === undefined || scope === 'overall')
        return { kind: 'overall' };
    if ('endpoint' in scope)
        return { kind: 'endpoint', name: scope.endpoint };
    return { kind: 'stage', index: scope.stage };
}
function toAllowance(value) {
    if (value === undefined)
        return null;
    if (typeof value === 'number')
        return { kind: 'absolute', amount: value };
    return { kind: 'percent', percent: Number(value.slice(0, -1)) };
}
/** Validates parsed JSON; throws ThresholdsError naming `sourceName` and every problem. */
function parseThresholds(json, sourceName) {
    const parsed = thresholdsFileSchema.safeParse(json, { reportInput: true });
    const problems = sortProblems([
        ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
        ...crossFieldProblems(json),
    ]);
    if (!parsed.success || problems.length > 0) {
        throw new ThresholdsError(sourceName, problems.map((p) => `${jsonPath(p.path)}: ${p.message}`));
    }
    const file = parsed.data;
    return {
        source: sourceName,
        scenario: file.scenario ?? null,
        description: file.description ?? null,
        baseline: file.baseline
            ? {
                environment: file.baseline.environment,
                measuredAt: file.baseline.measuredAt,
                source: file.baseline.source ?? null,
            }
            : null,
        checks: file.checks.map((c) => ({
            figure: c.figure,
            scope: toScope(c.scope),
            severity: c.severity ?? 'fail',
            limit: c.limit ?? null,
            baseline: c.baseline ?? null,
            allowedRegression: toAllowance(c.allowedRegression),
            description: c.description ?? null,
            ...(c.optional === true ? { optional: true } : {}),
        })),
        serverMetrics: { queries: file.serverMetrics?.queries ?? {} },
    };
}
/** "at line 3, column 5" from the character offset JSON.parse reports, when it reports one. */
function jsonErrorPlace(text, message) {
    const offset = errorOffset(text, message);
    if (offset === null)
        return '';
    const before = text.slice(0, offset).split('\n');
    return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
/**
 * Where JSON.parse stopped. V8 gives "position N", except for an unexpected token, where it
 * quotes the text around it instead (from about 10 characters before it when the text is long).
 */
function errorOffset(text, message) {
    const position = /position (\d+)/.exec(message);
    if (position)
        return Number(position[1]);
    const quoted = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message);
    if (!quoted)
        return null;
    const [, token, cut, around] = quoted;
    const start = text.indexOf(around);
    if (start < 0)
        return null;
    // A long text's quote starts about 10 characters before the token.
    const at = text.indexOf(token, cut === undefined ? start : start + 5);
    return at < 0 ? null : at;
}
/**
 * JSON.parse's complaint without the file's text: V8 quotes the characters around the error
 * ("Unexpected token 'x', "…" is not valid JSON"), and the file may be anything a symlink points at.
 */
function jsonErrorKind(message) {
    if (/^Unexpected token/.test(message))
        return 'unexpected character';
    if (/^Unexpected end of JSON input/.test(message))
        return 'the file ends early';
    const words = /^([A-Za-z ,'"{}[\]:-]+?)(?: in JSON| at position|$)/.exec(message.replace(/"[^"]*"/g, ''));
    return words?.[1]?.trim() || 'syntax error';
}
/** Parses JSON text; throws ThresholdsError with line and column when it is not JSON. */
function parseThresholdsText(text, sourceName) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        const message = error.message;
        throw new ThresholdsError(sourceName, [
            `not valid JSON${jsonErrorPlace(text, message)} (${jsonErrorKind(message)}); fix the syntax (a trailing comma or a missing quote?)`,
        ]);
    }
    return parseThresholds(json, sourceName);
}
/** Reads and validates a thresholds file. `read` is injectable for tests. */
async function loadThresholds(path, read = (p) => (0,promises_.readFile)(p, 'utf8')) {
    let text;
    try {
        text = await read(path);
    }
    catch (error) {
        const code = error.code;
        const problem = code === 'ENOENT'
            ? 'thresholds file not found; give the path of a thresholds JSON file, or use a bundled one ' +
                '(thresholds/enqueue.t3-micro.json, thresholds/spike.t3-micro.json)'
            : code === 'EISDIR'
                ? 'is a folder; give the path of a thresholds JSON file inside it'
                : `cannot read the thresholds file (${error.message})`;
        throw new ThresholdsError(path, [problem]);
    }
    return parseThresholdsText(text, path);
}

;// CONCATENATED MODULE: ./src/config/thresholds-scope.ts

/**
 * Refuses, before any load, a check whose endpoint or stage the bundled scenario can never
 * produce: a typo ("enqeue") would otherwise leave the check "not measured" on every run.
 */
function checkScopesReachable(thresholds, reach) {
    const problems = [];
    thresholds.checks.forEach((check, i) => {
        const { scope } = check;
        if (scope.kind === 'endpoint' && !reach.endpoints.includes(scope.name)) {
            problems.push(`$.checks[${i}].scope: the ${reach.scenario} scenario makes no requests named "${scope.name}"; expected one of ${reach.endpoints.join(', ')}`);
        }
        if (scope.kind === 'stage' && (scope.index < 0 || scope.index >= reach.stageCount)) {
            problems.push(`$.checks[${i}].scope: the ${reach.scenario} scenario has stages 0 to ${reach.stageCount - 1}, not ${scope.index}`);
        }
    });
    if (problems.length > 0)
        throw new ThresholdsError(thresholds.source, problems);
}

// EXTERNAL MODULE: ./src/results/analyze.ts + 4 modules
var analyze = __webpack_require__(7667);
;// CONCATENATED MODULE: ./src/errors/describe.ts



const REPORT_BUGS = 'https://github.com/festin/perf-gate/issues';
/**
 * The one line a failed step shows. A UserError already says what went wrong and how to fix it;
 * anything else is a bug, shown in one line without a stack trace and with where to report it.
 */
function describeFailure(error, judging) {
    // Name the input that led to the file, so the fix is found where it is made.
    if (error instanceof ThresholdsError)
        return `Input 'thresholds': ${error.message}`;
    if (error instanceof analyze/* AnalysisError */.L6 && judging?.resultsFile)
        return `Input 'results-file': ${error.message}`;
    if (error instanceof user_error/* UserError */.y)
        return error.message;
    const message = error instanceof Error ? error.message : String(error);
    return `perf-gate failed unexpectedly: ${message.replace(/\s*\n\s*/g, ' ')}. This is a bug in perf-gate: please report it at ${REPORT_BUGS} with this log.`;
}

;// CONCATENATED MODULE: ./src/github/context.ts
/** Where the PR comment goes: read from the runner's environment and event payload, nothing else. */


function gitHubEnvironmentFrom(env = process.env) {
    return {
        eventName: nonEmpty(env['GITHUB_EVENT_NAME']),
        eventPath: nonEmpty(env['GITHUB_EVENT_PATH']),
        repository: nonEmpty(env['GITHUB_REPOSITORY']),
        apiUrl: nonEmpty(env['GITHUB_API_URL']) ?? 'https://api.github.com',
    };
}
/**
 * The pull request this run belongs to, or why there is none. Never throws: a run outside a
 * pull request is normal (push, schedule, a local run) and only means no comment.
 */
function readPullRequestContext(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const repository = env.repository?.split('/');
    if (repository?.length !== 2 || !repository[0] || !repository[1]) {
        return {
            found: false,
            reason: `GITHUB_REPOSITORY is ${env.repository === null ? 'not set' : `"${env.repository}", not "owner/name"`}`,
        };
    }
    if (env.eventPath === null)
        return { found: false, reason: 'GITHUB_EVENT_PATH is not set (not running in GitHub Actions?)' };
    let payload;
    try {
        payload = JSON.parse(readFile(env.eventPath));
    }
    catch (error) {
        return {
            found: false,
            reason: `the event payload ${env.eventPath} could not be read as JSON (${error.message})`,
        };
    }
    const number = pullRequestNumber(payload);
    if (number === null) {
        return { found: false, reason: `the "${env.eventName ?? 'unknown'}" event is not about a pull request` };
    }
    const [owner, repo] = repository;
    return { found: true, pullRequest: { owner, repo, number, apiUrl: env.apiUrl.replace(/\/+$/, '') } };
}
/** pull_request / pull_request_target carry `pull_request`; issue_comment carries `issue`, a PR only when it has `issue.pull_request`. */
function pullRequestNumber(payload) {
    if (!(0,is_record/* isRecord */.u)(payload))
        return null;
    const pullRequest = payload['pull_request'];
    if ((0,is_record/* isRecord */.u)(pullRequest) && isIssueNumber(pullRequest['number']))
        return pullRequest['number'];
    const issue = payload['issue'];
    if ((0,is_record/* isRecord */.u)(issue) && (0,is_record/* isRecord */.u)(issue['pull_request']) && isIssueNumber(issue['number']))
        return issue['number'];
    return null;
}
function isIssueNumber(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? null : value.trim();
}
function readRunEvent(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const environment = gitHubEnvironmentFrom(env);
    let text = null;
    let failure = null;
    if (environment.eventPath !== null) {
        try {
            text = readFile(environment.eventPath);
        }
        catch (error) {
            failure = error;
        }
    }
    const readEventFile = () => {
        if (text === null)
            throw failure ?? new Error('GITHUB_EVENT_PATH is not set');
        return text;
    };
    return { environment, readEventFile, commit: headCommit(text) ?? nonEmpty(env['GITHUB_SHA']) };
}
function headCommit(eventText) {
    if (eventText === null)
        return null;
    try {
        const payload = JSON.parse(eventText);
        const pullRequest = (0,is_record/* isRecord */.u)(payload) ? payload['pull_request'] : null;
        const head = (0,is_record/* isRecord */.u)(pullRequest) ? pullRequest['head'] : null;
        const sha = (0,is_record/* isRecord */.u)(head) ? head['sha'] : null;
        return typeof sha === 'string' ? sha : null;
    }
    catch {
        // An unreadable event file only costs the headline its commit.
        return null;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
;// CONCATENATED MODULE: ./src/net/network-reason.ts
/**
 * Why a request got no answer, in words: the common socket errors by name, anything else as its
 * code and message. `timeoutMs` is the wait that ran out, when the caller set one; `withCode`
 * keeps the socket code beside the words, for logs someone may search.
 */
function networkReason(error, options = {}) {
    const code = error?.code;
    const words = knownReason(code, options.timeoutMs);
    if (words !== null)
        return options.withCode ? `${words} (${String(code)})` : words;
    const message = error instanceof Error ? error.message : String(error);
    return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
function knownReason(code, timeoutMs) {
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'DNS lookup failed';
        case 'ETIMEDOUT':
            return timeoutMs === undefined ? 'no answer in time' : `no answer within ${timeoutMs / 1000} s`;
        case 'ECONNRESET':
            return 'connection reset';
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./src/github/api-error.ts
/**
 * GitHub's refusals in perf-gate's words: which call, which status, GitHub's own message, never the
 * token. Octokit throws RequestError; everything downstream reasons about GitHubApiError.
 */

/** A call that did not succeed. Its message names the call and GitHub's answer, never the token. */
class GitHubApiError extends Error {
    method;
    path;
    status;
    detail;
    transient;
    rateLimited;
    constructor(method, path, 
    /** HTTP status, or null when GitHub could not be reached at all. */
    status, 
    /** GitHub's own message (`message` plus any validation `errors`), or the network error. */
    detail, 
    /** Would asking again later plausibly work (5xx, network)? */
    transient, 
    /** GitHub refused because of a rate limit we did not wait out (so a 403 says nothing about permissions). */
    rateLimited = false) {
        super(`${method} ${path}: ${status === null ? 'no answer' : `HTTP ${status}`} (${detail})`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
        this.transient = transient;
        this.rateLimited = rateLimited;
        this.name = 'GitHubApiError';
    }
}
/**
 * Octokit's RequestError as a GitHubApiError, the path relative to `apiUrl`. A RequestError without
 * a response is one where GitHub was never reached (Octokit gives those status 500).
 */
function toGitHubApiError(error, apiUrl, maxWaitMs, nowMs = Date.now()) {
    if (!isRequestError(error))
        return error;
    const method = error.request.method;
    const url = error.request.url;
    const path = url.startsWith(apiUrl) ? url.slice(apiUrl.length) : url;
    if (error.response === undefined) {
        const cause = error.cause;
        const reason = networkReason(cause?.cause ?? cause ?? error, {
            withCode: true,
        });
        return new GitHubApiError(method, path, null, reason, true);
    }
    const { status, headers, data } = error.response;
    const detail = describeBody(data);
    const waitMs = rateLimitWait({ status, headers }, nowMs);
    if (waitMs !== null && waitMs > maxWaitMs) {
        const wait = `rate limited for ${Math.ceil(waitMs / 1000)} s, longer than perf-gate waits`;
        return new GitHubApiError(method, path, status, `${detail}; ${wait}`, false, true);
    }
    return new GitHubApiError(method, path, status, detail, status >= 500, waitMs !== null);
}
function isRequestError(error) {
    const candidate = error;
    return (error instanceof Error &&
        typeof candidate?.status === 'number' &&
        typeof candidate.request?.method === 'string' &&
        typeof candidate.request.url === 'string');
}
/**
 * How long GitHub asks us to wait, or null when it did not ask: `Retry-After` (seconds or a date;
 * secondary rate limits), or `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds).
 */
function rateLimitWait(response, nowMs) {
    if (response.status !== 403 && response.status !== 429)
        return null;
    const retryAfter = header(response.headers, 'retry-after');
    if (retryAfter !== null) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - nowMs);
    }
    const reset = Number(header(response.headers, 'x-ratelimit-reset'));
    if (header(response.headers, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
        return Math.max(0, reset * 1000 - nowMs);
    }
    return null;
}
function header(headers, name) {
    const value = headers[name];
    if (Array.isArray(value))
        return value.join(', ');
    return value === undefined ? null : String(value);
}
/** GitHub's error JSON: `{ message, errors?: [{ message?, code, field? }] }`. */
function describeBody(json) {
    if (typeof json === 'string')
        return json.slice(0, 200) || 'empty answer';
    if (typeof json !== 'object' || json === null)
        return 'empty answer';
    const { message, errors } = json;
    const parts = typeof message === 'string' ? [message] : [];
    if (Array.isArray(errors)) {
        for (const item of errors) {
            const text = item['message'] ?? [item['field'], item['code']].filter(Boolean).join(' ');
            if (typeof text === 'string' && text !== '')
                parts.push(text);
        }
    }
    return parts.join(': ').slice(0, 300) || 'no message';
}

;// CONCATENATED MODULE: ./src/github/identity.ts
/**
 * Who perf-gate comments as, so that only its own marked comment is ever updated. GitHub's GraphQL
 * `viewer { login }` answers for every kind of token: a personal token gives the user's login, and
 * an app installation token (the workflow's GITHUB_TOKEN, or another app's) gives the app's bot
 * login, `github-actions[bot]` or `my-app[bot]`, exactly as its comments show it in `user.login`.
 * GET /user is the fallback for a server without GraphQL; it refuses installation tokens (403), and
 * then the login is not guessed: a guess could post a duplicate or edit someone else's comment.
 */

/** Neither GraphQL nor GET /user told the token's login: the comment-author input must. */
class CommentAuthorUnknownError extends Error {
    graphqlProblem;
    restProblem;
    constructor(graphqlProblem, restProblem) {
        super(`perf-gate cannot tell which login the github-token comments as (GraphQL viewer: ${graphqlProblem}; GET /user: ${restProblem}), ` +
            "and a guess could post a second comment or edit someone else's: set the comment-author input to the login its comments show, e.g. my-app[bot]");
        this.graphqlProblem = graphqlProblem;
        this.restProblem = restProblem;
        this.name = 'CommentAuthorUnknownError';
    }
}
/**
 * Throws GitHubApiError when GitHub cannot be asked (bad credentials, outage), and
 * CommentAuthorUnknownError when it answers but will not say.
 */
async function resolveCommentAuthor(octokit, apiUrl, maxWaitMs) {
    const asApiError = (error) => toGitHubApiError(error, apiUrl, maxWaitMs);
    let graphqlProblem;
    try {
        // Octokit asks GitHub Enterprise Server's …/api/graphql when the REST base is …/api/v3.
        const answer = await octokit.graphql('query { viewer { login } }');
        const login = answer?.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return { login, source: 'GraphQL viewer' };
        graphqlProblem = 'the answer has no viewer login';
    }
    catch (error) {
        const failure = asApiError(error);
        if (failure instanceof GitHubApiError) {
            graphqlProblem = failure.status === null ? failure.detail : `HTTP ${failure.status} ${failure.detail}`;
        }
        else {
            const problem = graphqlErrors(error);
            if (problem === null)
                throw error;
            graphqlProblem = problem;
        }
    }
    try {
        const { data } = await octokit.request('GET /user').catch((error) => {
            throw asApiError(error);
        });
        const login = data?.login;
        if (typeof login === 'string' && login !== '')
            return { login, source: 'GET /user' };
        throw new GitHubApiError('GET', '/user', 200, 'the answer has no login', false);
    }
    catch (error) {
        // 403: an installation token; 404: GitHub Enterprise without user endpoints for apps.
        if (error instanceof GitHubApiError && !error.rateLimited && (error.status === 403 || error.status === 404)) {
            throw new CommentAuthorUnknownError(graphqlProblem, `HTTP ${error.status} ${error.detail}`);
        }
        throw error;
    }
}
/** GraphQL reports errors in a 200 answer, which Octokit throws as GraphqlResponseError with its `errors`. */
function graphqlErrors(error) {
    const errors = error?.errors;
    if (!Array.isArray(errors))
        return null;
    const messages = errors
        .map((e) => e?.message)
        .filter((m) => typeof m === 'string');
    return messages.length > 0 ? messages.join('; ').slice(0, 200) : null;
}
/** Logins compare case-insensitively on GitHub. */
function isWrittenBy(comment, author) {
    const login = comment.user?.login;
    return typeof login === 'string' && login.toLowerCase() === author.login.toLowerCase();
}

;// CONCATENATED MODULE: ./src/github/marker.ts
/**
 * The hidden marker that makes the PR comment sticky: perf-gate finds its earlier comment by this
 * HTML comment (invisible in the rendered markdown) and updates it instead of posting another.
 */
const COMMENT_MARKER = '<!-- perf-gate:comment -->';
/** GitHub refuses issue-comment bodies longer than this (422 "body is too long"). */
const MAX_COMMENT_LENGTH = 65_536;
/** GitHub rejects longer bodies; the margin leaves room for the publisher's keyed marker. */
const GITHUB_COMMENT_LIMIT = MAX_COMMENT_LENGTH - 128;
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Any perf-gate marker, keyed or not: a body must carry exactly one, ours. */
const ANY_MARKER = /<!-- perf-gate:comment(?::[A-Za-z0-9._-]+)? -->\n?/g;
const TRUNCATION_NOTE = '\n\n…(comment truncated: the job summary has the full report)';
/**
 * The marker for one perf-gate step. A key (e.g. "enqueue", "spike") keeps two perf-gate steps of
 * one workflow in two separate comments; without one, the plain COMMENT_MARKER.
 */
function commentMarker(key) {
    if (key === undefined || key === null || key === '')
        return COMMENT_MARKER;
    if (!KEY_PATTERN.test(key)) {
        throw new Error(`comment key "${key}" is not usable in the PR comment marker: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
    }
    return `<!-- perf-gate:comment:${key} -->`;
}
/** Does this comment body carry exactly this marker (not merely another step's marker)? */
function hasMarker(body, marker) {
    return typeof body === 'string' && body.includes(marker);
}
/**
 * The body to post: any perf-gate marker the rendered report already holds is replaced by this
 * step's one at the top (so a keyed step never carries the plain marker and gets mistaken for the
 * unkeyed step's comment), and the text is cut to GitHub's length limit.
 */
function stickyCommentBody(body, marker) {
    const full = `${marker}\n${body.replace(ANY_MARKER, '')}`;
    if (full.length <= MAX_COMMENT_LENGTH)
        return full;
    let cut = full.slice(0, MAX_COMMENT_LENGTH - TRUNCATION_NOTE.length);
    // Never leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    return cut + TRUNCATION_NOTE;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The one Octokit perf-gate talks to GitHub through (the PR comment and the history branch):
 * @actions/github's getOctokit with the API URL given explicitly (@actions/github reads
 * GITHUB_API_URL once, at import), plugin-retry for 5xx and network failures, and
 * plugin-throttling for GitHub's rate limits.
 */




/** A limiter that lets every job through at once: stands in for throttling's one-write-a-second group. */
const unpaced = {
    key: () => ({ schedule: (_options, job) => job() }),
};
function createOctokit(options) {
    const baseUrl = options.apiUrl.replace(/\/+$/, '');
    const secondMs = options.secondMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryAfter > maxWait || retryCount >= rateLimitRetries)
            return false;
        options.onWait?.(`GitHub's ${kind} rate limit: waiting ${retryAfter} s before ${request.method} ${request.url}`);
        return true;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl,
        retry: {
            retries: options.retries ?? 2,
            retryAfterBaseValue: secondMs,
            // Rate limits (403, 429) are throttling's to wait out; the rest would fail the same way again.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: secondMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...(options.paceWrites === false ? { write: unpaced, notifications: unpaced } : {}),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const origin = new URL(baseUrl).origin;
    octokit.hook.before('request', (request) => {
        const url = new URL(request.url, `${request.baseUrl}/`);
        // The token goes only to the API host: a Link header pointing elsewhere is not followed.
        if (url.origin !== origin) {
            throw new GitHubApiError(request.method, request.url, null, `link leads away from ${origin}`, false);
        }
        // A POST without a clear answer may have been carried out (a comment created): never send it
        // twice. GraphQL's POST is a question, safe to repeat.
        if (request.method === 'POST' && !url.pathname.endsWith('/graphql')) {
            request.request = { ...request.request, retries: 0 };
        }
    });
    return octokit;
}

;// CONCATENATED MODULE: ./src/net/sleep.ts
/** Waits between retries; injected as a dependency wherever tests must not wait. */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The sticky PR comment: one per pull request (and comment key), found by its hidden marker among
 * the comments perf-gate's own identity wrote, created once and updated in place on every re-run.
 * Publishing is best effort: every failure ends in one warning, never in an exception, so the
 * verdict and the job summary stand whatever GitHub answers.
 */







/** A hard stop for a list: 200 pages of 100 comments is beyond any real pull request. */
const MAX_PAGES = 200;
/** Events that never concern a pull request: no comment, and nothing to warn about. */
const RUNS_WITHOUT_PULL_REQUEST = new Set(['push', 'schedule', 'workflow_dispatch']);
/** Rate limits asking for a longer wait are not waited out: the job would hang for them. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const defaultLogger = { warning: (m) => core/* warning */.$e(m), info: (m) => core/* info */.pq(m) };
async function publishComment(request, env = gitHubEnvironmentFrom(), deps = {}) {
    const logger = deps.logger ?? defaultLogger;
    const warn = (reason) => {
        const warning = redact(`perf-gate did not publish the PR comment: ${reason}. The job summary has the full report.`, request.token);
        logger.warning(warning);
        return { url: null, action: 'skipped', warning };
    };
    if (request.mode === 'never') {
        logger.info('PR comment: skipped (comment: never).');
        return { url: null, action: 'skipped', warning: null };
    }
    if (env.eventName !== null && RUNS_WITHOUT_PULL_REQUEST.has(env.eventName)) {
        logger.info(`PR comment: skipped (a ${env.eventName} run belongs to no pull request).`);
        return { url: null, action: 'skipped', warning: null };
    }
    if (request.token === null || request.token.trim() === '')
        return warn('no github-token was given');
    let marker;
    try {
        marker = commentMarker(request.key);
    }
    catch (error) {
        return warn(error.message);
    }
    const lookup = readPullRequestContext(env, deps.readFile);
    if (!lookup.found)
        return warn(lookup.reason);
    const pullRequest = lookup.pullRequest;
    const octokit = createOctokit({
        ...deps.client,
        apiUrl: pullRequest.apiUrl,
        token: request.token,
        maxRateLimitWaitSeconds: MAX_RATE_LIMIT_WAIT_SECONDS,
        onWait: (message) => logger.info(message),
    });
    try {
        const author = request.commentAuthor
            ? { login: request.commentAuthor, source: 'configured' }
            : await resolveCommentAuthor(octokit, pullRequest.apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
        const result = await upsert(octokit, pullRequest, author, marker, request, { ...deps, logger });
        logger.info(result.action === 'skipped'
            ? 'PR comment: skipped (comment: on-failure, the run passed and there is no earlier comment to correct).'
            : `PR comment ${result.action} as ${author.login} (${author.source}): ${result.url ?? '(no url)'}`);
        return result;
    }
    catch (error) {
        return warn(comment_describeFailure(error, pullRequest));
    }
}
async function upsert(octokit, pr, author, marker, request, deps) {
    const asApiError = (error) => toGitHubApiError(error, pr.apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
    const issue = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
    const body = stickyCommentBody(request.body, marker);
    const rounds = deps.maxAttempts ?? 3;
    for (let round = 1;; round++) {
        const listing = await listComments(octokit, issue, deps.maxPages ?? MAX_PAGES).catch((error) => {
            throw asApiError(error);
        });
        const comments = listing.items.filter(isIssueComment);
        // The oldest of ours: the one the PR's readers have seen since the first run.
        const ours = comments.find((comment) => hasMarker(comment.body, marker) && isWrittenBy(comment, author));
        if (ours === undefined && listing.truncated && round === 1) {
            deps.logger.warning(`PR comment: stopped listing the comments of ${pr.owner}/${pr.repo}#${pr.number} after ${comments.length} without finding perf-gate's earlier comment; if it comes later, this run posts a duplicate.`);
        }
        if (ours === undefined && request.mode === 'on-failure' && request.verdictStatus === 'pass') {
            return { url: null, action: 'skipped', warning: null };
        }
        try {
            if (ours !== undefined) {
                const { data } = await octokit.rest.issues.updateComment({ ...issue, comment_id: ours.id, body });
                return { url: htmlUrl(data) ?? ours.html_url ?? null, action: 'updated', warning: null };
            }
            // Sent once (createOctokit never repeats a POST): a lost answer is settled by listing again below.
            const { data } = await octokit.rest.issues.createComment({ ...issue, body });
            return { url: htmlUrl(data), action: 'created', warning: null };
        }
        catch (thrown) {
            const error = asApiError(thrown);
            // A POST without a clear answer may have created the comment after all, and a PATCH 404 means
            // ours was deleted meanwhile: list again rather than post blindly (exactly one comment).
            const lookAgain = error instanceof GitHubApiError && (ours === undefined ? error.transient : error.status === 404);
            if (!lookAgain || round >= rounds)
                throw error;
            await (deps.sleep ?? sleep)((deps.backoffMs ?? 1000) * round);
        }
    }
}
/** Every page of the PR's comments, up to `maxPages`: `truncated` says the list went on beyond them. */
async function listComments(octokit, issue, maxPages) {
    const items = [];
    let pages = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })) {
        items.push(...page.data);
        pages++;
        // Stop before asking for a page beyond the cap, but only call it truncated if GitHub has one.
        if (pages >= maxPages)
            return { items, truncated: /rel="next"/.test(page.headers.link ?? '') };
    }
    return { items, truncated: false };
}
/** One sentence on what went wrong and what to do about it. */
function comment_describeFailure(error, pr) {
    if (error instanceof CommentAuthorUnknownError)
        return error.message;
    if (!(error instanceof GitHubApiError))
        return `unexpected error (${error instanceof Error ? error.message : String(error)})`;
    const call = `${error.method} ${error.path}`;
    const where = `${pr.owner}/${pr.repo}#${pr.number}`;
    if (error.rateLimited)
        return `GitHub's rate limit refused ${call} (${error.detail})`;
    switch (error.status) {
        case null:
            return `GitHub's API at ${pr.apiUrl} could not be reached for ${call} (${error.detail})`;
        case 401:
            return `GitHub refused the github-token for ${call} (401 ${error.detail}): it is invalid or expired`;
        case 403:
            return (`the github-token may not ${error.method === 'GET' ? 'read' : 'write'} comments on ${where} (403 ${error.detail}). ` +
                'A pull request from a fork gets a read-only GITHUB_TOKEN; otherwise give the job `permissions: pull-requests: write`');
        case 404:
            return `GitHub answered 404 for ${call}: ${where} does not exist or the token cannot see it`;
        case 422:
            return `GitHub rejected the comment on ${where} (422 ${error.detail})`;
        default:
            return error.status >= 500
                ? `GitHub kept failing for ${call} (HTTP ${error.status}: ${error.detail})`
                : `GitHub answered ${call} with HTTP ${error.status} (${error.detail})`;
    }
}
function isIssueComment(value) {
    return typeof value === 'object' && value !== null && typeof value.id === 'number';
}
function htmlUrl(json) {
    const url = json?.html_url;
    return typeof url === 'string' ? url : null;
}
/** Belt and braces: GitHub's messages never echo the token, but a warning must not carry it even if one did. */
function redact(text, token) {
    return token !== null && token.length >= 4 ? text.split(token).join('***') : text;
}

;// CONCATENATED MODULE: ./src/github/publish.ts


/** The report's room in a comment: GitHub's limit less the marker line publishing puts on top. */
const REPORT_MAX_CHARS = GITHUB_COMMENT_LIMIT - `${COMMENT_MARKER}\n\n`.length;
/**
 * The report's room in the job summary, whose limit is 1 MiB of UTF-8: a UTF-16 unit is at most
 * 3 bytes, so this many units always fit, with room to spare for the marker.
 */
const SUMMARY_MAX_CHARS = Math.floor((1024 * 1024 - 16 * 1024) / 3);
/** What is published: the marker that finds the sticky comment again, then the report. */
function commentBody(report) {
    return `${COMMENT_MARKER}\n\n${report}`;
}
/**
 * The report goes to the job summary always, and to the sticky PR comment as `comment` asks.
 * A shortened comment promises the full report in the job summary: `report.summary` keeps it.
 * The marker that finds the comment again is GitHub's business, so it is added here, not by the report.
 */
async function publishReport(io, settings, event, report, status) {
    const rendered = typeof report === 'string' ? { comment: report, summary: report } : report;
    await io.writeSummary(commentBody(rendered.summary));
    return publishComment({
        token: settings.githubToken,
        body: commentBody(rendered.comment),
        mode: settings.comment,
        verdictStatus: status,
        key: settings.key,
        commentAuthor: settings.commentAuthor,
    }, event.environment, { logger: { warning: io.warning, info: io.info }, readFile: event.readEventFile });
}

;// CONCATENATED MODULE: ./src/host/action-io.ts

function actionsIO() {
    return {
        getInput: (name) => core/* getInput */.V4(name),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        setSecret: (value) => core/* setSecret */.Pq(value),
        info: (message) => core/* info */.pq(message),
        warning: (message) => core/* warning */.$e(message),
        setFailed: (message) => core/* setFailed */.C1(message),
        startGroup: (name) => core/* startGroup */.Oh(name),
        endGroup: () => core/* endGroup */.N4(),
        writeSummary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        k6Log: process.stdout,
        env: process.env,
    };
}

;// CONCATENATED MODULE: ./src/host/outputs.ts


/** The outputs this step sets, as action.yml declares them (a test keeps the two equal). */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'verdict',
    'p95-ms',
    'p99-ms',
    'error-rate',
    'rps',
    'report-json',
    'comment-url',
    'load-generator',
    'results-file',
    'baseline',
]));
/** Writes the machine-readable report into workDir and sets the step's outputs from the same figures. */
async function writeOutputs(io, workDir, outcome) {
    const reportPath = external_node_path_default().join(workDir, 'perf-gate-report.json');
    await (0,promises_.mkdir)(workDir, { recursive: true });
    await (0,promises_.writeFile)(reportPath, JSON.stringify(machineReport(outcome), null, 2) + '\n');
    const { overall } = outcome.result;
    io.setOutput('verdict', outcome.verdict.status);
    io.setOutput('p95-ms', overall.duration ? String(overall.duration.p95) : '');
    io.setOutput('p99-ms', overall.duration ? String(overall.duration.p99) : '');
    // A load that made no request measured no rate: empty, not a reassuring 0.
    io.setOutput('error-rate', overall.requests > 0 ? String(overall.errorRate) : '');
    io.setOutput('rps', overall.requests > 0 ? String(overall.rps) : '');
    io.setOutput('report-json', reportPath);
    io.setOutput('comment-url', outcome.commentUrl ?? '');
    io.setOutput('load-generator', outcome.loadGenerator?.health.status ?? '');
    io.setOutput('results-file', outcome.resultsFile);
    io.setOutput('baseline', outcome.baseline ?? 'thresholds-file');
}
/** Versioned so downstream tools can rely on the shape. */
function machineReport(outcome) {
    return {
        schemaVersion: 1,
        verdict: outcome.verdict,
        context: outcome.context,
        result: outcome.result,
        commentUrl: outcome.commentUrl,
        loadGenerator: outcome.loadGenerator ?? null,
    };
}

;// CONCATENATED MODULE: ./src/report/shell-quote.ts
/**
 * POSIX shell quoting for commands the report shows to be pasted, such as "Reproduce". Hand-written
 * rather than the `shell-quote` package: one rule fits in a few lines and is easy to check (inside
 * single quotes nothing is special but the quote itself), while that package picks between several
 * quoting styles and its quote() once let crafted values through (CVE-2021-42740).
 */
/** Characters that mean nothing to sh anywhere in a word: such a value is left bare for readability. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** One shell word that sh reads back as exactly `value`: bare when plain, otherwise in single quotes. */
function shellQuote(value) {
    if (PLAIN_WORD.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** `NAME=value` as a shell assignment with the value quoted; the name (ours, never user text) stays bare. */
function shellAssignment(assignment) {
    const at = assignment.indexOf('=');
    if (at <= 0)
        throw new Error(`not a NAME=value assignment: ${assignment}`);
    return `${assignment.slice(0, at + 1)}${shellQuote(assignment.slice(at + 1))}`;
}

;// CONCATENATED MODULE: ./src/host/run-context.ts


/** The packaged CLI as anyone can start it from their own repository, at the action's major version. */
const PACKAGED_CLI = 'npx --yes github:festin/perf-gate#v1';
/**
 * The report's headline facts, gathered from the config, the k6 run (null in results-file
 * mode) and the runner.
 */
function runContext(settings, k6, result, runner) {
    const incomplete = k6 !== null && !k6.run.exit.complete;
    return {
        scenario: settings.scenario.kind === 'custom' ? external_node_path_default().basename(settings.scenario.scriptPath) : settings.scenario.kind,
        profile: settings.profile,
        target: settings.baseUrl,
        k6Version: k6 === null ? null : `v${k6.version}`,
        commit: runner.commit,
        reproduce: reproduceCommand(settings, runner.workspace),
        cleanedUp: testDataCleaned(settings, result, incomplete),
        incomplete,
        incompleteReason: incomplete ? [k6?.run.exit.meaning, k6?.run.errorLine].filter(Boolean).join(': ') : null,
    };
}
/**
 * Whether the bundled scenario's teardown() took the test users out of the line, read from its
 * DELETE requests (204 removed, 404 not waiting: both fine). Unknown for a user's own script.
 */
function testDataCleaned(settings, result, incomplete) {
    if (settings.scenario.kind === 'custom')
        return null;
    const cleanup = result.endpoints.filter((e) => e.phase === 'teardown' && e.method === 'DELETE');
    if (cleanup.length === 0)
        return incomplete ? false : null;
    return cleanup.every((e) => e.failed === 0);
}
/**
 * The command that repeats this run from the user's own repository: the packaged CLI, which runs
 * the same k6 script with the same inputs and keeps k6's results file in .perf-gate/runs/. The
 * token is a placeholder, never the value; every value is shell-quoted.
 */
function reproduceCommand(settings, workspace) {
    const relative = (file) => external_node_path_default().relative(workspace, file) || file;
    const flags = [
        ['base-url', settings.baseUrl ?? '<staging URL>'],
        ['scenario', settings.scenario.kind === 'custom' ? relative(settings.scenario.scriptPath) : settings.scenario.kind],
        ['profile', settings.profile],
        ['booth-id', String(settings.boothId)],
    ];
    // A user's own script has no bundled thresholds: the command names the same file.
    if (settings.scenario.kind === 'custom')
        flags.push(['thresholds', relative(settings.thresholdsPath)]);
    const token = settings.authToken ? `${shellAssignment('AUTH_TOKEN=<your test JWT>')} ` : '';
    return `${token}${PACKAGED_CLI} run ${flags.map(([flag, value]) => `--${flag} ${shellQuote(value)}`).join(' ')}`;
}

;// CONCATENATED MODULE: ./src/judge/check-name.ts
/** What a check is called in the report and the log. */

/** "p95", "p95 (enqueue)", "p95 (stage 3, VU 200)", "CPU (worst stage)". */
function checkName(figure, scope, stageLabel) {
    const label = figureLabel(figure);
    switch (scope.kind) {
        case 'overall':
            return isServerFigure(figure) ? `${label} (worst stage)` : label;
        case 'endpoint':
            return `${label} (${scope.name})`;
        case 'stage':
            return `${label} (stage ${scope.index}${stageLabel ? `, ${stageLabel}` : ''})`;
    }
}

;// CONCATENATED MODULE: ./src/judge/evidence.ts
function capVerdictByEvidence(verdict, evidence) {
    const floor = evidence.gaps.some((g) => g.kind === 'no-load-requests')
        ? 'fail'
        : evidence.complete
            ? 'pass'
            : 'warn';
    const rank = { pass: 0, warn: 1, fail: 2 };
    const message = missingEvidence(evidence);
    const capped = message === null ? verdict : { ...verdict, missingEvidence: { message, fatal: floor === 'fail' } };
    return rank[capped.status] >= rank[floor] ? capped : { ...capped, status: floor };
}
/** The gaps that make the run incomplete, in one line for the report's first line; null when complete. */
function missingEvidence(evidence) {
    const missing = evidence.gaps.filter((g) => g.incomplete).map((g) => g.message);
    return missing.length === 0 ? null : `incomplete results: ${missing.join('; ')}`;
}

;// CONCATENATED MODULE: ./src/judge/interval.ts
/** Two-sided 95% standard normal quantile. */
const Z95 = 1.959963984540054;
function wilsonInterval(failed, total, z = Z95) {
    if (total <= 0)
        return null;
    const p = failed / total;
    const z2 = z * z;
    const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
    const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
    // At 0 or n failures the bound is exactly 0 or 1; rounding must not hide that.
    return {
        low: failed === 0 ? 0 : Math.max(0, centre - half),
        high: failed === total ? 1 : Math.min(1, centre + half),
    };
}

;// CONCATENATED MODULE: ./src/judge/knee.ts


const P95_RATIO = 3;
const P95_MIN_GROWTH_MS = 50;
const ERROR_RATE_MIN = 0.01;
const LOAD_RISE = 0.5;
const RPS_RISE_MIN = 0.1;
/** Fewer requests than this make a stage's p95 and error rate too uncertain to compare. */
const MIN_STAGE_REQUESTS = 20;
const ms = (v) => formatFigure('p95', v);
const pct = (v) => formatFigure('error-rate', v);
const rps = (v) => formatFigure('rps', v);
function latencyRule(stage, ref) {
    const p95 = stage.duration?.p95;
    const refP95 = ref.duration?.p95;
    if (p95 === undefined || refP95 === undefined || stage.requests < MIN_STAGE_REQUESTS)
        return null;
    if (p95 < P95_RATIO * refP95 || p95 - refP95 < P95_MIN_GROWTH_MS)
        return null;
    const ratio = refP95 > 0 ? `${(p95 / refP95).toLocaleString('en-US', { maximumFractionDigits: 0 })}× ` : '';
    return `p95 ${ms(p95)} is ${ratio}the ${ms(refP95)} at ${ref.stage.label}`;
}
function errorRule(stage, ref) {
    if (stage.requests < MIN_STAGE_REQUESTS || stage.errorRate < ERROR_RATE_MIN)
        return null;
    const now = wilsonInterval(stage.failed, stage.requests);
    const before = wilsonInterval(ref.failed, ref.requests);
    if (!now || !before || now.low <= before.high)
        return null;
    return ref.failed === 0
        ? `errors start: ${pct(stage.errorRate)} of requests fail (none at ${ref.stage.label})`
        : `errors rise to ${pct(stage.errorRate)} from ${pct(ref.errorRate)} at ${ref.stage.label}`;
}
function throughputRule(stage, previous) {
    if (previous.requests === 0 || previous.stage.target <= 0)
        return null;
    if (stage.stage.target < previous.stage.target * (1 + LOAD_RISE))
        return null;
    if (stage.rps >= previous.rps * (1 + RPS_RISE_MIN))
        return null;
    return `throughput stalls: ${rps(stage.rps)} against ${rps(previous.rps)} at ${previous.stage.label} while the load rose to ${stage.stage.label}`;
}
function findKnee(stages) {
    const refIndex = stages.findIndex((s) => s.requests >= MIN_STAGE_REQUESTS && s.duration !== null);
    const ref = stages[refIndex];
    if (ref === undefined)
        return null;
    for (let i = refIndex + 1; i < stages.length; i++) {
        const stage = stages[i];
        const previous = stages[i - 1];
        if (stage === undefined || previous === undefined)
            continue;
        // A stage without requests never ran (k6 ended early): it cannot be where load degraded.
        if (stage.requests === 0)
            continue;
        if (stage.stage.target < previous.stage.target)
            continue;
        const reasons = [latencyRule(stage, ref), errorRule(stage, ref), throughputRule(stage, previous)].filter((r) => r !== null);
        if (reasons.length > 0)
            return { stageIndex: i, label: stage.stage.label, reason: reasons.join('; ') };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/judge/measure.ts

/**
 * The endpoint named `name`: the load phase's entry first (setup's logins share names with
 * the load's in custom scripts), then the busiest entry when several methods share the name.
 */
function findEndpoint(endpoints, name) {
    const named = endpoints.filter((e) => e.name === name);
    const load = named.filter((e) => e.phase === 'load');
    const pool = load.length > 0 ? load : named;
    return [...pool].sort((a, b) => b.requests - a.requests)[0];
}
/**
 * The interval's method, as the confidence sentence names it: time blocks when the results
 * engine could cut the requests' span into them, else independent draws (order statistics,
 * Wilson score). Results built without a basis (by hand) are independent draws.
 */
function methodName(basis, independent) {
    if (basis?.method === 'time blocks') {
        return `batch means, ${basis.blocks} blocks of ${Math.round(basis.blockSeconds)} s`;
    }
    // The reason (too short a span) stays in the basis: the sentence must fit a table cell.
    return basis ? `${independent}, independent draws` : independent;
}
function fromRequestStats(stats, figure, where) {
    if (figure === 'rps')
        return { value: stats.rps, interval: null, method: null };
    if (figure === 'error-rate') {
        if (stats.requests === 0)
            return { value: null, missing: `no requests ${where}` };
        const timed = stats.intervalBasis?.method === 'time blocks' ? stats.errorRateCi : null;
        return {
            value: stats.errorRate,
            interval: timed ?? wilsonInterval(stats.failed, stats.requests),
            method: methodName(stats.intervalBasis, 'Wilson score'),
        };
    }
    const d = stats.duration;
    if (d === null)
        return { value: null, missing: `no requests ${where}` };
    // A refused connection "lasts" 0 ms: latency over nothing but failures would pass a dead target.
    if (stats.failed === stats.requests)
        return { value: null, missing: `every request ${where} failed, so there is no latency to judge` };
    switch (figure) {
        case 'p95':
            return { value: d.p95, interval: d.p95Ci, method: methodName(stats.intervalBasis, 'order statistics') };
        case 'p99':
            return { value: d.p99, interval: d.p99Ci, method: methodName(stats.intervalBasis, 'order statistics') };
        case 'avg':
            return { value: d.avg, interval: null, method: null };
        case 'max':
            return { value: d.max, interval: null, method: null };
        default:
            return { value: null, missing: `${figure} is not measured ${where}` };
    }
}
function measure(result, figure, scope) {
    switch (scope.kind) {
        case 'overall':
            if (figure === 'dropped-iterations') {
                return { value: result.overall.droppedIterations, interval: null, method: null };
            }
            // The load's figures: setup()'s logins and teardown()'s clean-up are not what is judged.
            return fromRequestStats(result.overall, figure, "in this run's load");
        case 'endpoint': {
            const endpoint = findEndpoint(result.endpoints, scope.name);
            if (!endpoint)
                return { value: null, missing: `no requests named "${scope.name}" in this run`, absent: true };
            return fromRequestStats(endpoint, figure, `named "${scope.name}"`);
        }
        case 'stage': {
            const stage = result.stages.find((s) => s.stage.index === scope.index);
            if (!stage)
                return { value: null, missing: `this run has no stage ${scope.index}`, absent: true };
            const stageLabel = stage.stage.label;
            return { ...fromRequestStats(stage, figure, `in stage ${scope.index} (${stageLabel})`), stageLabel };
        }
    }
}

;// CONCATENATED MODULE: ./src/judge/server-measure.ts
/**
 * Finding a server figure (CPU, DB pool, heap, GC) for a check: from the per-stage server
 * metrics Prometheus gave, never from k6. They are one number per stage with no sampling
 * distribution behind them, so they have no confidence interval. When they are missing the
 * measurement says why, and the check warns "not measured": a monitoring gap is not a regression.
 */

/**
 * The figure for one stage (by RunResult.stages index) or, over the whole run, the worst
 * stage's: a limit like "CPU below 90%" must hold in every stage. Null when not measured.
 */
function serverFigureValue(serverStages, figure, scope) {
    const field = serverField(figure);
    const stages = (serverStages ?? []).filter((s) => scope.kind === 'overall' || s.stageIndex === scope.index);
    const values = stages.map((s) => s[field]).filter((v) => v != null);
    // A loop, not Math.max(...values): a spread of a long list overflows the call stack.
    return values.length === 0 ? null : values.reduce((a, b) => (b > a ? b : a));
}
const NO_SERVER_METRICS = 'no server metrics (set prometheus-url)';
function measureServer(result, serverStages, figure, scope) {
    const label = figureLabel(figure);
    // The schema rejects this; a hand-built Thresholds could still carry it.
    if (scope.kind === 'endpoint')
        return { value: null, missing: `${label} is measured on the server, not per endpoint` };
    const stage = scope.kind === 'stage' ? result.stages.find((s) => s.stage.index === scope.index) : undefined;
    const stageLabel = stage?.stage.label;
    if (!serverStages || serverStages.length === 0)
        return { value: null, missing: NO_SERVER_METRICS, stageLabel };
    const value = serverFigureValue(serverStages, figure, scope);
    if (scope.kind === 'overall') {
        if (value === null)
            return { value: null, missing: `Prometheus gave no ${label} for any stage; see the server metrics warnings` };
        return { value, interval: null, method: null };
    }
    if (!stage)
        return { value: null, missing: `this run has no stage ${scope.index}` };
    if (value === null) {
        return {
            value: null,
            missing: `Prometheus gave no ${label} for stage ${scope.index} (${stageLabel}); see the server metrics warnings`,
            stageLabel,
        };
    }
    return { value, interval: null, method: null, stageLabel };
}

;// CONCATENATED MODULE: ./src/judge/judge.ts






/** The limit a value is held to: the tighter of the absolute limit and baseline ± allowance. */
function effectiveLimit(check) {
    const candidates = [];
    if (check.limit !== null)
        candidates.push(check.limit);
    if (check.baseline !== null && check.allowedRegression !== null) {
        const a = check.allowedRegression;
        const allowance = a.kind === 'percent' ? (check.baseline * a.percent) / 100 : a.amount;
        candidates.push(lowerIsWorse(check.figure) ? check.baseline - allowance : check.baseline + allowance);
    }
    if (candidates.length === 0)
        return null;
    return lowerIsWorse(check.figure) ? Math.max(...candidates) : Math.min(...candidates);
}
const RANK = { pass: 0, warn: 1, fail: 2 };
function worstStatus(statuses) {
    return statuses.reduce((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'pass');
}
function range(check, interval) {
    return `${formatFigure(check.figure, interval.low)}–${formatFigure(check.figure, interval.high)}`;
}
function judged(check, value, interval, method, limit) {
    const worse = lowerIsWorse(check.figure);
    // Without an interval the value stands for itself.
    const low = interval?.low ?? value;
    const high = interval?.high ?? value;
    const allPast = worse ? high < limit : low > limit;
    const allWithin = worse ? low >= limit : high <= limit;
    const side = worse ? 'below' : 'above';
    const limitText = formatFigure(check.figure, limit);
    // An error-rate limit of 0 means "no failures": the count is a fact, not an estimate to doubt.
    if (check.figure === 'error-rate' && limit === 0) {
        return value > 0
            ? {
                status: check.severity,
                confidence: `${formatFigure(check.figure, value)} of requests failed; the limit of 0 allows no failures`,
            }
            : { status: 'pass', confidence: 'no request failed; the limit of 0 allows no failures' };
    }
    if (interval === null) {
        const why = `judged on the value itself (${figureLabel(check.figure)} has no confidence interval)`;
        if (allPast)
            return { status: check.severity, confidence: `value ${side} the limit of ${limitText}; ${why}` };
        return { status: 'pass', confidence: `value within the limit of ${limitText}; ${why}` };
    }
    const ci = `95% interval (how sure this run is; ${method ?? 'confidence'}) ${range(check, interval)}`;
    if (allPast)
        return { status: check.severity, confidence: `the whole ${ci} is ${side} the limit of ${limitText}` };
    if (allWithin)
        return { status: 'pass', confidence: `the whole ${ci} is within the limit of ${limitText}` };
    return {
        status: 'warn',
        confidence: `the limit of ${limitText} lies inside the ${ci}: this run cannot tell`,
    };
}
function judgeCheck(result, check, serverStages) {
    const m = isServerFigure(check.figure)
        ? measureServer(result, serverStages, check.figure, check.scope)
        : measure(result, check.figure, check.scope);
    const limit = effectiveLimit(check);
    const base = {
        name: checkName(check.figure, check.scope, m.stageLabel),
        figure: check.figure,
        scope: check.scope,
        severity: check.severity,
        limit,
        baseline: check.baseline,
    };
    // A named endpoint or stage missing from a complete run is a typo until the check says it may be
    // absent; an incomplete run (cut short, target down) may simply never have reached it.
    const typo = m.value === null && m.absent === true && check.optional !== true && result.evidence.complete;
    if (m.value === null) {
        return {
            ...base,
            value: null,
            interval: null,
            delta: null,
            status: typo ? check.severity : 'warn',
            confidence: `not measured: ${m.missing}${typo ? '; check the name, or mark the check "optional": true if it may be absent' : ''}`,
        };
    }
    const delta = check.baseline === null
        ? null
        : {
            absolute: m.value - check.baseline,
            relative: check.baseline === 0 ? null : (m.value - check.baseline) / check.baseline,
        };
    // The schema guarantees a limit; a check without one could only be informational.
    const { status, confidence } = limit === null
        ? { status: 'pass', confidence: 'no limit to judge against' }
        : judged(check, m.value, m.interval, m.method, limit);
    return { ...base, value: m.value, interval: m.interval, delta, status, confidence };
}
function judge(result, thresholds, serverStages) {
    const checks = thresholds.checks.map((check) => judgeCheck(result, check, serverStages));
    const verdict = { status: worstStatus(checks.map((c) => c.status)), checks, knee: findKnee(result.stages) };
    return capVerdictByEvidence(verdict, result.evidence);
}

;// CONCATENATED MODULE: ./src/judge/inconclusive.ts
/**
 * A run on a saturated runner is inconclusive: the figures k6's own speed decides (latency,
 * requests/s, dropped iterations) may describe the runner rather than the target. Their failures
 * become warnings; a pass stands, since a busy runner only makes them look worse. Error rates
 * are the target's answers and are still judged.
 */


/** The figures a slow load generator distorts. */
function runnerBound(figure) {
    const row = figureRow(figure);
    return row.source.kind === 'request' && (row.unit === 'ms' || row.unit === 'rps' || figure === 'dropped-iterations');
}
function markInconclusive(verdict, reason) {
    const checks = verdict.checks.map((check) => check.status === 'fail' && runnerBound(check.figure)
        ? { ...check, status: 'warn', confidence: `${check.confidence}; not judged: ${reason}` }
        : check);
    const status = worstStatus(checks.map((c) => c.status));
    // Incomplete evidence still keeps the verdict from passing.
    const floor = verdict.missingEvidence ? (verdict.missingEvidence.fatal ? 'fail' : 'warn') : 'pass';
    const capped = worstStatus([status, floor]);
    return { ...verdict, checks, status: capped, inconclusive: reason };
}

;// CONCATENATED MODULE: ./src/judge/confirmation.ts
/**
 * Confirm before failing: a latency failure on a healthy run is checked by a second run, and
 * the step fails only when a check fails in both. Noise (a burst of other work on the runner or
 * the target) rarely strikes the same check twice; a real regression does every time.
 */


/** Worth a second run: a healthy, complete run whose only failures are runner-bound (latency) checks. */
function needsConfirmation(verdict) {
    if (verdict.inconclusive || verdict.missingEvidence)
        return false;
    const failed = verdict.checks.filter((c) => c.status === 'fail');
    return failed.length > 0 && failed.every((c) => runnerBound(c.figure));
}
/**
 * The verdict after a confirmation run: the second run's, except that a runner-bound check fails
 * only when it failed in the first run too (a failure seen once is a warning).
 */
function confirmVerdict(first, second) {
    const rows = [];
    const checks = second.checks.map((check, i) => {
        const before = first.checks[i];
        if (!runnerBound(check.figure) || before === undefined)
            return check;
        if (check.status === 'fail' || before.status === 'fail') {
            rows.push({
                name: check.name,
                figure: check.figure,
                first: before.value,
                second: check.value,
                limit: check.limit,
                firstStatus: before.status,
                secondStatus: check.status,
            });
        }
        if (check.status === 'fail' && before.status !== 'fail')
            return {
                ...check,
                status: 'warn',
                confidence: `${check.confidence}; failed in the confirmation run only`,
            };
        return check;
    });
    const repeated = rows.some((r) => r.firstStatus === 'fail' && r.secondStatus === 'fail');
    const floor = second.missingEvidence ? (second.missingEvidence.fatal ? 'fail' : 'warn') : 'pass';
    return {
        ...second,
        checks,
        status: worstStatus([...checks.map((c) => c.status), floor]),
        confirmation: { kind: 'rerun', repeated, rows },
    };
}

;// CONCATENATED MODULE: ./src/confirm.ts
/**
 * Confirm before failing: when latency checks are a healthy run's only failures, the scenario
 * runs once more and the verdict rests on that second run, failing only on a check that failed
 * in both (judge/confirmation.ts). Results-file mode has nothing to re-run and says so.
 */

async function confirmFailures(first, settings) {
    if (!settings.enabled || !needsConfirmation(first.verdict))
        return first;
    if (settings.rerun === null) {
        const reason = 'results-file mode cannot re-run the scenario, so this latency failure was not confirmed by a second run';
        return { ...first, verdict: { ...first.verdict, confirmation: { kind: 'not-rerun', reason } } };
    }
    const failed = first.verdict.checks.filter((c) => c.status === 'fail').map((c) => c.name);
    settings.info(`Latency check failed (${failed.join(', ')}): running the scenario once more to confirm`);
    const second = await settings.rerun();
    return { ...second, verdict: confirmVerdict(first.verdict, second.verdict) };
}

;// CONCATENATED MODULE: ./src/judge/runner-health.ts
/**
 * Was the load generator itself the bottleneck? k6 measures a request's duration in its own
 * goroutines: when every core of the runner is busy, the time k6 waits for a CPU to read a
 * response is counted as latency. Pure: a recorded trace and a live one go through this same code.
 *
 * The rule: the runner was saturated when all-core CPU busy was ≥ 90% for at least 10% of the
 * load phase (and at least 3 sampled seconds). A p95 is decided by the slowest 5% of requests,
 * so once 10% of the load ran on a saturated runner the p95 can come entirely from requests
 * k6 itself delayed; shorter blips (a second of a one-minute run) cannot move it that far.
 */
const SATURATED_BUSY = 0.9;
const SATURATED_SHARE = 0.1;
const SATURATED_MIN_SECONDS = 3;
function intervals(readings) {
    const out = [];
    for (let i = 1; i < readings.length; i++) {
        const a = readings[i - 1];
        const b = readings[i];
        const total = b.cpu.total - a.cpu.total;
        if (!(total > 0) || b.atMs <= a.atMs)
            continue;
        const busy = Math.min(1, Math.max(0, (b.cpu.busy - a.cpu.busy) / total));
        const k6 = a.k6Cpu === null || b.k6Cpu === null ? null : Math.min(1, Math.max(0, (b.k6Cpu - a.k6Cpu) / total));
        out.push({ fromMs: a.atMs, toMs: b.atMs, busy, k6 });
    }
    return out;
}
/** Judges a trace of readings over the load phase by the rule above. */
function assessRunner(readings, phase) {
    // k6's data and the sampler share the runner's clock; data from another time (a replay) cannot
    // place the load, and then k6's whole run is judged.
    const known = phase.loadStartMs;
    const loadStart = known !== null && known >= phase.k6StartMs && known < phase.k6EndMs ? known : phase.k6StartMs;
    const all = intervals(readings);
    const inLoad = all.filter((i) => i.toMs > loadStart && i.fromMs < phase.k6EndMs);
    let sampledMs = 0;
    let saturatedMs = 0;
    const spans = [];
    for (const i of inLoad) {
        const length = Math.min(i.toMs, phase.k6EndMs) - Math.max(i.fromMs, loadStart);
        sampledMs += length;
        if (i.busy < SATURATED_BUSY)
            continue;
        saturatedMs += length;
        const fromMs = Math.max(0, i.fromMs - loadStart);
        const toMs = i.toMs - loadStart;
        const last = spans[spans.length - 1];
        // Neighbouring saturated seconds are one span (a sampler tick may land a little late).
        if (last && fromMs - last.toMs <= 1500)
            last.toMs = toMs;
        else
            spans.push({ fromMs, toMs });
    }
    const overloaded = saturatedMs >= SATURATED_MIN_SECONDS * 1000 && saturatedMs >= SATURATED_SHARE * sampledMs;
    const peak = (values) => {
        const known = values.filter((v) => v !== null);
        return known.length === 0 ? null : Math.max(...known);
    };
    return {
        status: overloaded ? 'overloaded' : 'ok',
        peakCpu: peak(all.map((i) => i.busy)),
        peakK6Cpu: peak(all.map((i) => i.k6)),
        peakMemory: peak(readings.map((r) => (r.memory.total > 0 ? r.memory.used / r.memory.total : null))),
        sampledMs,
        saturatedMs,
        spans,
    };
}
/** "0:18 to 0:49", "0:18 to 0:25 and 0:40 to 0:49": offsets from the load's start. */
function describeSpans(spans) {
    const clock = (ms) => {
        const s = Math.round(ms / 1000);
        return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    };
    const parts = spans.map((s) => `${clock(s.fromMs)} to ${clock(s.toMs)}`);
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
/** The sentence a saturated run opens with. */
function saturationSentence(health) {
    const when = health.spans.length > 0 ? ` from ${describeSpans(health.spans)}` : '';
    return `the runner's CPU was saturated${when}; latency includes time k6 queued itself`;
}

;// CONCATENATED MODULE: ./src/net/display-url.ts
/**
 * A URL as logs and messages may show it: credentials, query and fragment left out (a mirror or a
 * Prometheus URL may carry a token in any of them), no trailing slash.
 */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/$/, '')}`;
    }
    catch {
        return '(an invalid URL)';
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/metrics/bounded-get.ts
/**
 * One GET with hard bounds on its total time and on the bytes read, for answers from a server
 * perf-gate does not control (Prometheus). A server that drips a byte every few seconds is cut off
 * by the total bound, not only by silence; the body is kept as Buffers and decoded once. Redirects
 * are followed here, so the Authorization header never reaches another origin. Proxy settings
 * (HTTPS_PROXY, NO_PROXY) come from @actions/http-client's agent, as for perf-gate's other calls.
 */



const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 5;
const proxyAgents = new lib/* HttpClient */.Qq('perf-gate');
async function boundedGet(url, options) {
    const controller = new AbortController();
    let bound = null;
    const stop = (which) => {
        bound ??= which;
        controller.abort();
    };
    const timer = setTimeout(() => stop('total'), options.totalTimeoutMs);
    try {
        const origin = new URL(url).origin;
        let current = new URL(url);
        for (let hop = 0;; hop++) {
            // A credential is for the origin it was given for: a redirect elsewhere goes without it.
            const headers = current.origin === origin ? options.headers : withoutAuthorization(options.headers);
            const answer = await getOnce(current, headers, options, controller.signal, () => stop('idle'));
            if (answer.kind === 'too-large')
                return answer;
            if (answer.kind === 'answer')
                return { kind: 'answer', status: answer.status, body: answer.body.toString('utf8') };
            if (hop >= (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS))
                return { kind: 'error', message: `more than ${options.maxRedirects ?? DEFAULT_MAX_REDIRECTS} redirects` };
            current = new URL(answer.location, current);
            if (current.protocol !== 'http:' && current.protocol !== 'https:')
                return { kind: 'error', message: `a redirect to a ${current.protocol} URL` };
        }
    }
    catch (error) {
        if (bound !== null)
            return { kind: 'timeout', bound };
        return { kind: 'error', message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
    }
    finally {
        clearTimeout(timer);
    }
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}
function getOnce(url, headers, options, signal, onIdle) {
    return new Promise((resolve, reject) => {
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const request = transport.request(url, {
            method: 'GET',
            headers,
            signal,
            agent: proxyAgents.getAgent(url.toString()),
        });
        request.setTimeout(options.idleTimeoutMs, onIdle);
        request.on('error', reject);
        request.on('response', (response) => {
            const status = response.statusCode ?? 0;
            const location = response.headers.location;
            if (REDIRECT_STATUSES.has(status) && location) {
                response.resume();
                resolve({ kind: 'redirect', location });
                return;
            }
            const chunks = [];
            let bytes = 0;
            response.on('data', (chunk) => {
                bytes += chunk.length;
                if (bytes > options.maxBytes) {
                    resolve({ kind: 'too-large', status });
                    request.destroy();
                    return;
                }
                chunks.push(chunk);
            });
            response.on('end', () => resolve({ kind: 'answer', status, body: Buffer.concat(chunks) }));
            response.on('error', reject);
            response.on('close', () => {
                if (!response.complete)
                    reject(new Error('the connection closed before the answer ended'));
            });
        });
        request.end();
    });
}

;// CONCATENATED MODULE: ./src/metrics/prometheus-client.ts
/**
 * Prometheus's range query (GET /api/v1/query_range) over @actions/http-client. Every failure
 * comes back as a problem sentence, never an exception: server metrics are an extra, and a
 * missing or broken Prometheus must not fail the run. The auth header is sent, never echoed:
 * neither it nor its credential part appears in a problem, even when an error page repeats it.
 */



const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_BUDGET_MS = 90_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const matrixAnswer = schemas/* object */.Ikc({
    status: schemas/* literal */.euz('success'),
    data: schemas/* object */.Ikc({
        resultType: schemas/* literal */.euz('matrix'),
        result: schemas/* array */.YOg(schemas/* object */.Ikc({
            metric: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
            values: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* string */.YjP()])),
        })),
    }),
});
const errorAnswer = schemas/* object */.Ikc({
    status: schemas/* literal */.euz('error'),
    errorType: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
});

/** The query_range endpoint under the base URL, keeping a path prefix (a Prometheus behind /prometheus). */
function queryRangeUrl(base, query) {
    const url = new URL(base);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query_range`;
    url.search = new URLSearchParams({
        query: query.query,
        start: (query.startMs / 1000).toFixed(3),
        end: (query.endMs / 1000).toFixed(3),
        step: `${query.stepSeconds}s`,
    }).toString();
    url.hash = '';
    return url.toString();
}
function toSeries(result) {
    return result.map((r) => ({
        labels: r.metric,
        // "NaN" and "+Inf" (a ratio over zero) carry no figure.
        points: r.values
            .map(([t, v]) => [Math.round(t * 1000), Number(v)])
            .filter(([, v]) => Number.isFinite(v)),
    }));
}
function prometheus_client_describeBody(status, body) {
    try {
        const parsed = errorAnswer.safeParse(JSON.parse(body));
        if (parsed.success && parsed.data.error)
            return `${parsed.data.errorType ?? 'error'}: ${parsed.data.error}`;
    }
    catch {
        // Not JSON: a proxy's page, say. Its first words are enough.
    }
    const text = body.replace(/\s+/g, ' ').trim().slice(0, 120);
    return text === '' ? `HTTP ${status}` : `HTTP ${status}: ${text}`;
}
/**
 * What to mask of an Authorization header value: the whole value and its credential alone
 * ("abc" of "Bearer abc"), since an error page may repeat either.
 */
function authHeaderSecrets(authHeader) {
    if (!authHeader)
        return [];
    const credential = authHeader.trim().replace(/^\S+\s+/, '');
    return [...new Set([authHeader, credential])].filter((s) => s.trim().length >= 4);
}
const MIB = 1024 * 1024;
function prometheusClient(options) {
    const idleTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const now = options.now ?? Date.now;
    const deadline = now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
    const where = displayUrl(options.url);
    const secrets = authHeaderSecrets(options.authHeader);
    const scrub = (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text);
    const headers = { Accept: 'application/json' };
    if (options.authHeader)
        headers.Authorization = options.authHeader;
    // No retries: a slow or absent Prometheus gets one try per query, and the caller stops at the first unreachable one.
    const ask = async (query) => {
        let url;
        try {
            url = queryRangeUrl(options.url, query);
        }
        catch {
            return {
                ok: false,
                problem: `the Prometheus URL ${where} is not a valid URL: give e.g. http://prometheus:9090`,
                unreachable: true,
            };
        }
        const budgetLeftMs = deadline - now();
        const budgetSpent = `perf-gate gives all Prometheus queries together ${seconds(options.budgetMs ?? DEFAULT_BUDGET_MS)}, and they used it up`;
        if (budgetLeftMs <= 0)
            return { ok: false, problem: budgetSpent, unreachable: true };
        const answer = await boundedGet(url, {
            headers,
            idleTimeoutMs,
            totalTimeoutMs: Math.min(requestTimeoutMs, budgetLeftMs),
            maxBytes,
        });
        if (answer.kind === 'timeout') {
            let reason = `no answer within ${seconds(idleTimeoutMs)}`;
            if (answer.bound === 'total')
                reason =
                    budgetLeftMs < requestTimeoutMs
                        ? budgetSpent
                        : `the answer did not end within ${seconds(requestTimeoutMs)}, perf-gate's bound for one query`;
            return { ok: false, problem: `Prometheus at ${where} is unreachable (${reason})`, unreachable: true };
        }
        if (answer.kind === 'error')
            return { ok: false, problem: `Prometheus at ${where} is unreachable (${answer.message})`, unreachable: true };
        if (answer.kind === 'too-large') {
            return {
                ok: false,
                problem: `Prometheus at ${where} answered more than ${maxBytes / MIB} MB for one query, and perf-gate stops reading there: aggregate the query (e.g. max(...) or sum(...)) so that it returns fewer series`,
                unreachable: false,
            };
        }
        return judgeAnswer(where, answer.status, answer.body);
    };
    return async (query) => {
        const answer = await ask(query);
        return answer.ok ? answer : { ...answer, problem: scrub(answer.problem) };
    };
}
function seconds(ms) {
    return `${ms / 1000} s`;
}
function judgeAnswer(where, status, body) {
    if (status === 401 || status === 403) {
        return {
            ok: false,
            problem: `Prometheus at ${where} refused the request (HTTP ${status}): check the prometheus-auth-header secret`,
            unreachable: true,
        };
    }
    if (status !== 200) {
        return {
            ok: false,
            problem: `Prometheus at ${where} rejected the query (${prometheus_client_describeBody(status, body)})`,
            unreachable: status >= 500 || status === 404,
        };
    }
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return {
            ok: false,
            problem: `Prometheus at ${where} answered something that is not JSON (is it Prometheus's URL?)`,
            unreachable: true,
        };
    }
    const parsed = matrixAnswer.safeParse(json);
    if (!parsed.success) {
        return {
            ok: false,
            problem: `Prometheus at ${where} answered an unexpected shape (${prometheus_client_describeBody(status, body)}): expected a matrix`,
            unreachable: false,
        };
    }
    return { ok: true, series: toSeries(parsed.data.data.result) };
}

;// CONCATENATED MODULE: ./src/metrics/queries.ts
/**
 * The PromQL behind each server input: the thresholds file's override where it gives one,
 * the catalogue's default (Micrometer's names) otherwise.
 */

/** The query for every input: the override where given, Micrometer's default otherwise. */
function resolveQueries(overrides = {}) {
    const entries = SERVER_INPUT_KEYS.map((input) => [input, overrides[input] ?? SERVER_INPUTS[input].query]);
    return Object.fromEntries(entries);
}

;// CONCATENATED MODULE: ./src/metrics/largest.ts
/**
 * The largest of the values (-Infinity for none). A loop, not Math.max(...values): spreading
 * a million points (4000 series × 320 steps) overflows the call stack.
 */
function largest(values) {
    let max = -Infinity;
    for (const value of values)
        if (value > max)
            max = value;
    return max;
}

;// CONCATENATED MODULE: ./src/metrics/bottleneck.ts
/**
 * The guide's bottleneck reading, from the server rows and the stages' latencies: CPU above
 * 90%, threads waiting for a full DB pool, a full heap or GC eating the time — or none of
 * them, which points at the network, Redis or the load generator. Pure.
 */



/** The guide: CPU "above 90% for long" — the stage's average is the "for long". */
const CPU_SATURATED = 0.9;
const HEAP_FULL = 0.9;
/** GC pauses taking this share of wall time starve the requests (the usual GC-overhead alarm). */
const GC_TIME_SHARE = 0.1;
/** GC pauses per request growing this much means the heap fills faster for the same work. */
const GC_PER_REQUEST_CLIMB = 2;
/** Fewer pauses than this in a stage say nothing about a trend. */
const GC_MIN_PAUSES = 5;
const PRIORITY = ['cpu', 'db-pool', 'memory-gc'];
const NAMES = { cpu: 'CPU', 'db-pool': 'DB connections', 'memory-gc': 'memory/GC' };
function times(ratio) {
    return `${ratio >= 10 ? Math.round(ratio) : Number(ratio.toFixed(1))}×`;
}
/** ", while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200)" from the first loaded stage to the worst one from `from` on. */
function p95Rise(rows, from) {
    const first = rows[0];
    const base = first?.stage.duration?.p95;
    const later = rows.slice(Math.max(from, 1)).filter((r) => r.stage.duration !== null);
    const worst = later.reduce((w, r) => ((r.stage.duration?.p95 ?? 0) > (w?.stage.duration?.p95 ?? -1) ? r : w), null);
    const peak = worst?.stage.duration?.p95;
    if (first === undefined ||
        worst === null ||
        base === undefined ||
        peak === undefined ||
        base <= 0 ||
        peak < base * 1.2)
        return '';
    return ` while p95 rose ${times(peak / base)} (${formatMs(base)} at ${first.stage.stage.label} → ${formatMs(peak)} at ${worst.stage.stage.label})`;
}
function firstIndex(rows, test) {
    return rows.findIndex((row, i) => test(row, rows[i - 1]));
}
function worstBy(rows, value) {
    return rows.reduce((w, r) => ((value(r) ?? -Infinity) > (w === undefined ? -Infinity : (value(w) ?? -Infinity)) ? r : w), undefined);
}
function cpuFinding(rows) {
    const from = firstIndex(rows, (r) => (r.server.cpu ?? 0) >= CPU_SATURATED);
    const at = rows[from];
    if (at === undefined)
        return null;
    return {
        kind: 'cpu',
        from,
        line: (p95) => `CPU ${formatPercent(at.server.cpu ?? 0)} from ${at.stage.stage.label}${p95}.`,
    };
}
function poolFinding(rows) {
    const atMax = (r) => r.server.poolMax != null && r.server.poolActiveMax != null && r.server.poolActiveMax >= r.server.poolMax;
    // Threads waited while every connection was busy; without a known pool size, a wait that
    // grew from one stage to the next (one stage's wait alone may be a blip).
    const from = firstIndex(rows, (r, prev) => {
        const pending = r.server.poolPending ?? 0;
        if (pending <= 0)
            return false;
        if (r.server.poolMax != null)
            return atMax(r);
        const before = prev?.server.poolPending ?? 0;
        return before > 0 && pending > before;
    });
    const at = rows[from];
    if (at === undefined)
        return null;
    const worst = worstBy(rows.slice(from), (r) => r.server.poolPending) ?? at;
    const full = atMax(at) ? `all ${formatCount(at.server.poolMax ?? 0)} in use, ` : '';
    const peak = worst === at ? '' : ` (${formatCount(worst.server.poolPending ?? 0)} at ${worst.stage.stage.label})`;
    return {
        kind: 'db-pool',
        from,
        line: (p95) => `DB connections: ${full}${formatCount(at.server.poolPending ?? 0)} waiting from ${at.stage.stage.label}${peak}${p95}: grow the pool.`,
    };
}
function gcPerThousand(r) {
    const pauses = r.server.gcPauses;
    return pauses == null || pauses < GC_MIN_PAUSES || r.stage.requests === 0 ? null : (pauses / r.stage.requests) * 1000;
}
function gcShare(r) {
    const ms = r.stage.stage.endMs - r.stage.stage.startMs;
    return r.server.gcPauseMs == null || ms <= 0 ? null : r.server.gcPauseMs / ms;
}
function memoryFinding(rows) {
    const heapFrom = firstIndex(rows, (r) => (r.server.heapUsedRatio ?? 0) >= HEAP_FULL);
    const heapAt = rows[heapFrom];
    if (heapAt !== undefined) {
        return {
            kind: 'memory-gc',
            from: heapFrom,
            line: (p95) => `Memory/GC: JVM heap ${formatPercent(heapAt.server.heapUsedRatio ?? 0)} full from ${heapAt.stage.stage.label}${p95}.`,
        };
    }
    const shareFrom = firstIndex(rows, (r) => (gcShare(r) ?? 0) >= GC_TIME_SHARE);
    const shareAt = rows[shareFrom];
    if (shareAt !== undefined) {
        const pauses = shareAt.server.gcPauses ?? 0;
        const mean = pauses > 0 ? `, ${formatMs((shareAt.server.gcPauseMs ?? 0) / pauses)} each on average` : '';
        return {
            kind: 'memory-gc',
            from: shareFrom,
            line: (p95) => `Memory/GC: GC pauses took ${formatPercent(gcShare(shareAt) ?? 0)} of the time from ${shareAt.stage.stage.label} (${formatCount(pauses)} pauses${mean})${p95}.`,
        };
    }
    const first = rows.find((r) => gcPerThousand(r) !== null);
    const base = first === undefined ? null : gcPerThousand(first);
    const climbFrom = base === null ? -1 : firstIndex(rows, (r) => (gcPerThousand(r) ?? 0) >= base * GC_PER_REQUEST_CLIMB);
    const climbAt = rows[climbFrom];
    if (climbAt === undefined || first === undefined || base === null)
        return null;
    const now = gcPerThousand(climbAt) ?? 0;
    return {
        kind: 'memory-gc',
        from: climbFrom,
        line: (p95) => `Memory/GC: GC pauses per 1,000 requests rose ${times(now / base)} (${base.toFixed(1)} at ${first.stage.stage.label} → ${now.toFixed(1)} at ${climbAt.stage.stage.label})${p95}.`,
    };
}
function most(rows, value, format) {
    const values = rows.map((r) => value(r.server)).filter((v) => v != null);
    return values.length === 0 ? 'not measured' : `at most ${format(largest(values))}`;
}
/**
 * The likely bottleneck with its evidence; null when Prometheus gave no server figure at all.
 * Several saturated resources: the one that saturated first names the line, the others follow.
 */
function findBottleneck(stages, serverStages) {
    const server = new Map(serverStages.map((s) => [s.stageIndex, s]));
    const loaded = stages.filter((s) => s.stage.target > 0);
    const rows = (loaded.length > 0 ? loaded : stages).flatMap((stage) => {
        const metrics = server.get(stage.stage.index);
        return metrics === undefined ? [] : [{ stage, server: metrics }];
    });
    // Measured: some stage has a figure a check could name (pool size or GC time alone says nothing).
    const measured = rows.some((r) => SERVER_CHECK_FIGURES.some((f) => r.server[serverField(f)] != null));
    if (!measured)
        return null;
    const findings = [cpuFinding(rows), poolFinding(rows), memoryFinding(rows)]
        .filter((f) => f !== null)
        .sort((a, b) => a.from - b.from || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
    const [primary, ...others] = findings;
    if (primary === undefined) {
        const cpu = most(rows, (s) => s.cpu, formatPercent);
        const pending = most(rows, (s) => s.poolPending, formatCount);
        const heap = most(rows, (s) => s.heapUsedRatio, formatPercent);
        return {
            kind: 'none',
            line: `none on the server (CPU ${cpu}, DB pool pending ${pending}, heap ${heap}): look at the network, Redis or the load generator.`,
        };
    }
    const also = others.map((f) => `${NAMES[f.kind]} from ${rows[f.from]?.stage.stage.label ?? '?'}`);
    return {
        kind: primary.kind,
        line: `${primary.line(p95Rise(rows, primary.from))}${also.length > 0 ? ` Also saturated: ${also.join(', ')}.` : ''}`,
    };
}

;// CONCATENATED MODULE: ./src/metrics/server-metrics.ts
/**
 * From Prometheus's series to the template's server rows: each figure's points cut at the
 * stage boundaries and reduced to one number per stage (mean CPU, highest pool and heap
 * figures, counter increases for GC). Pure.
 */



/** Each stage's absolute window; stage offsets count from the scenario's start. */
function stageWindows(result) {
    const base = Date.parse(result.scenarioStartTime);
    if (!Number.isFinite(base))
        return [];
    return result.stages.map((s) => ({
        stageIndex: s.stage.index,
        startMs: base + s.stage.startMs,
        endMs: base + s.stage.endMs,
    }));
}
/** The whole run's window: first stage start to last stage end, or first to last sample without stages. */
function runWindow(result) {
    const windows = stageWindows(result);
    if (windows.length > 0)
        return { fromMs: -largest(windows.map((w) => -w.startMs)), toMs: largest(windows.map((w) => w.endMs)) };
    const fromMs = Date.parse(result.startTime);
    const toMs = Date.parse(result.endTime);
    return Number.isFinite(fromMs) && Number.isFinite(toMs) ? { fromMs, toMs } : null;
}
/**
 * A point at time t describes the scrape just before t, so a stage owns the points in
 * (start, end]: the point at its start still tells about the stage before.
 */
function within(points, window) {
    return points.filter(([t]) => t > window.startMs && t <= window.endMs).map(([, v]) => v);
}
/** A counter's growth over the window, counting a drop as a restart from zero. Null without two points. */
function increase(points, window) {
    const before = points.filter(([t]) => t <= window.startMs).at(-1);
    const values = [...(before ? [before[1]] : []), ...within(points, window)];
    if (values.length < 2)
        return null;
    let total = 0;
    for (let i = 1; i < values.length; i++) {
        const previous = values[i - 1] ?? 0;
        const current = values[i] ?? 0;
        total += current >= previous ? current - previous : current;
    }
    return total;
}
/** One number for the stage from every series the query returned (an un-aggregated override may give several). */
function reduceFigure(figure, series, window) {
    const reduction = SERVER_INPUTS[figure].reduction;
    if (reduction === 'increase') {
        const increases = series.map((s) => increase(s.points, window)).filter((v) => v !== null);
        return increases.length === 0 ? null : increases.reduce((a, b) => a + b, 0);
    }
    const values = series.flatMap((s) => within(s.points, window));
    if (values.length === 0)
        return null;
    return reduction === 'mean' ? values.reduce((a, b) => a + b, 0) / values.length : largest(values);
}
/** The server rows per stage; an input Prometheus did not answer is null in every stage. */
function stageServerMetrics(windows, series) {
    return windows.map((window) => {
        const stage = {
            stageIndex: window.stageIndex,
            cpu: null,
            poolPending: null,
            poolActiveMax: null,
            heapUsedRatio: null,
        };
        for (const input of SERVER_INPUT_KEYS) {
            const row = SERVER_INPUTS[input];
            const value = reduceFigure(input, series[input] ?? [], window);
            stage[row.field] = value === null || row.scale === undefined ? value : value * row.scale;
        }
        return stage;
    });
}
/** True when no stage has any figure: nothing worth a row. */
function noServerFigures(stages) {
    return stages.every((s) => SERVER_INPUT_KEYS.every((input) => s[SERVER_INPUTS[input].field] == null));
}

;// CONCATENATED MODULE: ./src/metrics/collect.ts
/**
 * The one call the pipeline makes after the run: ask Prometheus for every server figure over
 * the run's window, cut them per stage and name the bottleneck. Never throws: whatever goes
 * wrong is a warning and an empty cell.
 */




/** At most this many points per series, and never coarser than the scrape can matter (1 s). */
const MAX_POINTS = 2_000;
/** Step of the range query: 1 s for runs up to ~33 min, coarser beyond so the answer stays small. */
function rangeStepSeconds(durationMs) {
    return Math.max(1, Math.ceil(durationMs / 1000 / MAX_POINTS));
}
async function collectServerMetrics(request, deps = {}) {
    const warnings = [];
    const windows = stageWindows(request.result);
    const range = runWindow(request.result);
    if (windows.length === 0 || range === null) {
        return {
            serverStages: null,
            bottleneck: null,
            warnings: ['Server metrics: the run has no stages to measure, so Prometheus was not asked.'],
        };
    }
    const queryRange = deps.queryRange ??
        prometheusClient({
            url: request.prometheusUrl,
            authHeader: request.authHeader,
            timeoutMs: deps.timeoutMs,
            requestTimeoutMs: deps.requestTimeoutMs,
            budgetMs: deps.budgetMs,
            maxBytes: deps.maxBytes,
        });
    const queries = resolveQueries(request.queries);
    const stepSeconds = rangeStepSeconds(range.toMs - range.fromMs);
    const series = {};
    for (const [i, figure] of SERVER_INPUT_KEYS.entries()) {
        const label = SERVER_INPUTS[figure].label;
        const answer = await queryRange({ query: queries[figure], startMs: range.fromMs, endMs: range.toMs, stepSeconds });
        if (!answer.ok) {
            warnings.push(`Server metrics: ${label} left empty: ${answer.problem}.`);
            if (answer.unreachable) {
                const skipped = SERVER_INPUT_KEYS.slice(i + 1).map((f) => SERVER_INPUTS[f].label);
                if (skipped.length > 0)
                    warnings.push(`Server metrics: did not ask for ${skipped.join(', ')} either: the first failure says why.`);
                break;
            }
            continue;
        }
        if (answer.series.every((s) => s.points.length === 0)) {
            warnings.push(`Server metrics: Prometheus at ${displayUrl(request.prometheusUrl)} has no ${label} data for the run (query \`${queries[figure]}\`): is the app's /actuator/prometheus scraped, or does serverMetrics.queries.${figure} need another query?`);
            continue;
        }
        series[figure] = answer.series;
    }
    const serverStages = stageServerMetrics(windows, series);
    if (noServerFigures(serverStages))
        return { serverStages: null, bottleneck: null, warnings };
    return { serverStages, bottleneck: findBottleneck(request.result.stages, serverStages)?.line ?? null, warnings };
}

;// CONCATENATED MODULE: ./src/metrics/grafana.ts
/** The Grafana dashboard link for the run's exact window. Pure. */
/**
 * `grafanaUrl` with `from`/`to` (epoch ms, Grafana's absolute range) set to the window. Other
 * query parameters and the fragment are kept byte for byte (re-encoding could break `var-` values);
 * an existing from/to is replaced. Null when the URL is not http(s).
 */
function grafanaDashboardUrl(grafanaUrl, window) {
    const url = grafanaUrl.trim();
    if (!/^https?:\/\/[^/?#\s]+/i.test(url))
        return null;
    const hashAt = url.indexOf('#');
    const hash = hashAt === -1 ? '' : url.slice(hashAt);
    const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const queryAt = beforeHash.indexOf('?');
    const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
    const kept = (queryAt === -1 ? '' : beforeHash.slice(queryAt + 1))
        .split('&')
        .filter((pair) => pair !== '' && !/^(from|to)(=|$)/.test(pair));
    const range = [`from=${Math.floor(window.fromMs)}`, `to=${Math.ceil(window.toMs)}`];
    return `${path}?${[...kept, ...range].join('&')}${hash}`;
}

;// CONCATENATED MODULE: ./src/metrics/server-view.ts



/** Server figures for the report and the judge; nothing at all when no Prometheus is configured. */
async function serverView(sources, result, queries, warn) {
    const window = runWindow(result);
    const dashboardUrl = sources.grafanaUrl && window ? grafanaDashboardUrl(sources.grafanaUrl, window) : null;
    if (sources.prometheus === null)
        return { serverStages: null, bottleneck: null, dashboardUrl };
    const collected = await collectServerMetrics({
        prometheusUrl: sources.prometheus.url,
        authHeader: sources.prometheus.authHeader,
        queries,
        result,
    });
    for (const warning of collected.warnings)
        warn(warning);
    return { serverStages: collected.serverStages, bottleneck: collected.bottleneck, dashboardUrl };
}

// EXTERNAL MODULE: ./src/results/run-record.ts
var run_record = __webpack_require__(669);
;// CONCATENATED MODULE: ./src/results/merge.ts
/**
 * Several k6 instances' records (one test split by execution segments) merged into one, as if
 * one k6 had sent all the load: every request row and its duration is kept, so percentiles
 * stay exact. Each instance's times are shifted so that its load starts with the earliest
 * instance's: stage windows count from each instance's own start. VU readings are summed.
 */

function mergeRecords(instances) {
    const startOf = instances.map(({ record }) => record.scenarioStartMs());
    const known = startOf.filter((t) => !Number.isNaN(t));
    const origin = known.length > 0 ? Math.min(...known) : Number.NaN;
    const shiftOf = startOf.map((t) => (Number.isNaN(t) ? 0 : origin - t));
    const merged = new run_record/* RunRecord */.d3();
    instances.forEach(({ record }, k) => appendRecord(merged, record, shiftOf[k]));
    merged.vus.length = 0;
    sumVuReadings(merged.vus, instances.map(({ record }) => record.vus), shiftOf);
    const starts = instances.map(({ file }, k) => ({
        file,
        scenarioStartTime: Number.isNaN(startOf[k]) ? '' : new Date(startOf[k]).toISOString(),
        skewMs: Number.isNaN(startOf[k]) ? 0 : startOf[k] - origin,
    }));
    return { merged, starts };
}
function appendRecord(merged, record, shift) {
    const tagIds = record.tags.all.map((tags) => merged.tags.adopt(tags));
    for (const name of ['scenario', 'profile']) {
        for (const value of record.tags.labels[name])
            merged.tags.labels[name].add(value);
    }
    for (const block of record.requests.blocks) {
        for (let i = 0; i < block.length; i++) {
            merged.requests.addRow(block.time[i] + shift, tagIds[block.tag[i]], block.count[i], block.duration[i], block.failed[i]);
        }
    }
    merged.iterations += record.iterations;
    merged.droppedIterations += record.droppedIterations;
    merged.checkPasses += record.checkPasses;
    merged.checkFails += record.checkFails;
    merged.badValues += record.badValues;
    merged.badLoadValues += record.badLoadValues;
    if (!Number.isNaN(record.firstMs))
        merged.sawTime(record.firstMs + shift);
    if (!Number.isNaN(record.lastMs))
        merged.sawTime(record.lastMs + shift);
    merged.firstScenarioRequestMs = earliest(merged.firstScenarioRequestMs, record.firstScenarioRequestMs + shift);
    merged.setupEndMs = earliest(merged.setupEndMs, record.setupEndMs + shift);
}
function earliest(a, b) {
    if (Number.isNaN(a))
        return b;
    if (Number.isNaN(b))
        return a;
    return Math.min(a, b);
}
/**
 * The VUs of all instances at once: at each time any instance read its gauge, the sum of every
 * instance's latest reading (0 before its first). Readings at the same time count together.
 */
function sumVuReadings(into, readings, shiftOf) {
    const events = [];
    readings.forEach((vus, k) => {
        for (let i = 0; i < vus.length; i++) {
            events.push({
                time: vus.time[i] + shiftOf[k],
                instance: k,
                value: vus.value[i],
            });
        }
    });
    events.sort((a, b) => a.time - b.time);
    const current = new Float64Array(readings.length);
    let sum = 0;
    for (let e = 0; e < events.length; e++) {
        const event = events[e];
        sum += event.value - current[event.instance];
        current[event.instance] = event.value;
        const next = events[e + 1];
        if (next === undefined || next.time !== event.time)
            into.push(event.time, sum);
    }
}

// EXTERNAL MODULE: ./src/results/summarize.ts + 5 modules
var summarize = __webpack_require__(1902);
;// CONCATENATED MODULE: ./src/results/analyze-files.ts
/**
 * Several k6 results files (one test split over a job matrix, or k6-operator's runner pods)
 * judged as one run: each file read into its own record, checked to come from the same test,
 * merged (merge.ts) and summarised once. One file is analyzeFile as ever.
 */




async function analyzeFiles(files, options = {}) {
    if (files.length === 1)
        return (0,analyze/* analyzeFile */.xy)(files[0], options);
    const instances = [];
    let cut = null;
    for (const file of files) {
        const read = await (0,analyze/* recordFile */.mR)(file);
        if (read.record.requests.length === 0)
            throw new analyze/* AnalysisError */.L6(file, 'holds no HTTP request at all: every segment file must be a k6 run that sent load');
        cut ??= read.cut;
        instances.push({ file, record: read.record });
    }
    checkOneTest(instances);
    const { merged, starts } = mergeRecords(instances);
    const name = runName(files);
    return { ...(0,analyze/* judgeable */.WU)(name, (0,summarize/* summarize */.eh)(merged, { file: name, cut, ...options }), options.k6Exit), instances: starts };
}
/** The test a file ran, from what its samples carry: k6's `scenario` tag and our `profile` tag. */
function testSignature(record) {
    const scenarios = [...record.tags.labels.scenario].sort().join('+') || '(no scenario tag)';
    const profiles = [...record.tags.labels.profile].sort().join('+');
    return profiles === '' ? `scenario ${scenarios}` : `scenario ${scenarios}, profile ${profiles}`;
}
/** Refuses files from different tests, naming the odd ones out (those apart from the most common test). */
function checkOneTest(instances) {
    const signatures = instances.map(({ record }) => testSignature(record));
    const counts = new Map();
    for (const s of signatures)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    if (counts.size <= 1)
        return;
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const odd = instances
        .map(({ file }, k) => ({ file, signature: signatures[k] }))
        .filter(({ signature }) => signature !== common);
    throw new analyze/* AnalysisError */.L6(odd.map(({ file }) => file).join(', '), `ran ${[...new Set(odd.map((o) => o.signature))].join(' / ')}, the other files ran ${common}: judge together only the segment files of one test (same scenario and profile); remove the odd ones from results-file`);
}
/** How the merged run is named in the report: the folder and the files' names. */
function runName(files) {
    const names = files.map((f) => external_node_path_default().basename(f));
    const shown = names.length > 4 ? [...names.slice(0, 3), `… ${names.length - 3} more`] : names;
    return external_node_path_default().join(external_node_path_default().dirname(files[0]), `${files.length} files (${shown.join(', ')})`);
}

// EXTERNAL MODULE: ./scenarios/lib/options.js
var options = __webpack_require__(1973);
;// CONCATENATED MODULE: ./src/judged-run.ts






async function judgeRun(config, thresholds, k6, stagePlan, warn) {
    const result = await analyzeFiles(k6 ? [k6.run.resultsPath] : config.resultsFiles, {
        stagePlan,
        planOf: options/* taggedStagePlan */.sE,
        k6Exit: k6?.run.exit ?? null,
    });
    const server = await serverView(config, result, thresholds.serverMetrics.queries, warn);
    const loadGenerator = k6 === null ? null : loadGeneratorOf(k6.run, result);
    return { k6, result, server, verdict: rejudge({ result, server, loadGenerator }, thresholds), loadGenerator };
}
/**
 * The verdict on an analysed run: the thresholds' judgement, made inconclusive when the runner
 * was saturated. Used again when history stands in for the thresholds' static baselines.
 */
function rejudge(run, thresholds) {
    const verdict = judge(run.result, thresholds, run.server.serverStages);
    const health = run.loadGenerator?.health;
    return health?.status === 'overloaded' ? markInconclusive(verdict, saturationSentence(health)) : verdict;
}
function loadGeneratorOf(run, result) {
    const loadStartMs = Date.parse(result.scenarioStartTime);
    const health = assessRunner(run.runner.readings, {
        k6StartMs: run.runner.k6StartMs,
        k6EndMs: run.runner.k6EndMs,
        loadStartMs: Number.isFinite(loadStartMs) ? loadStartMs : null,
    });
    return { health, insufficientVus: run.insufficientVus, droppedIterations: result.overall.droppedIterations };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/history/build.ts
/**
 * Builds a history entry from an analysed run. It keeps to RunResult's public fields: p95/p99
 * carry their within-run intervals (p95Ci/p99Ci); p50 (k6's `med`), error rate and rps have no
 * interval in RunResult today, so theirs are recorded as null.
 */

/** sha256 of the host: runs against one target match without the history revealing it. */
function targetHash(target) {
    if (target === null || target === '')
        return null;
    // A bare "host:port" would parse as a URL with scheme "host:", so only "scheme://" is a URL here.
    const host = target.includes('://') ? new URL(target).host : target;
    return (0,external_node_crypto_.createHash)('sha256').update(host.toLowerCase()).digest('hex');
}
const bare = (value) => ({ value, low: null, high: null });
function figureSet(stats) {
    const d = stats.duration;
    return {
        requests: stats.requests,
        p50: d ? bare(d.med) : null,
        p95: d ? { value: d.p95, low: d.p95Ci.low, high: d.p95Ci.high } : null,
        p99: d ? { value: d.p99, low: d.p99Ci.low, high: d.p99Ci.high } : null,
        errorRate: bare(stats.errorRate),
        rps: bare(stats.rps),
    };
}
function historyEntryFrom(result, facts) {
    return {
        commit: facts.commit,
        branch: facts.branch,
        time: facts.time,
        scenario: facts.scenario,
        profile: facts.profile,
        k6Version: facts.k6Version,
        runner: { ...facts.runner },
        targetHash: targetHash(facts.target),
        loadGenerator: facts.loadGenerator,
        figures: {
            // The load's figures (RunResult.overall): setup()'s logins would otherwise decide the tail.
            overall: figureSet(result.overall),
            // setup() and teardown() requests (logins, cancels) are not the load the gate judges.
            endpoints: result.endpoints
                .filter((e) => e.phase === 'load')
                .map((e) => ({ name: e.name, method: e.method, ...figureSet(e) })),
            stages: result.stages.map((s) => ({ index: s.stage.index, label: s.stage.label, ...figureSet(s) })),
        },
    };
}

;// CONCATENATED MODULE: ./src/history/student-t.ts
/**
 * Student's t distribution: the quantile the prediction bound needs. The CDF comes from the
 * regularized incomplete beta function (continued fraction, as in Numerical Recipes §6.4) and
 * the quantile from bisection: exact to 1e-9, no table, no dependency.
 */
function logGamma(x) {
    // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = c[0];
    for (let i = 1; i < 9; i++)
        sum += c[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** I_x(a, b), the regularized incomplete beta function. */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2)
        ? (front * betaContinuedFraction(a, b, x)) / a
        : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(T ≤ t) for Student's t with `dof` degrees of freedom. */
function studentTCdf(t, dof) {
    const tail = 0.5 * incompleteBeta(dof / (dof + t * t), dof / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
const quantiles = new Map();
/** The t such that P(T ≤ t) = p, for 0.5 ≤ p < 1. Memoized: a gate asks for few (p, dof) pairs. */
function studentTQuantile(p, dof) {
    const key = `${p}/${dof}`;
    const known = quantiles.get(key);
    if (known !== undefined)
        return known;
    const q = bisectQuantile(p, dof);
    quantiles.set(key, q);
    return q;
}
function bisectQuantile(p, dof) {
    if (!(p >= 0.5 && p < 1) || !(dof > 0))
        throw new RangeError(`studentTQuantile(${p}, ${dof}): need 0.5 ≤ p < 1, dof > 0`);
    let low = 0;
    let high = 1;
    while (studentTCdf(high, dof) < p)
        high *= 2;
    for (let i = 0; i < 200 && high - low > 1e-10; i++) {
        const mid = (low + high) / 2;
        if (studentTCdf(mid, dof) < p)
            low = mid;
        else
            high = mid;
    }
    return (low + high) / 2;
}

;// CONCATENATED MODULE: ./src/history/compare.ts

const compare_FIGURE_NAMES = (/* unused pure expression or super */ null && (['p50', 'p95', 'p99', 'errorRate', 'rps']));
const DEFAULT_COMPARE_OPTIONS = {
    runs: 10,
    minRuns: 5,
    minChange: 0.1,
    minErrorRateIncrease: 0.01,
    confidence: 0.99,
};
/** z of a two-sided 95% interval: turns a recorded interval's half-width into a standard deviation. */
const compare_Z95 = 1.959963984540054;
const direction = (figure) => (figure === 'rps' ? 'down' : 'up');
function meanAndSd(values) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
    return { mean, sd: Math.sqrt(variance) };
}
/** The new run's own sampling noise, as a standard deviation on the scale of the test. */
function withinRunSd(current, logScale) {
    const { low, high } = current;
    if (low === null || high === null || !(high >= low))
        return 0;
    if (!logScale)
        return (high - low) / (2 * compare_Z95);
    if (low > 0)
        return Math.log(high / low) / (2 * compare_Z95);
    return current.value > 0 && high > current.value ? Math.log(high / current.value) / compare_Z95 : 0;
}
function validateCompareOptions(options) {
    const { runs, minRuns, minChange, minErrorRateIncrease, confidence } = options;
    if (!Number.isInteger(minRuns) || minRuns < 3)
        throw new RangeError(`minRuns ${minRuns}: need an integer ≥ 3`);
    if (!Number.isInteger(runs) || runs < minRuns)
        throw new RangeError(`runs ${runs}: need an integer ≥ minRuns`);
    if (!(minChange >= 0 && minChange < 1))
        throw new RangeError(`minChange ${minChange}: need 0 ≤ minChange < 1`);
    if (!(minErrorRateIncrease >= 0))
        throw new RangeError(`minErrorRateIncrease ${minErrorRateIncrease}: need ≥ 0`);
    if (!(confidence >= 0.5 && confidence < 1))
        throw new RangeError(`confidence ${confidence}: need 0.5 ≤ c < 1`);
}
/**
 * Judges one figure of this run against the same figure of earlier runs (oldest first; only
 * the newest `options.runs` are used).
 */
function compareFigure(scope, figure, current, points, options = DEFAULT_COMPARE_OPTIONS) {
    validateCompareOptions(options);
    const logScale = figure !== 'errorRate';
    // A latency or rps of 0 has no logarithm; such a run says nothing about the spread.
    const usable = points.filter((p) => Number.isFinite(p.value) && (!logScale || p.value > 0)).slice(-options.runs);
    const base = {
        scope,
        figure,
        value: current.value,
        changeUnit: logScale ? 'relative' : 'absolute',
        runs: usable.length,
        needed: options.minRuns,
        history: usable,
    };
    if (usable.length < options.minRuns) {
        return { ...base, status: 'insufficient', centre: null, bound: null, change: null, detectableChange: null };
    }
    const n = usable.length;
    const t = studentTQuantile(options.confidence, n - 1);
    const w = withinRunSd(current, logScale);
    if (!logScale) {
        const { mean, sd } = meanAndSd(usable.map((p) => p.value));
        // History's spread already holds its runs' own noise; the new run's is added in quadrature,
        // so a run noisier than usual (shorter, fewer requests) gets a wider band.
        const margin = t * Math.sqrt(sd * sd * (1 + 1 / n) + w * w);
        const minimum = Math.max(options.minErrorRateIncrease, options.minChange * mean);
        const change = current.value - mean;
        const past = current.value > mean + margin;
        return {
            ...base,
            status: !past ? 'pass' : change >= minimum ? 'regression' : 'notable',
            centre: mean,
            bound: mean + margin,
            change,
            detectableChange: Math.max(margin, minimum),
        };
    }
    const { mean, sd } = meanAndSd(usable.map((p) => Math.log(p.value)));
    const margin = t * Math.sqrt(sd * sd * (1 + 1 / n) + w * w);
    const centre = Math.exp(mean);
    const y = current.value > 0 ? Math.log(current.value) : -Infinity;
    if (direction(figure) === 'up') {
        const change = current.value / centre - 1;
        const past = y > mean + margin;
        return {
            ...base,
            status: !past ? 'pass' : change >= options.minChange ? 'regression' : 'notable',
            centre,
            bound: Math.exp(mean + margin),
            change,
            detectableChange: Math.max(Math.expm1(margin), options.minChange),
        };
    }
    const change = 1 - current.value / centre;
    const past = y < mean - margin;
    return {
        ...base,
        status: !past ? 'pass' : change >= options.minChange ? 'regression' : 'notable',
        centre,
        bound: Math.exp(mean - margin),
        change,
        detectableChange: Math.max(-Math.expm1(-margin), options.minChange),
    };
}
/** An entry's figures for one scope: overall, an endpoint (name and method) or a stage (index and label). */
function scopeFigures(entry, scope) {
    if (scope.kind === 'overall')
        return entry.figures.overall;
    if (scope.kind === 'endpoint') {
        return entry.figures.endpoints.find((e) => e.name === scope.name && e.method === scope.method);
    }
    return entry.figures.stages.find((s) => s.index === scope.index && s.label === scope.label);
}
/**
 * Judges every figure of `current` (overall, per endpoint, per stage) against `baseline`: the
 * entries selectBaseline() chose, oldest first.
 */
function compareRun(current, baseline, options = DEFAULT_COMPARE_OPTIONS) {
    validateCompareOptions(options);
    const recent = baseline.slice(-options.runs);
    const scopes = [
        { kind: 'overall' },
        ...current.figures.endpoints.map((e) => ({ kind: 'endpoint', name: e.name, method: e.method })),
        ...current.figures.stages.map((s) => ({ kind: 'stage', index: s.index, label: s.label })),
    ];
    const figures = [];
    for (const scope of scopes) {
        const mine = scopeFigures(current, scope);
        if (!mine)
            continue;
        for (const figure of compare_FIGURE_NAMES) {
            const estimate = mine[figure];
            if (!estimate)
                continue;
            const points = recent.flatMap((entry) => {
                const value = scopeFigures(entry, scope)?.[figure]?.value;
                return value === undefined ? [] : [{ commit: entry.commit, time: entry.time, value }];
            });
            figures.push(compareFigure(scope, figure, estimate, points, options));
        }
    }
    return {
        figures,
        runs: recent.length,
        shortfall: recent.length < options.minRuns ? `history: ${recent.length} of ${options.minRuns} runs needed` : null,
    };
}

;// CONCATENATED MODULE: ./src/history/event.ts
/**
 * Whether this run records or compares, read from the triggering event: the default branch's
 * push, schedule and workflow_dispatch runs record; a pull request compares with its base branch.
 */

const RECORDING_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
const event_text = (value) => (typeof value === 'string' && value !== '' ? value : null);
function historyEventFacts(env, eventText) {
    let payload = null;
    try {
        payload = eventText === null ? null : JSON.parse(eventText);
    }
    catch {
        // An unreadable event only costs the plan its branch names; publishing reports it.
    }
    const pr = (0,is_record/* isRecord */.u)(payload) && (0,is_record/* isRecord */.u)(payload['pull_request']) ? payload['pull_request'] : null;
    const repository = (0,is_record/* isRecord */.u)(payload) && (0,is_record/* isRecord */.u)(payload['repository']) ? payload['repository'] : null;
    const ref = (side) => (pr && (0,is_record/* isRecord */.u)(pr[side]) ? event_text(pr[side]['ref']) : null);
    return {
        eventName: event_text(env['GITHUB_EVENT_NAME']),
        branch: ref('head') ?? event_text(env['GITHUB_HEAD_REF']) ?? event_text(env['GITHUB_REF_NAME']),
        defaultBranch: repository ? event_text(repository['default_branch']) : null,
        baseRef: ref('base') ?? event_text(env['GITHUB_BASE_REF']),
    };
}
/** What `mode` means for this event: an `auto` run off the default branch compares with it. */
function historyPlan(mode, facts) {
    const onDefault = facts.branch !== null && facts.branch === facts.defaultBranch;
    const records = mode === 'record' || (mode === 'auto' && onDefault && RECORDING_EVENTS.includes(facts.eventName ?? ''));
    // A recording run is still compared with its own branch's earlier runs, so main sees its trend too.
    if (records)
        return { mode: 'record', branch: facts.branch ?? 'local' };
    return { mode: 'compare', baseBranch: facts.baseRef ?? facts.defaultBranch };
}

;// CONCATENATED MODULE: ./src/history/entry.ts
/**
 * One history entry: the compact record of a judged run that later runs are compared with.
 * A few KB at most: figures and their within-run intervals, never raw samples. The zod schema
 * is the one source of the format; thresholds/history.schema.json is generated from it.
 */

const LOAD_GENERATOR_HEALTH = ['ok', 'overloaded', 'unknown'];
// zod 4's number() already refuses Infinity and NaN.
const finite = schemas/* number */.aig();
const estimateSchema = schemas/* strictObject */.rej({
    value: finite.describe('The figure as the run measured it.'),
    low: finite.nullable().describe("Low end of the figure's 95% within-run interval; null when unknown."),
    high: finite.nullable().describe("High end of the figure's 95% within-run interval; null when unknown."),
})
    .describe('A figure and how sure its own run was of it.')
    .meta({ id: 'estimate' });
const figureSetSchema = schemas/* strictObject */.rej({
    requests: schemas/* number */.aig().int().nonnegative().describe('Requests the figures rest on.'),
    p50: estimateSchema.nullable().describe('Median http_req_duration in ms; null without requests.'),
    p95: estimateSchema.nullable().describe('p95 of http_req_duration in ms; null without requests.'),
    p99: estimateSchema.nullable().describe('p99 of http_req_duration in ms; null without requests.'),
    errorRate: estimateSchema.describe('Share of failed requests, 0 to 1.'),
    rps: estimateSchema.describe('Requests per second.'),
});
const historyEntrySchema = schemas/* strictObject */.rej({
    commit: schemas/* string */.YjP().min(1).describe('Commit SHA the run measured.'),
    branch: schemas/* string */.YjP().min(1).describe('Branch the run was made on, e.g. "main".'),
    time: iso/* datetime */.w$({ offset: true }).describe('ISO time the run started.'),
    scenario: schemas/* string */.YjP().min(1),
    profile: schemas/* string */.YjP().min(1),
    k6Version: schemas/* string */.YjP().min(1).describe('k6 version, e.g. "0.49.0".'),
    runner: schemas/* strictObject */.rej({
        os: schemas/* string */.YjP().min(1).describe("Node's os.platform(), e.g. linux."),
        arch: schemas/* string */.YjP().min(1).describe("Node's os.arch(), e.g. x64."),
        cpus: schemas/* number */.aig().int().positive(),
    }),
    targetHash: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/)
        .nullable()
        .describe('sha256 (hex) of the target host, lower-cased, with its port; null when the run had no target.'),
    loadGenerator: schemas/* enum */.k5n(LOAD_GENERATOR_HEALTH)
        .describe('Health of the runner that generated the load; overloaded runs are kept but never used as baseline.'),
    figures: schemas/* strictObject */.rej({
        overall: figureSetSchema,
        endpoints: schemas/* array */.YOg(figureSetSchema.extend({ name: schemas/* string */.YjP().min(1), method: schemas/* string */.YjP().min(1) })),
        stages: schemas/* array */.YOg(figureSetSchema.extend({ index: schemas/* number */.aig().int().nonnegative(), label: schemas/* string */.YjP() })),
    }),
});

;// CONCATENATED MODULE: ./src/history/file.ts
/**
 * The history file: a version and the entries, oldest first. Reading refuses anything that is
 * not exactly this format, naming the file and the repair, so a damaged file is never
 * overwritten with a fresh history that would silently drop the team's runs.
 */


const HISTORY_FILE_VERSION = 1;
const historyFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(HISTORY_FILE_VERSION).describe('Format version of this file.'),
    entries: schemas/* array */.YOg(historyEntrySchema).describe('Recorded runs, oldest first.'),
});
/** A history file that exists but cannot be read as one. Its message names the file and the repair. */
class HistoryFileError extends Error {
    location;
    constructor(location, problem, repair) {
        super(`History file ${location}: ${problem}. It is left as it is; ${repair}`);
        this.location = location;
        this.name = 'HistoryFileError';
    }
}
function historyJsonSchema() {
    return z.toJSONSchema(historyFileSchema, { io: 'input' });
}
/**
 * Parses a history file's text. `location` names it in errors (a path, or branch:path);
 * `repair` says how to start afresh (delete the file, or the branch).
 */
function parseHistoryFile(text, location, repair) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new HistoryFileError(location, `not valid JSON (${error.message})`, repair);
    }
    const version = json?.version;
    if (typeof version === 'number' && version !== HISTORY_FILE_VERSION) {
        throw new HistoryFileError(location, `format version ${version}, this perf-gate reads version ${HISTORY_FILE_VERSION}`, repair);
    }
    const parsed = historyFileSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
        throw new HistoryFileError(location, `not a perf-gate history file (${first?.message ?? 'invalid'}${where})`, repair);
    }
    return parsed.data;
}
function renderHistoryFile(entries) {
    const file = { version: HISTORY_FILE_VERSION, entries: [...entries] };
    return `${JSON.stringify(file, null, 2)}\n`;
}
/**
 * Appends an entry and keeps the newest `size` entries of its scenario and profile; entries of
 * other scenarios or profiles (a local file may hold several) are kept as they are.
 */
function appendEntry(entries, entry, size) {
    const sameKey = (e) => e.scenario === entry.scenario && e.profile === entry.profile;
    const all = [...entries, entry];
    let excess = all.filter(sameKey).length - size;
    return all.filter((e) => {
        if (excess > 0 && sameKey(e)) {
            excess -= 1;
            return false;
        }
        return true;
    });
}

;// CONCATENATED MODULE: ./src/history/github-api.ts
/**
 * The five GitHub REST calls the history branch needs, behind a small interface the store is
 * tested through. Endpoints (REST API 2022-11-28):
 * - Get repository content: GET /repos/{owner}/{repo}/contents/{path}?ref={branch}
 *   → 200 { type: "file", encoding: "base64", content, sha }; 404 when the file or the ref is missing.
 * - Create or update file contents: PUT /repos/{owner}/{repo}/contents/{path}
 *   with { message, content (base64), branch, sha (required to replace a file) }
 *   → 200/201; 409 when `sha` is not the file's current one; 422 when `sha` is missing for an existing file.
 * - Get a reference: GET /repos/{owner}/{repo}/git/ref/heads/{branch} → { object: { sha } }; 404 when missing.
 * - Create a reference: POST /repos/{owner}/{repo}/git/refs with { ref: "refs/heads/{branch}", sha }
 *   → 201; 422 when it already exists.
 * - Get a repository: GET /repos/{owner}/{repo} → { default_branch }.
 */

/** A call GitHub refused or that did not reach it; the message names the call and the status, never the token. */
class GitHubCallError extends Error {
    call;
    status;
    constructor(call, 
    /** HTTP status; null when GitHub was not reached. */
    status, detail) {
        super(`${call}: ${status === null ? 'no answer' : `HTTP ${status}`} (${detail})`);
        this.call = call;
        this.status = status;
        this.name = 'GitHubCallError';
    }
}
const statusOf = (error) => {
    const status = error.status;
    return typeof status === 'number' ? status : null;
};
const detailOf = (error) => {
    const message = error.response?.data?.message;
    return typeof message === 'string' ? message : error.message;
};
/** The production HistoryGitHubApi, through @actions/github's Octokit. */
function octokitHistoryApi(options) {
    const octokit = createOctokit({ token: options.token, apiUrl: options.apiUrl });
    const { owner, repo } = options;
    const call = async (name, run, answers = {}) => {
        try {
            return await run();
        }
        catch (error) {
            const status = statusOf(error);
            const answer = status === null ? undefined : answers[status];
            if (answer)
                return answer();
            throw new GitHubCallError(name, status, detailOf(error));
        }
    };
    return {
        getFile: (path, branch) => call(`GET contents/${path}?ref=${branch}`, async () => {
            const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: branch });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
                throw new GitHubCallError(`GET contents/${path}`, 200, 'not a file');
            }
            return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
        }, { 404: () => null }),
        putFile: (path, branch, text, sha, message) => call(`PUT contents/${path}`, async () => {
            await octokit.rest.repos.createOrUpdateFileContents({
                owner,
                repo,
                path,
                branch,
                message,
                content: Buffer.from(text, 'utf8').toString('base64'),
                ...(sha === null ? {} : { sha }),
            });
            return 'written';
        }, { 409: () => 'stale', 422: () => 'stale', 404: () => 'stale' }),
        branchHead: (branch) => call(`GET git/ref/heads/${branch}`, async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha, { 404: () => null }),
        createBranch: (branch, sha) => call(`POST git/refs (${branch})`, async () => {
            await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
            return true;
        }, { 422: () => false }),
        defaultBranch: () => call(`GET repos/${owner}/${repo}`, async () => (await octokit.rest.repos.get({ owner, repo })).data.default_branch),
    };
}

;// CONCATENATED MODULE: ./src/history/match.ts
const runnerKind = (r) => `${r.os}/${r.arch}, ${r.cpus} CPU${r.cpus === 1 ? '' : 's'}`;
const shortHash = (h) => (h === null ? 'none' : h.slice(0, 8));
/** The differences between a recorded run's environment and this run's, in words. */
function environmentChanges(recorded, run) {
    const changes = [];
    if (recorded.k6Version !== run.k6Version)
        changes.push(`k6 v${recorded.k6Version} → v${run.k6Version}`);
    if (runnerKind(recorded.runner) !== runnerKind(run.runner)) {
        changes.push(`runner ${runnerKind(recorded.runner)} → ${runnerKind(run.runner)}`);
    }
    if (recorded.targetHash !== run.targetHash) {
        changes.push(`target host (hash ${shortHash(recorded.targetHash)} → ${shortHash(run.targetHash)})`);
    }
    return changes;
}
function sameEnvironment(entry, run) {
    return (entry.scenario === run.scenario && entry.profile === run.profile && environmentChanges(entry, run).length === 0);
}
/**
 * Picks the baseline for `run` from a history file's entries (oldest first). `baseBranch`, when
 * given, keeps only that branch's runs: a pull request is judged against its base branch.
 */
function selectBaseline(entries, run, baseBranch) {
    const ofRun = entries.filter((e) => e.scenario === run.scenario && e.profile === run.profile && (baseBranch === null || e.branch === baseBranch));
    const matching = ofRun.filter((e) => sameEnvironment(e, run));
    const healthy = matching.filter((e) => e.loadGenerator !== 'overloaded');
    const newest = ofRun.at(-1);
    const changes = newest ? environmentChanges(newest, run) : [];
    return {
        entries: healthy,
        overloaded: matching.length - healthy.length,
        changes,
        note: changes.length > 0 ? `${changes.join('; ')}: history starts afresh` : null,
    };
}

;// CONCATENATED MODULE: ./src/history/store-github.ts


const DEFAULT_HISTORY_BRANCH = 'perf-gate-history';
/** perf-gate/<scenario>-<profile>.json; a custom script's path becomes its file name's stem. */
function historyFilePath(key) {
    const part = (s) => s
        .replace(/^.*[\\/]/, '')
        .replace(/\.[cm]?[jt]s$/, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-') || 'scenario';
    return `perf-gate/${part(key.scenario)}-${part(key.profile)}.json`;
}
function why(error, action, where) {
    if (error.status === 403 || (action === 'read' && error.status === 404)) {
        return action === 'read'
            ? `the token cannot read ${where} (${error.message}); a pull request from a fork gets a read-only token`
            : `the token cannot write ${where} (${error.message}); give the job that records \`permissions: contents: write\``;
    }
    return `${action === 'read' ? 'reading' : 'writing'} ${where} failed: ${error.message}`;
}
class GitHubHistoryStore {
    api;
    options;
    branch;
    constructor(api, options = {}) {
        this.api = api;
        this.options = options;
        this.branch = options.branch ?? DEFAULT_HISTORY_BRANCH;
    }
    location(path) {
        return `${path} on branch ${this.branch}`;
    }
    parse(text, path) {
        const repair = `delete ${path} on branch ${this.branch}, or the branch itself, to start a new history`;
        return parseHistoryFile(text, this.location(path), repair).entries;
    }
    async read(key) {
        const path = historyFilePath(key);
        const location = this.location(path);
        let file;
        try {
            file = await this.api.getFile(path, this.branch);
        }
        catch (error) {
            if (error instanceof GitHubCallError)
                return { kind: 'unavailable', location, reason: why(error, 'read', location) };
            throw error;
        }
        if (file === null)
            return { kind: 'unavailable', location, reason: `no history yet: no ${location}` };
        const entries = this.parse(file.text, path).filter((e) => e.scenario === key.scenario && e.profile === key.profile);
        return { kind: 'ok', location, entries };
    }
    async record(entry, size) {
        const path = historyFilePath(entry);
        const location = this.location(path);
        const attempts = this.options.maxAttempts ?? 5;
        const message = `perf-gate: record ${entry.scenario}/${entry.profile} of ${entry.commit.slice(0, 12)} [skip ci]`;
        try {
            for (let attempt = 1; attempt <= attempts; attempt++) {
                const file = await this.api.getFile(path, this.branch);
                if (file === null)
                    await this.ensureBranch();
                const entries = appendEntry(file ? this.parse(file.text, path) : [], entry, size);
                const written = await this.api.putFile(path, this.branch, renderHistoryFile(entries), file?.sha ?? null, message);
                if (written === 'written') {
                    const mine = entries.filter((e) => e.scenario === entry.scenario && e.profile === entry.profile);
                    return { kind: 'recorded', location, entries: mine.length };
                }
            }
        }
        catch (error) {
            if (error instanceof GitHubCallError)
                return { kind: 'unavailable', location, reason: why(error, 'write', location) };
            throw error;
        }
        return {
            kind: 'unavailable',
            location,
            reason: `${location} changed under each of ${attempts} writes (other runs recording at once); this run is not recorded`,
        };
    }
    /** Creates the history branch from the default branch's head when it does not exist yet. */
    async ensureBranch() {
        if ((await this.api.branchHead(this.branch)) !== null)
            return;
        const base = this.options.defaultBranch ?? (await this.api.defaultBranch());
        const head = await this.api.branchHead(base);
        if (head === null)
            throw new GitHubCallError(`GET git/ref/heads/${base}`, 404, 'the default branch has no head');
        await this.api.createBranch(this.branch, head);
    }
}

;// CONCATENATED MODULE: ./src/history/store-local.ts
/**
 * History in a local JSON file (`history: path.json`): for the CLI, other CI systems, or a file
 * carried between runs with actions/cache. One file may hold several scenarios and profiles.
 * Writes are atomic (a temporary file renamed over the old one), so a killed run never leaves
 * half a file behind.
 */




const isMissing = (error) => error.code === 'ENOENT';
class LocalHistoryStore {
    path;
    constructor(path) {
        this.path = path;
    }
    async load() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if (isMissing(error))
                return null;
            throw error;
        }
        return parseHistoryFile(text, this.path, `delete ${this.path} to start a new history`).entries;
    }
    async read(key) {
        const entries = await this.load();
        if (entries === null) {
            return { kind: 'unavailable', location: this.path, reason: `no history yet: ${this.path} does not exist` };
        }
        const mine = entries.filter((e) => e.scenario === key.scenario && e.profile === key.profile);
        return { kind: 'ok', location: this.path, entries: mine };
    }
    async record(entry, size) {
        const entries = appendEntry((await this.load()) ?? [], entry, size);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const temporary = `${this.path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
        try {
            await (0,promises_.writeFile)(temporary, renderHistoryFile(entries));
            await (0,promises_.rename)(temporary, this.path);
        }
        catch (error) {
            await (0,promises_.rm)(temporary, { force: true });
            throw error;
        }
        const mine = entries.filter((e) => e.scenario === entry.scenario && e.profile === entry.profile);
        return { kind: 'recorded', location: this.path, entries: mine.length };
    }
}

;// CONCATENATED MODULE: ./src/history/verdict.ts





/** Thresholds figures history keeps, under history's names. */
const HISTORY_FIGURE = {
    p95: 'p95',
    p99: 'p99',
    'error-rate': 'errorRate',
    rps: 'rps',
};
const verdict_RANK = { warn: 0, fail: 1 };
const sameScope = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** Where a thresholds scope lives in a history entry: endpoints by this run's method for the name. */
function historyScope(result, scope) {
    if (scope.kind === 'overall')
        return scope;
    if (scope.kind === 'endpoint') {
        const endpoint = findEndpoint(result.endpoints, scope.name);
        return endpoint ? { kind: 'endpoint', name: endpoint.name, method: endpoint.method } : null;
    }
    const stage = result.stages[scope.index];
    return stage ? { kind: 'stage', index: scope.index, label: stage.stage.label } : null;
}
/**
 * Compares this run's entry with the baseline, for each checked pair history keeps. A pair's
 * severity is its baseline check's (the check history stands in for), else its strictest check's.
 */
function compareCheckedFigures(thresholds, result, current, baseline, options) {
    const pairs = [];
    for (const check of thresholds.checks) {
        const pair = pairs.find((p) => p.figure === check.figure && sameScope(p.scope, check.scope));
        if (pair)
            pair.checks.push(check);
        else
            pairs.push({ figure: check.figure, scope: check.scope, checks: [check] });
    }
    const compared = [];
    for (const { figure, scope, checks } of pairs) {
        const name = HISTORY_FIGURE[figure];
        const where = historyScope(result, scope);
        const estimate = name && where ? scopeFigures(current, where)?.[name] : null;
        if (!name || !where || !estimate)
            continue;
        const points = baseline.flatMap((entry) => {
            const value = scopeFigures(entry, where)?.[name]?.value;
            return value === undefined ? [] : [{ commit: entry.commit, time: entry.time, value }];
        });
        const ruling = checks.some((c) => c.baseline !== null) ? checks.filter((c) => c.baseline !== null) : checks;
        const severity = ruling.reduce((s, c) => (verdict_RANK[c.severity] > verdict_RANK[s] ? c.severity : s), 'warn');
        const stageLabel = where.kind === 'stage' ? where.label : undefined;
        compared.push({
            name: checkName(figure, scope, stageLabel),
            figure,
            scope,
            severity,
            comparison: compareFigure(where, name, estimate, points, options),
        });
    }
    return compared;
}
const verdict_judged = (c) => c.comparison.status !== 'insufficient';
/**
 * The thresholds to judge with: where history judges a pair, its checks lose their static
 * baseline; a check that had nothing else (no absolute limit) is left to history entirely.
 */
function thresholdsBesideHistory(thresholds, compared) {
    const byHistory = (check) => compared.some((c) => verdict_judged(c) && c.figure === check.figure && sameScope(c.scope, check.scope));
    const checks = thresholds.checks.flatMap((check) => {
        if (check.baseline === null || !byHistory(check))
            return [check];
        if (check.limit === null)
            return [];
        return [{ ...check, baseline: null, allowedRegression: null }];
    });
    return { ...thresholds, checks };
}
function historyCheck(c, baseName) {
    const { comparison: k } = c;
    const centre = k.centre ?? 0;
    const change = k.change ?? 0;
    const unit = k.changeUnit === 'relative' ? `${(change * 100).toFixed(1)}%` : `${(change * 100).toFixed(2)} pp`;
    const label = figureLabel(c.figure);
    const why = {
        pass: `within the band of ${k.runs} ${baseName} runs`,
        notable: `past the band of ${k.runs} ${baseName} runs but under the practical minimum: reported, not failed`,
        regression: `past the band of ${k.runs} ${baseName} runs and worse than their centre by ${unit}: a regression, not noise`,
        insufficient: '',
    }[k.status];
    return {
        name: `${c.name} vs ${baseName}`,
        figure: c.figure,
        scope: c.scope,
        severity: c.severity,
        value: k.value,
        // The band is the test here, not the run's own interval (which the band already includes).
        interval: null,
        limit: k.bound,
        baseline: k.centre,
        delta: {
            absolute: k.value - centre,
            relative: centre === 0 ? null : k.value / centre - 1,
        },
        status: k.status === 'regression' ? c.severity : 'pass',
        confidence: `${label} ${why}`,
    };
}
/** Adds a row per pair history judged; a regression fails (or warns) like the check it stands in for. */
function foldHistoryIntoVerdict(verdict, compared, baseName) {
    const rows = compared.filter(verdict_judged).map((c) => historyCheck(c, baseName));
    if (rows.length === 0)
        return verdict;
    return {
        ...verdict,
        checks: [...verdict.checks, ...rows],
        status: worstStatus([verdict.status, ...rows.map((r) => r.status)]),
    };
}

;// CONCATENATED MODULE: ./src/history/step.ts
/**
 * The history step of the pipeline: read the earlier runs, compare the checked figures with
 * them, and (on the default branch) record this run. History never fails the gate by being
 * absent: a missing branch or file, a read-only token or a refused call means one warning and a
 * verdict against the thresholds file. Only a corrupt history file stops the run.
 */











const FALLBACK = 'judged against the thresholds file';
function openStore(settings, config, event, defaultBranch) {
    const { source } = settings;
    if (source.kind === 'file')
        return { store: new LocalHistoryStore(source.path) };
    const [owner, repo] = event.environment.repository?.split('/') ?? [];
    if (!owner || !repo || !config.githubToken) {
        return {
            unavailable: 'history: github needs GITHUB_REPOSITORY and a github-token (not running in GitHub Actions?)',
        };
    }
    const api = octokitHistoryApi({ token: config.githubToken, apiUrl: event.environment.apiUrl, owner, repo });
    const options = { branch: settings.branch, ...(defaultBranch ? { defaultBranch } : {}) };
    return { store: new GitHubHistoryStore(api, options) };
}
/** A corrupt history file is the one history problem that stops the run: its message names the file and the repair. */
async function guarded(call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof HistoryFileError)
            throw new user_error/* UserError */.y(error.message, { input: 'history' });
        throw error;
    }
}
const passThrough = (thresholds, report) => ({
    baseline: 'thresholds-file',
    thresholds,
    fold: (verdict) => verdict,
    report,
});
async function historyStep(input) {
    const { io, config, event, result, thresholds, k6 } = input;
    const settings = config.history;
    if (!settings || settings.source.kind === 'off')
        return passThrough(thresholds, null);
    let eventText = null;
    try {
        eventText = event.environment.eventPath === null ? null : event.readEventFile(event.environment.eventPath);
    }
    catch {
        // Publishing reports an unreadable event; history then only lacks the branch names.
    }
    const facts = historyEventFacts(io.env, eventText);
    const plan = historyPlan(settings.mode, facts);
    const base = plan.mode === 'record' ? plan.branch : plan.baseBranch;
    const baseName = base ?? 'earlier runs';
    const report = (fallback, extra = {}) => ({
        base: baseName,
        rows: [],
        runs: 0,
        needed: DEFAULT_COMPARE_OPTIONS.minRuns,
        fallback,
        notes: [],
        ...extra,
    });
    const opened = openStore(settings, config, event, facts.defaultBranch);
    if (!opened.store) {
        // Outside Actions (the CLI) this is the normal case, not a problem worth a warning.
        (io.env['GITHUB_ACTIONS'] === 'true' ? io.warning : io.info)(`${opened.unavailable}; ${FALLBACK}.`);
        return passThrough(thresholds, report(`${opened.unavailable}; ${FALLBACK}`));
    }
    const { store } = opened;
    const scenario = config.scenario.kind === 'custom' ? scriptName(config.scenario.scriptPath) : config.scenario.kind;
    const entry = historyEntryFrom(result, {
        commit: event.commit ?? 'unknown',
        branch: plan.mode === 'record' ? plan.branch : (facts.branch ?? 'local'),
        time: result.startTime || new Date().toISOString(),
        scenario,
        profile: config.profile,
        // In results-file mode the k6 that wrote the file is unknown; such runs match each other.
        k6Version: k6?.version ?? 'unknown',
        runner: { os: external_node_os_default().platform(), arch: external_node_os_default().arch(), cpus: external_node_os_default().availableParallelism() },
        target: config.baseUrl,
        loadGenerator: input.loadGenerator ?? 'unknown',
    });
    const read = await guarded(() => store.read({ scenario, profile: config.profile }));
    let step;
    if (read.kind === 'unavailable') {
        // A first recording run has no history yet by design; elsewhere the reason deserves a warning.
        (plan.mode === 'record' ? io.info : io.warning)(`History: ${read.reason}; ${FALLBACK}.`);
        step = passThrough(thresholds, report(`history: ${read.reason}; ${FALLBACK}`));
    }
    else {
        step = judgeAgainst(read.entries, entry, base, baseName, input, settings, report);
    }
    if (plan.mode === 'record')
        step.report?.notes.push(await recordRun(io, store, entry, settings, input));
    return step;
}
function judgeAgainst(entries, entry, base, baseName, input, settings, report) {
    const options = { ...DEFAULT_COMPARE_OPTIONS, minChange: settings.minChange };
    const selection = selectBaseline(entries, entry, base);
    const compared = compareCheckedFigures(input.thresholds, input.result, entry, selection.entries, options);
    const runs = Math.min(selection.entries.length, options.runs);
    const judged = compared.some((c) => c.comparison.status !== 'insufficient');
    const notes = [
        ...(selection.note ? [`Environment changed: ${selection.note}.`] : []),
        ...(selection.overloaded > 0
            ? [`${selection.overloaded} run(s) with an overloaded load generator left out of the baseline.`]
            : []),
    ];
    const fallback = judged ? null : `history: ${runs} of ${options.minRuns} runs needed; ${FALLBACK}`;
    if (fallback)
        input.io.info(`${fallback}.`);
    return {
        baseline: judged ? 'history' : 'thresholds-file',
        thresholds: thresholdsBesideHistory(input.thresholds, compared),
        fold: (verdict) => foldHistoryIntoVerdict(verdict, compared, baseName),
        report: report(fallback, { rows: compared, runs, needed: options.minRuns, notes }),
    };
}
/** Appends this run, unless its results are incomplete: a cut run would skew every later baseline. */
async function recordRun(io, store, entry, settings, input) {
    const incomplete = (input.k6 !== null && !input.k6.run.exit.complete) || !input.result.evidence.complete;
    if (incomplete) {
        const note = 'This run is not recorded in the history: its results are incomplete.';
        io.info(note);
        return note;
    }
    const recorded = await guarded(() => store.record(entry, settings.size));
    if (recorded.kind === 'unavailable') {
        io.warning(`History: this run is not recorded: ${recorded.reason}.`);
        return `This run is not recorded in the history: ${recorded.reason}.`;
    }
    const note = `Recorded in ${recorded.location} (${recorded.entries} run${recorded.entries === 1 ? '' : 's'} kept).`;
    io.info(note);
    return note;
}
const scriptName = (scriptPath) => scriptPath.replace(/^.*[\\/]/, '');

;// CONCATENATED MODULE: ./src/judge/step.ts
/** Whether the verdict fails the step, given `fail-on`, with a one-line reason for the log. */

/** "p95 (enqueue) 3,410 ms > 3,000 ms", "p99 4,900 ms, limit 5,000 ms inside its 95% interval". */
function describeCheck(check) {
    if (check.value === null)
        return `${check.name} not measured`;
    const value = formatFigure(check.figure, check.value);
    if (check.limit === null)
        return `${check.name} ${value}`;
    const limit = formatFigure(check.figure, check.limit);
    const worse = lowerIsWorse(check.figure);
    const past = worse ? check.value < check.limit : check.value > check.limit;
    const certain = check.interval === null || (worse ? check.interval.high < check.limit : check.interval.low > check.limit);
    if (certain && past)
        return `${check.name} ${value} ${worse ? '<' : '>'} ${limit}`;
    return `${check.name} ${value}, limit ${limit} inside its 95% interval`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function step_listed(checks) {
    return checks.map(describeCheck).join('; ');
}
function stepFails(verdict, failOn) {
    const failed = verdict.checks.filter((c) => c.status === 'fail');
    const warned = verdict.checks.filter((c) => c.status === 'warn');
    const parts = [];
    if (failed.length > 0)
        parts.push(`${plural(failed.length, 'check')} failed: ${step_listed(failed)}`);
    if (warned.length > 0) {
        const count = failed.length > 0 ? String(warned.length) : plural(warned.length, 'check');
        parts.push(`${count} warned: ${step_listed(warned)}`);
    }
    const missing = verdict.missingEvidence ?? null;
    if (missing !== null)
        parts.unshift(missing.message);
    const summary = parts.length > 0 ? parts.join('. ') : `all ${plural(verdict.checks.length, 'check')} passed`;
    // No load samples at all is no run to judge: an error whatever fail-on says.
    if (missing?.fatal)
        return { fails: true, reason: `no verdict without evidence: ${summary}` };
    const warnings = warned.length + (missing === null ? 0 : 1);
    switch (failOn) {
        case 'never':
            return { fails: false, reason: `fail-on is never; ${summary}` };
        case 'warn':
            return { fails: failed.length + warnings > 0, reason: summary };
        case 'fail':
            if (failed.length > 0)
                return { fails: true, reason: summary };
            return { fails: false, reason: warnings > 0 ? `no check failed; ${summary}` : summary };
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/k6/archive-tar.ts


const BLOCK = 512;
function archive_tar_text(bytes, start, length) {
    const field = bytes.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.toString('utf8', 0, end === -1 ? field.length : end);
}
function octal(header, start, length, archiveName) {
    if ((header[start] ?? 0) & 0x80) {
        throw new InstallError(`${archiveName} uses a base-256 size field (a member over 8 GB); a k6 archive never does.`);
    }
    const digits = archive_tar_text(header, start, length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
/** `<length> <key>=<value>\n` records of a pax extended header. */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        const length = parseInt(data.toString('utf8', offset, space), 10);
        if (space === -1 || !Number.isFinite(length) || length <= 0)
            break;
        const record = data.toString('utf8', space + 1, offset + length - 1);
        const equals = record.indexOf('=');
        if (equals > 0)
            records.set(record.slice(0, equals), record.slice(equals + 1));
        offset += length;
    }
    return records;
}
const OTHER_TYPES = {
    '3': 'character device',
    '4': 'block device',
    '6': 'FIFO',
    S: 'sparse file',
};
/** Lists a .tar.gz's members (ustar, GNU long names, pax paths) without writing anything. */
function readTarGzEntries(archive, archiveName) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(archive);
    }
    catch (error) {
        throw new InstallError(`${archiveName} is not a gzip file (${error.message}).`);
    }
    const entries = [];
    let longName;
    let longLink;
    let pax = new Map();
    for (let offset = 0; offset + BLOCK <= tar.length;) {
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((byte) => byte === 0))
            break;
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
        if (sum !== octal(header, 148, 8, archiveName)) {
            throw new InstallError(`${archiveName} is not a valid tar archive: bad header checksum at byte ${offset}.`);
        }
        const paxSize = pax.get('size');
        const size = paxSize === undefined ? octal(header, 124, 12, archiveName) : Number(paxSize);
        const dataStart = offset + BLOCK;
        if (!Number.isSafeInteger(size) || dataStart + size > tar.length) {
            throw new InstallError(`${archiveName} is truncated: a member at byte ${offset} runs past the end.`);
        }
        const data = tar.subarray(dataStart, dataStart + size);
        offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        const typeFlag = String.fromCharCode(header[156] ?? 0);
        if (typeFlag === 'L')
            longName = archive_tar_text(data, 0, data.length);
        else if (typeFlag === 'K')
            longLink = archive_tar_text(data, 0, data.length);
        else if (typeFlag === 'x')
            pax = paxRecords(data);
        else if (typeFlag !== 'g') {
            const prefix = header.toString('latin1', 257, 262) === 'ustar' ? archive_tar_text(header, 345, 155) : '';
            const plainName = prefix ? `${prefix}/${archive_tar_text(header, 0, 100)}` : archive_tar_text(header, 0, 100);
            const type = typeFlag === '0' || typeFlag === '\0' || typeFlag === '7'
                ? 'file'
                : typeFlag === '5'
                    ? 'directory'
                    : typeFlag === '2'
                        ? 'symlink'
                        : typeFlag === '1'
                            ? 'hardlink'
                            : 'other';
            entries.push({
                name: pax.get('path') ?? longName ?? plainName,
                type,
                mode: octal(header, 100, 8, archiveName) & 0o7777,
                linkTarget: pax.get('linkpath') ?? longLink ?? archive_tar_text(header, 157, 100),
                description: OTHER_TYPES[typeFlag] ?? `tar member of type '${typeFlag}'`,
                contents: () => data,
            });
            longName = undefined;
            longLink = undefined;
            pax = new Map();
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/k6/archive-zip.ts


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
function findEndOfCentralDirectory(zip, archiveName) {
    // The record is 22 bytes plus a comment of at most 65535.
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    throw new InstallError(`${archiveName} is not a zip archive (no end-of-central-directory record).`);
}
/** Lists a zip's members from its central directory without writing anything. */
function readZipEntries(zip, archiveName) {
    const end = findEndOfCentralDirectory(zip, archiveName);
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff) {
        throw new InstallError(`${archiveName} is a zip64 archive; a k6 release archive never is.`);
    }
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
            throw new InstallError(`${archiveName} is corrupt: central directory entry ${i + 1} is missing.`);
        }
        const madeBy = zip.readUInt16LE(at + 4) >> 8;
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const compressedSize = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const unixMode = madeBy === UNIX_HOST ? zip.readUInt32LE(at + 38) >>> 16 : 0;
        const localHeader = zip.readUInt32LE(at + 42);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        const contents = () => {
            if (flags & 1)
                throw new InstallError(`${archiveName}: ${name} is encrypted.`);
            if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
                throw new InstallError(`${archiveName} is corrupt: ${name} has no local header.`);
            }
            const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
            const stored = zip.subarray(start, start + compressedSize);
            const bytes = method === 0 ? Buffer.from(stored) : method === 8 ? (0,external_node_zlib_.inflateRawSync)(stored) : null;
            if (bytes === null)
                throw new InstallError(`${archiveName}: ${name} uses compression method ${method}.`);
            if (bytes.length !== size)
                throw new InstallError(`${archiveName} is corrupt: ${name} has the wrong size.`);
            return bytes;
        };
        const fileType = unixMode & S_IFMT;
        const isLink = fileType === S_IFLNK;
        const isDirectory = name.endsWith('/') || fileType === S_IFDIR;
        const isOther = fileType !== 0 && !isLink && !isDirectory && fileType !== S_IFREG;
        entries.push({
            name,
            type: isLink ? 'symlink' : isDirectory ? 'directory' : isOther ? 'other' : 'file',
            mode: unixMode & 0o7777,
            linkTarget: isLink ? contents().toString('utf8') : '',
            description: `zip member of unix type 0o${fileType.toString(8)}`,
            contents,
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/k6/archive.ts





function refuse(archiveName, entryName, why) {
    throw new InstallError(`${archiveName} was refused: its entry "${entryName}" ${why}. A k6 release archive holds one folder with k6 ` +
        `inside; nothing was extracted.`);
}
/** Splits a stored name into path segments, treating `\` as a separator too (it is one on Windows). */
function segmentsOf(name) {
    return name.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
}
function isAbsolute(name) {
    return /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name);
}
/**
 * Walks a link target from `startSegments`; returns the path it lands on, or a reason to refuse it. Passing
 * through another link is refused because that link's own target would decide where the walk really goes.
 */
function resolveLinkTarget(startSegments, target, linkPaths) {
    if (isAbsolute(target))
        return { why: `links to the absolute path "${target}"` };
    const parts = segmentsOf(target);
    const walked = [...startSegments];
    for (const [index, part] of parts.entries()) {
        if (part === '..') {
            if (walked.length === 0)
                return { why: `links outside the target folder ("${target}")` };
            walked.pop();
            continue;
        }
        walked.push(part);
        if (index < parts.length - 1 && linkPaths.has(walked.join('/'))) {
            return { why: `links through another link ("${target}")` };
        }
    }
    return walked.length === 0 ? { why: `links to the target folder itself ("${target}")` } : walked.join('/');
}
/** Refuses the whole archive if any entry could land outside the target folder; returns the entries to write. */
function checkArchiveEntries(entries, archiveName) {
    const safe = [];
    const linkPaths = new Set();
    const filePaths = new Set();
    for (const entry of entries) {
        if (isAbsolute(entry.name))
            refuse(archiveName, entry.name, 'is an absolute path');
        const segments = segmentsOf(entry.name);
        if (segments.includes('..'))
            refuse(archiveName, entry.name, 'climbs out of the target folder with ".."');
        if (segments.some((segment) => segment.includes(':')))
            refuse(archiveName, entry.name, 'contains ":"');
        if (entry.type === 'other')
            refuse(archiveName, entry.name, `is a ${entry.description}`);
        const relativePath = segments.join('/');
        if (relativePath === '') {
            if (entry.type === 'directory')
                continue;
            refuse(archiveName, entry.name, 'has no name');
        }
        if (entry.type !== 'directory') {
            if (filePaths.has(relativePath) || linkPaths.has(relativePath))
                refuse(archiveName, entry.name, 'appears twice');
            (entry.type === 'symlink' || entry.type === 'hardlink' ? linkPaths : filePaths).add(relativePath);
        }
        safe.push({ entry, relativePath });
    }
    for (const { entry, relativePath } of safe) {
        const segments = relativePath.split('/');
        for (let depth = 1; depth < segments.length; depth++) {
            const parent = segments.slice(0, depth).join('/');
            if (linkPaths.has(parent) || filePaths.has(parent)) {
                refuse(archiveName, entry.name, `lies beneath "${parent}", which is not a folder`);
            }
        }
        if (entry.type === 'symlink') {
            const landing = resolveLinkTarget(segments.slice(0, -1), entry.linkTarget, linkPaths);
            if (typeof landing !== 'string')
                refuse(archiveName, entry.name, landing.why);
        }
        if (entry.type === 'hardlink') {
            const landing = resolveLinkTarget([], entry.linkTarget, linkPaths);
            if (typeof landing !== 'string')
                refuse(archiveName, entry.name, landing.why);
            if (!filePaths.has(landing))
                refuse(archiveName, entry.name, `links to "${entry.linkTarget}", not a file in it`);
        }
    }
    return safe;
}
/** Lists a .tar.gz or .zip (by its name) without writing anything. */
function readArchiveEntries(archive, archiveName) {
    return archiveName.endsWith('.zip') ? readZipEntries(archive, archiveName) : readTarGzEntries(archive, archiveName);
}
/**
 * Extracts an already verified archive into `targetFolder` (emptied first). Every entry is checked before the
 * first byte is written; links are created last so no file is ever written through one.
 */
async function extractArchive(archive, archiveName, targetFolder) {
    const safe = checkArchiveEntries(readArchiveEntries(archive, archiveName), archiveName);
    await external_node_fs_.promises.rm(targetFolder, { recursive: true, force: true });
    await external_node_fs_.promises.mkdir(targetFolder, { recursive: true });
    const root = external_node_path_default().resolve(targetFolder);
    const destination = (relativePath) => {
        const resolved = external_node_path_default().resolve(root, ...relativePath.split('/'));
        const relative = external_node_path_default().relative(root, resolved);
        // Defence in depth: checkArchiveEntries already guarantees this.
        if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            refuse(archiveName, relativePath, 'resolves outside the target folder');
        }
        return resolved;
    };
    const order = ['directory', 'file', 'hardlink', 'symlink'];
    for (const type of order) {
        for (const { entry, relativePath } of safe.filter((item) => item.entry.type === type)) {
            const target = destination(relativePath);
            if (type === 'directory') {
                await external_node_fs_.promises.mkdir(target, { recursive: true });
                continue;
            }
            await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
            if (type === 'file') {
                await external_node_fs_.promises.writeFile(target, entry.contents(), { flag: 'wx', mode: entry.mode & 0o777 || 0o644 });
            }
            else if (type === 'hardlink') {
                const source = destination(segmentsOf(entry.linkTarget).join('/'));
                await external_node_fs_.promises.copyFile(source, target, external_node_fs_.promises.constants.COPYFILE_EXCL);
            }
            else {
                await external_node_fs_.promises.symlink(entry.linkTarget, target);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/k6/checksum.ts


function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * The expected SHA-256 of `archiveName` from a `sha256sum`-format file (`<hex>  <name>`, or `<hex> *<name>` in
 * binary mode). `checksumsName` only serves the error message.
 */
function expectedSha256(checksumsText, archiveName, checksumsName) {
    for (const line of checksumsText.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (match?.[1] && match[2]?.trim() === archiveName)
            return match[1].toLowerCase();
    }
    throw new InstallError(`${checksumsName} lists no SHA-256 for ${archiveName}, so it cannot be verified; nothing was extracted. ` +
        `Check that this k6 version publishes an archive for this platform, or that the download mirror is complete.`);
}
/** Refuses the archive unless its bytes hash to the published value. */
function verifySha256(bytes, expected, archiveName, checksumsName) {
    const actual = sha256Hex(bytes);
    if (actual !== expected) {
        throw new InstallError(`Checksum mismatch for ${archiveName}: expected ${expected} (from ${checksumsName}), got ${actual}. ` +
            `The download is corrupt or was tampered with; nothing was extracted.`);
    }
}

;// CONCATENATED MODULE: ./src/k6/download.ts

/** Backoff before each retry: 1 s, 2 s, 4 s, 8 s (five attempts, ~15 s of waiting at worst). */
const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];
const MAX_REDIRECTS = 10;
function httpClientFetcher() {
    // Our own retry loop (the client's is off so no retry is doubled) and our own redirects: the client cannot
    // follow a relative Location, which a mirror may send.
    const client = new lib/* HttpClient */.Qq('perf-gate', [], { allowRetries: false, maxRetries: 0, allowRedirects: false });
    return async (url) => {
        let current = url;
        for (let hop = 0;; hop++) {
            const response = await client.get(current);
            const chunks = [];
            for await (const chunk of response.message)
                chunks.push(Buffer.from(chunk));
            const statusCode = response.message.statusCode ?? 0;
            const location = response.message.headers.location;
            if (statusCode >= 300 && statusCode < 400 && location && hop < MAX_REDIRECTS) {
                current = new URL(location, current).toString();
                continue;
            }
            return { statusCode, body: Buffer.concat(chunks) };
        }
    };
}
function isTransient(statusCode) {
    return statusCode === 408 || statusCode === 429 || statusCode >= 500;
}
/** GET with exponential backoff on transient failures (no answer, 408, 429, 5xx); other answers are final. */
async function downloadWithRetry(url, fetcher, policy) {
    const attempts = policy.retryDelaysMs.length + 1;
    let lastFailure = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const answer = await fetcher(url);
            if (answer.statusCode >= 200 && answer.statusCode < 300)
                return { kind: 'ok', body: answer.body };
            if (!isTransient(answer.statusCode))
                return { kind: 'refused', statusCode: answer.statusCode };
            lastFailure = `answered ${answer.statusCode}`;
        }
        catch (error) {
            lastFailure = `failed: ${error instanceof Error ? error.message : String(error)}`;
        }
        const delay = policy.retryDelaysMs[attempt - 1];
        if (delay === undefined)
            break;
        policy.info(`${url} ${lastFailure} (attempt ${attempt} of ${attempts}); retrying in ${delay} ms`);
        await policy.sleep(delay);
    }
    return { kind: 'gave-up', attempts, lastFailure };
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 322 modules
var cache = __webpack_require__(9312);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(2186);
;// CONCATENATED MODULE: ./src/k6/install-cache.ts


function actionsCrossRunCache() {
    const requireService = () => {
        if (!cache/* isFeatureAvailable */.w3()) {
            throw new Error('the GitHub Actions cache service is not available here (not running in GitHub Actions?)');
        }
    };
    return {
        async restore(paths, key) {
            requireService();
            return cache/* restoreCache */.P3(paths, key);
        },
        async save(paths, key) {
            requireService();
            await cache/* saveCache */.Io(paths, key);
        },
    };
}
function actionsToolCache() {
    return {
        find: (tool, version, arch) => tool_cache/* find */.I6(tool, version, arch),
        cacheDir: (sourceFolder, tool, version, arch) => tool_cache/* cacheDir */.e8(sourceFolder, tool, version, arch),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(1955);
;// CONCATENATED MODULE: ./src/k6/install-existing.ts






const execK6Version = async (k6Path) => {
    const output = await exec/* getExecOutput */.H(k6Path, ['version'], { silent: true, ignoreReturnCode: true });
    return { exitCode: output.exitCode, stdout: output.stdout };
};
/** PATH lookup as a shell does it (PATHEXT on Windows), without spawning anything. */
function findOnPath(name, pathVariable = process.env['PATH'] ?? '', platform = process.platform) {
    const extensions = platform === 'win32' ? (process.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const folder of pathVariable.split((external_node_path_default()).delimiter).filter(Boolean)) {
        for (const extension of extensions) {
            const candidate = external_node_path_default().join(folder, name + extension.toLowerCase());
            if ((0,external_node_fs_.existsSync)(candidate) && (0,external_node_fs_.statSync)(candidate).isFile())
                return candidate;
        }
    }
    return null;
}
/** The k6 version `k6Path` reports, or a description of why it is not a working k6. */
async function probeK6(k6Path, runVersion) {
    let run;
    try {
        run = await runVersion(k6Path);
    }
    catch (error) {
        return { problem: `could not be started (${error instanceof Error ? error.message : String(error)})` };
    }
    const version = parseK6VersionOutput(run.stdout);
    if (run.exitCode === 0 && version)
        return { version };
    const firstLine = run.stdout.trim().split(/\r?\n/)[0] ?? '';
    return {
        problem: `is not k6: "${k6Path} version" exited ${run.exitCode} printing "${firstLine.slice(0, 120)}", ` +
            `where k6 prints "k6 vX.Y.Z (…)"`,
    };
}
/** Checks the user's `k6-path` and returns the version it reports; refuses anything that is not a working k6. */
async function checkK6Path(k6Path, runVersion) {
    const absolute = external_node_path_default().resolve(k6Path);
    const fix = 'Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.';
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new InstallError(`k6-path "${k6Path}" does not exist. ${fix}`);
    if (!(0,external_node_fs_.statSync)(absolute).isFile())
        throw new InstallError(`k6-path "${k6Path}" is not a file. ${fix}`);
    if (process.platform !== 'win32') {
        try {
            await (0,promises_.access)(absolute, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new InstallError(`k6-path "${k6Path}" is not executable: run chmod +x on it. ${fix}`);
        }
    }
    const probe = await probeK6(absolute, runVersion);
    if ('problem' in probe)
        throw new InstallError(`k6-path "${k6Path}" ${probe.problem}. ${fix}`);
    return probe.version;
}

;// CONCATENATED MODULE: ./src/k6/platform.ts

const SUPPORTED = ['linux/x64', 'linux/arm64', 'darwin/x64', 'darwin/arm64', 'win32/x64'];
function k6Platform(platform = process.platform, arch = process.arch) {
    if (!SUPPORTED.includes(`${platform}/${arch}`)) {
        throw new InstallError(`k6 publishes no release archive for ${platform}/${arch} (published: linux amd64/arm64, macOS amd64/arm64, ` +
            `windows amd64). Install k6 yourself and set k6-path.`);
    }
    const cpu = arch === 'arm64' ? 'arm64' : 'amd64';
    const toolCacheArch = arch === 'arm64' ? 'arm64' : 'x64';
    if (platform === 'win32') {
        return { os: 'windows', arch: cpu, archiveExtension: 'zip', binaryName: 'k6.exe', toolCacheArch };
    }
    if (platform === 'darwin')
        return { os: 'macos', arch: cpu, archiveExtension: 'zip', binaryName: 'k6', toolCacheArch };
    return { os: 'linux', arch: cpu, archiveExtension: 'tar.gz', binaryName: 'k6', toolCacheArch };
}
/** `version` without the leading v, as normalizeK6Version returns it. */
function k6ReleaseFiles(version, target) {
    const folderName = `k6-v${version}-${target.os}-${target.arch}`;
    return {
        folderName,
        archiveName: `${folderName}.${target.archiveExtension}`,
        checksumsName: `k6-v${version}-checksums.txt`,
    };
}
/** `<base>/vX.Y.Z/<file>`, whatever trailing slashes the base carries. */
function k6ReleaseUrl(downloadBaseUrl, version, fileName) {
    return `${downloadBaseUrl.replace(/\/+$/, '')}/v${version}/${fileName}`;
}

;// CONCATENATED MODULE: ./src/k6/install.ts
















/**
 * @actions/tool-cache needs RUNNER_TOOL_CACHE and RUNNER_TEMP; outside a runner (the CLI) they default to folders
 * under the OS temp folder so the same code path works.
 */
function ensureRunnerFolders(log) {
    for (const [name, folder] of [
        ['RUNNER_TOOL_CACHE', 'tool-cache'],
        ['RUNNER_TEMP', 'temp'],
    ]) {
        if (!process.env[name]) {
            process.env[name] = external_node_path_default().join(external_node_os_default().tmpdir(), 'perf-gate', folder);
            log.debug(`${name} is not set; using ${process.env[name]}`);
        }
    }
}
function defaultDeps(overrides) {
    const log = overrides.log ?? { info: core/* info */.pq, debug: core/* debug */.Yz, warning: core/* warning */.$e };
    ensureRunnerFolders(log);
    return {
        fetcher: overrides.fetcher ?? httpClientFetcher(),
        retryDelaysMs: overrides.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
        sleep: overrides.sleep ?? sleep,
        crossRunCache: overrides.crossRunCache ?? actionsCrossRunCache(),
        toolCache: overrides.toolCache ?? actionsToolCache(),
        runK6Version: overrides.runK6Version ?? execK6Version,
        findOnPath: overrides.findOnPath ?? ((name) => findOnPath(name)),
        // Lazy: k6-path and a k6 on PATH must work even where k6 publishes no archive.
        get platform() {
            return overrides.platform ?? k6Platform();
        },
        workFolder: overrides.workFolder ?? external_node_path_default().join(process.env['RUNNER_TEMP'] ?? external_node_os_default().tmpdir(), 'perf-gate-k6'),
        log,
    };
}
const TOOL_NAME = 'k6';
/** Finds or installs k6: k6-path, a matching k6 on PATH, the tool cache, the cross-run cache, then a download. */
async function installK6(request, overrides = {}) {
    const version = normalizeK6Version(request.version);
    const deps = defaultDeps(overrides);
    const { log } = deps;
    if (request.k6Path) {
        const reported = await checkK6Path(request.k6Path, deps.runK6Version);
        if (reported !== version)
            log.info(`k6-path is k6 v${reported} (k6-version ${version} applies only to installs)`);
        log.info(`Using k6 v${reported} from k6-path ${request.k6Path}`);
        return { k6Path: external_node_path_default().resolve(request.k6Path), version: reported, source: 'k6-path' };
    }
    const onPath = deps.findOnPath('k6');
    if (onPath) {
        const probe = await probeK6(onPath, deps.runK6Version);
        if ('version' in probe && probe.version === version) {
            log.info(`Using k6 v${version} found on PATH at ${onPath}`);
            return { k6Path: onPath, version, source: 'path' };
        }
        log.info(`Ignoring ${onPath} on PATH: ${'version' in probe ? `it is k6 v${probe.version}, not v${version}` : `it ${probe.problem}`}`);
    }
    const platform = deps.platform;
    const cachedFolder = deps.toolCache.find(TOOL_NAME, version, platform.toolCacheArch);
    if (cachedFolder && (0,external_node_fs_.existsSync)(external_node_path_default().join(cachedFolder, platform.binaryName))) {
        log.info(`Using k6 v${version} from the tool cache (${cachedFolder})`);
        return { k6Path: external_node_path_default().join(cachedFolder, platform.binaryName), version, source: 'tool-cache' };
    }
    const files = k6ReleaseFiles(version, platform);
    const stagingFolder = external_node_path_default().join(deps.workFolder, files.folderName);
    const extractedFolder = external_node_path_default().join(stagingFolder, files.folderName);
    const cacheKey = `perf-gate-${files.folderName}`;
    if (await restoreFromCrossRunCache(deps, stagingFolder, cacheKey)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(extractedFolder, platform.binaryName))) {
            const k6Path = await registerInToolCache(deps, extractedFolder, version);
            log.info(`Using k6 v${version} from the Actions cache (key ${cacheKey})`);
            return { k6Path, version, source: 'actions-cache' };
        }
        log.warning(`The Actions cache entry ${cacheKey} holds no ${files.folderName}/${platform.binaryName}; downloading instead`);
    }
    await downloadAndExtract(deps, request.downloadBaseUrl, version, files, stagingFolder);
    const binary = external_node_path_default().join(extractedFolder, platform.binaryName);
    if (!(0,external_node_fs_.existsSync)(binary)) {
        throw new InstallError(`${files.archiveName} holds no ${files.folderName}/${platform.binaryName}; is it a k6 release archive?`);
    }
    if (platform.os !== 'windows')
        await (0,promises_.chmod)(binary, 0o755);
    const k6Path = await registerInToolCache(deps, extractedFolder, version);
    try {
        await deps.crossRunCache.save([stagingFolder], cacheKey);
        log.info(`Saved k6 v${version} to the Actions cache (key ${cacheKey})`);
    }
    catch (error) {
        log.warning(`Could not save k6 to the Actions cache (key ${cacheKey}): ${error.message}`);
    }
    return { k6Path, version, source: 'download' };
}
async function restoreFromCrossRunCache(deps, stagingFolder, cacheKey) {
    try {
        return (await deps.crossRunCache.restore([stagingFolder], cacheKey)) !== undefined;
    }
    catch (error) {
        deps.log.warning(`Could not read the Actions cache (key ${cacheKey}): ${error.message}; downloading k6`);
        return false;
    }
}
async function registerInToolCache(deps, extractedFolder, version) {
    const folder = await deps.toolCache.cacheDir(extractedFolder, TOOL_NAME, version, deps.platform.toolCacheArch);
    return external_node_path_default().join(folder, deps.platform.binaryName);
}
async function fetchReleaseFile(deps, url, onNotFound) {
    deps.log.info(`Downloading ${displayUrl(url)}`);
    const outcome = await downloadWithRetry(url, deps.fetcher, {
        retryDelaysMs: deps.retryDelaysMs,
        sleep: deps.sleep,
        info: (message) => deps.log.info(message.replace(url, displayUrl(url))),
    });
    if (outcome.kind === 'ok')
        return outcome.body;
    if (outcome.kind === 'refused' && outcome.statusCode === 404)
        throw onNotFound();
    if (outcome.kind === 'refused') {
        throw new InstallError(`${displayUrl(url)} answered ${outcome.statusCode}. Check k6-download-base-url.`);
    }
    throw new InstallError(`Downloading ${displayUrl(url)} failed ${outcome.attempts} times (last attempt ${outcome.lastFailure}). ` +
        `Check the network or k6-download-base-url, then re-run.`);
}
async function downloadAndExtract(deps, downloadBaseUrl, version, files, stagingFolder) {
    const checksumsUrl = k6ReleaseUrl(downloadBaseUrl, version, files.checksumsName);
    const checksums = await fetchReleaseFile(deps, checksumsUrl, () => new InstallError(`k6 v${version} is not published: ${displayUrl(checksumsUrl)} answered 404. ` +
        `Set k6-version to a released version (see https://github.com/grafana/k6/releases).`));
    const expected = expectedSha256(checksums.toString('utf8'), files.archiveName, files.checksumsName);
    const archiveUrl = k6ReleaseUrl(downloadBaseUrl, version, files.archiveName);
    const archive = await fetchReleaseFile(deps, archiveUrl, () => new InstallError(`k6 v${version} has no ${files.archiveName}: ${displayUrl(archiveUrl)} answered 404 although ${files.checksumsName} exists.`));
    verifySha256(archive, expected, files.archiveName, files.checksumsName);
    deps.log.info(`Verified ${files.archiveName} (sha256 ${expected})`);
    await extractArchive(archive, files.archiveName, stagingFolder);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/results/k6-tags.ts
/**
 * The k6 system tags the analysis reads, to pass as `k6 run --system-tags=...`: every other
 * system tag (url, proto, tls_version, subproto, service, check, ...) only adds bytes k6 must
 * write on every sample line, CPU taken from load generation on a 2-core runner.
 * `stage` is not a system tag: our scenarios set it per request.
 */
const ANALYSIS_SYSTEM_TAGS = [
    'status',
    'method',
    'name',
    'group',
    'scenario',
    'error',
    'error_code',
    // k6 tags requests with it when it decides http_req_failed; thresholds on {expected_response:true} need it too.
    'expected_response',
];

;// CONCATENATED MODULE: ./src/k6/exit-codes.ts
const KNOWN = {
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
const SIGNALS = {
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
function interpretK6Exit(code, errorLine = null, signal = null) {
    if (code === null) {
        const meaning = signal === null ? 'k6 was killed before it finished' : `k6 was killed by ${signal} before it finished`;
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
    if (known)
        return { code, ...known };
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
function lastK6Error(stderr) {
    let found = null;
    for (const line of stderr.split('\n')) {
        if (!/\blevel=(error|fatal)\b/.test(line))
            continue;
        const msg = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
        const hint = /\bhint="((?:[^"\\]|\\.)*)"/.exec(line);
        if (msg)
            found = exit_codes_unescape(msg[1]) + (hint ? ` (${exit_codes_unescape(hint[1])})` : '');
    }
    if (found !== null)
        return found;
    const plain = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/\blevel=\w+/.test(l) && !/^(INFO|WARN|DEBU)\[/.test(l));
    return plain.length > 0 ? plain[plain.length - 1] : null;
}
function exit_codes_unescape(value) {
    return value
        .replace(/\\[nrt]/g, ' ')
        .replace(/\\(.)/g, '$1')
        .replace(/\s+/g, ' ');
}

;// CONCATENATED MODULE: ./src/k6/run.ts




/** k6's command line. Deliberately free of anything secret: argv is visible to every process. */
function k6Arguments(request) {
    return [
        'run',
        '--no-usage-report',
        '--no-color',
        `--out=json=${request.resultsPath}`,
        `--system-tags=${ANALYSIS_SYSTEM_TAGS.join(',')}`,
        '--summary-trend-stats=avg,min,med,max,p(90),p(95),p(99)',
        ...(request.extraArgs ?? []),
        request.scriptPath,
    ];
}
const STDERR_TAIL_CHARS = 64 * 1024;
async function runK6(request) {
    let stderrTail = '';
    let insufficientVus = null;
    // spawn, not @actions/exec: only the child's close event tells which signal killed it.
    const { code, signal } = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(request.k6Path, k6Arguments(request), {
            env: { ...inheritedEnv(), ...request.scriptEnv },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        if (child.pid !== undefined)
            request.onSpawn?.(child.pid);
        child.stdout.on('data', (chunk) => request.log.write(chunk));
        child.stderr.on('data', (chunk) => {
            request.log.write(chunk);
            // Checked before the tail is cut: k6 warns early in the run, the tail keeps its end.
            const before = stderrTail.length;
            stderrTail = stderrTail + chunk.toString('utf8');
            if (insufficientVus === null)
                insufficientVus = findInsufficientVus(stderrTail.slice(Math.max(0, before - 512)));
            stderrTail = stderrTail.slice(-STDERR_TAIL_CHARS);
        });
        child.on('error', (error) => reject(cannotStart(request.k6Path, error)));
        child.on('close', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
    });
    const errorLine = lastK6Error(stderrTail);
    return {
        exit: interpretK6Exit(code, errorLine, signal),
        errorLine,
        resultsPath: request.resultsPath,
        insufficientVus,
    };
}
/**
 * k6's warning, as it logs it: `level=warning msg="Insufficient VUs, reached 1000 active VUs and
 * cannot initialize more" executor=ramping-arrival-rate scenario=spike`.
 */
function findInsufficientVus(text) {
    const match = /msg="(Insufficient VUs[^"\n]*)"/.exec(text);
    return match ? match[1] : null;
}
/** k6 that cannot be started (gone, not executable, no room for a process): the user's to fix, through k6-path. */
function cannotStart(k6Path, error) {
    const why = error.code === 'ENOENT'
        ? 'the file does not exist'
        : error.code === 'EACCES'
            ? 'it is not executable (chmod +x?)'
            : `${error.code ?? error.message}`;
    return new user_error/* UserError */.y(`Cannot start k6 at ${k6Path}: ${why}. Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.`, { input: 'k6-path' });
}
/**
 * k6 hands its whole environment to the script as __ENV. The runner's INPUT_* variables hold the
 * raw inputs (auth-token, github-token) and ACTIONS_* tokens grant cache and OIDC access: the
 * load script has no business seeing any of them.
 */
const RUNNER_SECRETS = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN)$/;
function inheritedEnv() {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && !RUNNER_SECRETS.test(key))
            env[key] = value;
    }
    return env;
}

;// CONCATENATED MODULE: ./src/k6/runner-sampler.ts
/**
 * Samples the runner once a second while k6 runs: all-core CPU, k6's own CPU, memory. The
 * reader and the clock are injected, so a recorded trace replays through the same sampler and
 * the same assessment (judge/runner-health.ts) as a live run.
 */


const liveClock = {
    now: () => Date.now(),
    every: (ms, tick) => {
        const timer = setInterval(tick, ms);
        // The sampler never keeps the process alive on its own.
        timer.unref();
        return { stop: () => clearInterval(timer) };
    },
};
function startSampler(reader, clock = liveClock, everyMs = 1000) {
    const readings = [];
    let pid = null;
    const take = () => {
        try {
            readings.push({
                atMs: clock.now(),
                cpu: reader.cpu(),
                k6Cpu: pid === null ? null : reader.processCpu(pid),
                memory: reader.memory(),
            });
        }
        catch {
            // A reading the OS refused is a gap in the trace, not a reason to stop the run.
        }
    };
    take();
    const timer = clock.every(everyMs, take);
    return {
        watch: (watched) => {
            pid = watched;
        },
        stop: () => {
            timer.stop();
            take();
            return readings;
        },
    };
}
/** /proc/stat's first line: user nice system idle iowait irq softirq steal …, in clock ticks. */
function parseProcStat(text) {
    const line = text.split('\n').find((l) => l.startsWith('cpu '));
    if (!line)
        return null;
    const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
    if ([user, nice, system, idle].some((v) => v === undefined || !Number.isFinite(v)))
        return null;
    const idleAll = idle + iowait;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idleAll };
}
/** utime + stime of /proc/<pid>/stat (fields 14 and 15, counted after the parenthesised name). */
function parseProcessStat(text) {
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}
function cpusTotals() {
    let busy = 0;
    let total = 0;
    for (const { times } of external_node_os_default().cpus()) {
        busy += times.user + times.nice + times.sys + times.irq;
        total += times.user + times.nice + times.sys + times.irq + times.idle;
    }
    return { busy, total };
}
function liveReader() {
    const proc = (() => {
        try {
            return parseProcStat((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8')) !== null;
        }
        catch {
            return false;
        }
    })();
    return {
        cpu: () => (proc ? parseProcStat((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8')) : null) ?? cpusTotals(),
        // Clock ticks, like /proc/stat: only comparable where /proc is what cpu() reads.
        processCpu: (pid) => {
            if (!proc)
                return null;
            try {
                return parseProcessStat((0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8'));
            }
            catch {
                return null;
            }
        },
        memory: () => ({ used: external_node_os_default().totalmem() - external_node_os_default().freemem(), total: external_node_os_default().totalmem() }),
    };
}

// EXTERNAL MODULE: ./src/results/stages.ts
var stages = __webpack_require__(8723);
;// CONCATENATED MODULE: ./src/k6/stage-progress.ts
/**
 * One log line per stage as the run passes it, read from k6's own progress lines
 * ("running (1m30.9s), 100/200 VUs, …") against the stage plan. k6's clock starts before setup();
 * the load starts at the first progress line with a VU at work, as the stage windows do.
 */

const PROGRESS = /^running \((\d+)m(\d+(?:\.\d+)?)s\), (\d+)\/\d+ VUs/;
function stageProgress(plan) {
    const windows = (0,stages/* planWindows */.pr)(plan);
    let pending = '';
    let loadStartS = null;
    let announced = 0;
    return {
        feed(text) {
            const lines = (pending + text).split('\n');
            pending = lines.pop() ?? '';
            const started = [];
            for (const line of lines) {
                const match = PROGRESS.exec(line.trim());
                if (match === null)
                    continue;
                const elapsedS = Number(match[1]) * 60 + Number(match[2]);
                if (loadStartS === null) {
                    if (Number(match[3]) === 0)
                        continue;
                    loadStartS = elapsedS;
                }
                const loadMs = (elapsedS - loadStartS) * 1000;
                while (announced < windows.length && windows[announced].startMs <= loadMs) {
                    const window = windows[announced];
                    started.push({ number: announced + 1, count: windows.length, label: window.label, startMs: window.startMs });
                    announced++;
                }
            }
            return started;
        },
    };
}
/** "stage 2/5 (VU 100) started at 1:30". */
function stageLine(stage) {
    const seconds = Math.round(stage.startMs / 1000);
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return `stage ${stage.number}/${stage.count} (${stage.label}) started at ${clock}`;
}

;// CONCATENATED MODULE: ./src/k6/segments.ts

/** k6's arguments for this instance: its segment and the sequence every instance shares. */
function segmentArguments(segment) {
    return [
        `--execution-segment=${executionSegment(segment)}`,
        `--execution-segment-sequence=${executionSegmentSequence(segment.count)}`,
    ];
}
/** The plan as this instance runs it: each stage's target (and the start) scaled to its share. */
function segmentPlan(plan, segment) {
    return {
        unit: plan.unit,
        start: segmentShare(plan.start, segment),
        stages: plan.stages.map((stage) => ({ durationMs: stage.durationMs, target: segmentShare(stage.target, segment) })),
    };
}
/** `2/4`: how the segment is named in logs and file names. */
function segmentLabel(segment) {
    return `${segment.index}/${segment.count}`;
}
/** The results file of this instance: its segment in the name, so the judge's glob finds them all apart. */
function segmentResultsName(segment) {
    return `k6-segment-${segment.index}-of-${segment.count}.ndjson`;
}

;// CONCATENATED MODULE: ./src/k6/scenario-run.ts









/** A k6 run that left nothing worth judging: the message carries k6's own error line. */
class K6RunError extends user_error/* UserError */.y {
    name = 'K6RunError';
}
/** Runs the scenario with k6; throws a K6RunError when the run left nothing to judge. */
async function runScenario(request, sink) {
    const sampler = (request.sampler ?? (() => startSampler(liveReader())))();
    const k6StartMs = Date.now();
    const title = `k6 output: ${external_node_path_default().basename(request.scriptPath)}`;
    sink.startGroup(title);
    let outcome;
    try {
        outcome = await runK6({
            k6Path: request.k6Path,
            scriptPath: request.scriptPath,
            resultsPath: external_node_path_default().join(request.workDir, request.segment ? segmentResultsName(request.segment) : 'k6-results.ndjson'),
            scriptEnv: scriptEnvironment(request),
            extraArgs: request.segment ? segmentArguments(request.segment) : [],
            log: request.stagePlan ? withStageLines(request.stagePlan, sink, title) : sink.k6Log,
            onSpawn: (pid) => sampler.watch(pid),
        });
    }
    catch (error) {
        sampler.stop();
        throw error;
    }
    finally {
        sink.endGroup();
    }
    const k6EndMs = Date.now();
    const readings = sampler.stop();
    const written = await (0,promises_.stat)(outcome.resultsPath).then((s) => s.size, () => 0);
    if (!outcome.exit.analysable || written === 0) {
        const why = outcome.errorLine ? `: ${outcome.errorLine}` : '';
        throw new K6RunError(`The k6 run failed (${outcome.exit.meaning}${written === 0 ? '; no results written' : ''})${why}`);
    }
    return {
        resultsPath: outcome.resultsPath,
        exit: outcome.exit,
        errorLine: outcome.errorLine,
        runner: { readings, k6StartMs, k6EndMs },
        insufficientVus: outcome.insufficientVus,
    };
}
/**
 * k6's output passed through, and at each stage the run enters: the group closed, the stage's
 * line said outside it, and a new group opened for the stage's output (about 250 lines a minute).
 */
function withStageLines(plan, sink, title) {
    const progress = stageProgress(plan);
    // A chunk may end inside a multi-byte character: the decoder holds it back for the next one.
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    return new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            sink.k6Log.write(chunk);
            for (const stage of progress.feed(decoder.write(chunk))) {
                sink.endGroup();
                sink.info(stageLine(stage));
                sink.startGroup(`${title}, stage ${stage.number}/${stage.count}`);
            }
            done();
        },
    });
}
/** The scenario's variables; AUTH_TOKEN travels here and only here. */
function scriptEnvironment(request) {
    const env = {
        BASE_URL: request.baseUrl,
        BOOTH_ID: String(request.boothId),
        PROFILE: request.profile,
    };
    if (request.authToken)
        env.AUTH_TOKEN = request.authToken;
    // setup() logs in only this segment's test users (scenarios/lib/segments.js).
    if (request.segment)
        env.SEGMENT = segmentLabel(request.segment);
    return env;
}
/** The folder k6 writes to, made before anything is installed or sent. */
async function prepareWorkDir(dir) {
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        // Not a K6RunError: nothing ran, so there is no failed run to report on the PR.
        throw new user_error/* UserError */.y(`Cannot create the results folder ${dir} (${code}). Free disk space or point RUNNER_TEMP at a writable folder.`);
    }
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Making untrusted text (endpoint names, k6 error messages, anything from the server
 * or the user's script) inert in GitHub markdown: no HTML, no formatting, no links,
 * no mentions, no issue references, no bidi reordering, no broken table rows.
 */
/** Longest untrusted string shown inline; the rest is cut with an ellipsis. */
const MAX_INLINE_TEXT = 160;
// ASCII punctuation CommonMark reads as syntax inline: emphasis, code, strikethrough,
// escapes, table cells, and the brackets that open links and images (with `[` escaped,
// `(`, `)` and `!` cannot form one). Block markers (#, -, >) only matter at a line
// start, which untrusted text never gets because newlines are removed.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;
// Bidirectional controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI) reorder what a reader sees, so a
// name can display as something it is not ("Trojan Source"). Each becomes a visible U+FFFD.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Replaces bidirectional controls with U+FFFD, so untrusted text shows in its stored order. */
function neutraliseBidi(text) {
    return text.replace(BIDI_CONTROLS, '\ufffd');
}
/** Collapses whitespace (newlines would end a table row or start a block) and cuts to `max` characters. */
function clipText(text, max = MAX_INLINE_TEXT) {
    const flat = neutraliseBidi(text).replace(/\s+/g, ' ').trim();
    if (flat.length <= max)
        return flat;
    return `${Array.from(flat)
        .slice(0, max - 1)
        .join('')}…`;
}
// A URL in untrusted text: shown as inline code, which GitHub renders verbatim and never links,
// so it can be read and copied whole (it used to be broken up by a zero-width space).
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)\S+/gi;
/**
 * Escapes text for inline markdown: renders literally, whatever it contains. URLs in it become
 * inline code (a backtick or pipe in one is percent-encoded: either would end the code or a table
 * cell), so a copied URL works while a server-chosen one still is no link.
 */
function escapeMarkdown(text, max = MAX_INLINE_TEXT) {
    const flat = clipText(text, max);
    let escaped = '';
    let last = 0;
    for (const match of flat.matchAll(URL_IN_TEXT)) {
        escaped += escapeProse(flat.slice(last, match.index));
        escaped += `\`${match[0].replace(/[`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}\``;
        last = match.index + match[0].length;
    }
    return escaped + escapeProse(flat.slice(last));
}
/** Escapes prose (text without URLs): entities, markdown punctuation, mentions and issue references. */
function escapeProse(text) {
    return (text
        // Entities first so the ampersands they introduce are not escaped again.
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        // GitHub links @user and notifies them; a zero-width space after @ stops it.
        .replace(/@/g, '@\u200b')
        // GitHub links issue references #123, owner/repo#45 and GH-7; a zero-width space breaks them too.
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/\b(GH)-(?=\d)/gi, '$1\u200b-'));
}
/**
 * Escapes text for a GFM table cell. escapeMarkdown already escapes `|` (GFM splits
 * cells on unescaped pipes before any inline parsing) and removes newlines; an empty
 * cell gets a dash so the row keeps its shape.
 */
function escapeTableCell(text, max = MAX_INLINE_TEXT) {
    const escaped = escapeMarkdown(text, max);
    return escaped === '' ? '—' : escaped;
}
/**
 * A fenced code block that the content cannot close: the fence is longer than any
 * run of backticks inside it.
 */
function codeBlock(content, language = '') {
    content = neutraliseBidi(content);
    const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${content}\n${fence}`;
}
/**
 * Inline code for plain facts such as a URL or a version: shown verbatim, never
 * linked. Not for table cells (a pipe would still split the cell).
 */
function inlineCode(text, max = MAX_INLINE_TEXT) {
    const flat = clipText(text, max);
    const longestRun = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space on each side, so content touching a backtick stays intact.
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/breakdown.ts


function endpointName(e) {
    const phase = e.phase === 'load' ? '' : ` (${e.phase})`;
    return `${escapeTableCell(e.method)} ${escapeTableCell(e.name)}${phase}`;
}
function errorsCell(e) {
    return e.failed === 0 ? '0' : `${formatCount(e.failed)} (${formatPercent(e.errorRate)})`;
}
/**
 * The load's endpoints, slowest p95 first. setup() and teardown() calls (logins,
 * clean-up) are not the load, so they appear only when the load made no requests.
 */
function slowestEndpoints(endpoints) {
    const load = endpoints.filter((e) => e.phase === 'load');
    return [...(load.length > 0 ? load : endpoints)].sort((a, b) => (b.duration?.p95 ?? -1) - (a.duration?.p95 ?? -1));
}
function renderEndpoints(endpoints, maxRows) {
    const sorted = slowestEndpoints(endpoints);
    if (sorted.length === 0)
        return '### Slowest endpoints\n\n_No HTTP requests were made._';
    const shown = sorted.slice(0, maxRows);
    const lines = [
        '### Slowest endpoints',
        '',
        '| Endpoint | Requests | Throughput | p95 | p99 | Max | Errors |',
        '|---|--:|--:|--:|--:|--:|--:|',
        ...shown.map((e) => {
            const d = e.duration;
            const ms = (v) => (v === undefined ? '—' : formatMs(v));
            return `| ${endpointName(e)} | ${formatCount(e.requests)} | ${formatRps(e.rps)} | ${ms(d?.p95)} | ${ms(d?.p99)} | ${ms(d?.max)} | ${errorsCell(e)} |`;
        }),
    ];
    if (sorted.length > shown.length)
        lines.push('', `_${sorted.length - shown.length} faster endpoints are in the details below._`);
    return lines.join('\n');
}
function statusLabel(status) {
    if (status === 0)
        return '0 (no response)';
    return String(status);
}
/** "dial: connection refused (1,234×)" lines, most frequent first, plus k6's error code. */
function errorMessages(s, maxMessages, maxChars) {
    const parts = s.errors
        .slice(0, maxMessages)
        .map((m) => `${escapeTableCell(m.message, maxChars)} (${formatCount(m.count)}×)`);
    const more = s.errors.length - Math.min(s.errors.length, maxMessages);
    if (more > 0)
        parts.push(`… ${more} more`);
    if (s.errorCode !== null)
        parts.push(`k6 error code ${s.errorCode}`);
    return parts.length === 0 ? '—' : parts.join('<br>');
}
function renderStatuses(statuses, maxMessages, maxChars) {
    if (statuses.length === 0)
        return '### Status codes\n\n_No responses._';
    const total = statuses.reduce((sum, s) => sum + s.count, 0);
    const sorted = [...statuses].sort((a, b) => a.status - b.status);
    return [
        '### Status codes',
        '',
        '| Status | Requests | Share | Most frequent errors |',
        '|---|--:|--:|---|',
        ...sorted.map((s) => `| ${statusLabel(s.status)} | ${formatCount(s.count)} | ${formatPercent(total === 0 ? 0 : s.count / total)} | ${errorMessages(s, maxMessages, maxChars)} |`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/chart.ts

const MAX_CHART_POINTS = 60;
/**
 * Merges neighbouring buckets so at most `maxPoints` remain. Throughput is averaged
 * (the rate over the merged span); p95s cannot be merged exactly, so the highest one is
 * kept — the chart then never hides a slow moment — and VUs keep their maximum.
 */
function downsample(series, maxPoints = MAX_CHART_POINTS) {
    const factor = Math.max(1, Math.ceil(series.buckets.length / maxPoints));
    const points = [];
    for (let i = 0; i < series.buckets.length; i += factor) {
        const group = series.buckets.slice(i, i + factor);
        const p95s = group.map((b) => b.p95).filter((p) => p !== null);
        points.push({
            offsetMs: group[0]?.offsetMs ?? 0,
            rps: group.reduce((sum, b) => sum + b.rps, 0) / group.length,
            p95: p95s.length === 0 ? null : Math.max(...p95s),
            vus: Math.max(...group.map((b) => b.vus)),
        });
    }
    return { pointMs: series.bucketMs * factor, points };
}
/** Numbers short enough for a chart: integers from 10 up, one decimal below. */
function chartNumber(value) {
    return String(Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10);
}
/** The y-axis top: a round number just above the largest value, so the axis starts at an honest 0. */
function axisTop(max) {
    if (max <= 0)
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(max));
    for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
        if (step * magnitude >= max * 1.05)
            return Number((step * magnitude).toPrecision(6));
    }
    return 10 * magnitude;
}
/**
 * One colour per chart, picked to read on GitHub's light (#ffffff) and dark (#0d1117) backgrounds
 * alike: mid-luminance hues with a contrast of at least 3:1 against both (mermaid's default
 * palette drew p95 in a pale lavender that vanished on white).
 */
const CHART_COLORS = { rps: '#2f81f7', vus: '#d9730d', p95: '#e5534b' };
/** The chart's size, smaller than mermaid's 700×500 so three charts fit a screen. */
const CHART_SIZE = { width: 700, height: 280 };
function xychart(title, axis, yTitle, yMax, series, color) {
    const init = { xyChart: CHART_SIZE, themeVariables: { xyChart: { plotColorPalette: color } } };
    return [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "time (s)" ${axis.fromS} --> ${axis.toS}`,
        `    y-axis "${yTitle}" 0 --> ${yMax}`,
        `    ${series}`,
        '```',
    ].join('\n');
}
/** The charts of the time series: the load's requests only (not setup() or teardown()), from the load's start. */
function renderCharts(series, maxPoints = MAX_CHART_POINTS) {
    const { pointMs, points } = downsample(series, maxPoints);
    if (points.length === 0)
        return '### Over time\n\n_No samples to chart._';
    const axis = {
        fromS: Math.round((points[0]?.offsetMs ?? 0) / 1000),
        toS: Math.round((points.at(-1)?.offsetMs ?? 0) / 1000),
    };
    // A single point still needs an axis of some width.
    if (axis.toS <= axis.fromS)
        axis.toS = axis.fromS + Math.max(1, Math.round(pointMs / 1000));
    const rps = points.map((p) => chartNumber(p.rps));
    const vus = points.map((p) => String(p.vus));
    const p95 = points.map((p) => chartNumber(p.p95 ?? 0));
    const merged = pointMs > series.bucketMs;
    const emptyBuckets = points.some((p) => p.p95 === null);
    const caption = [
        `Each point covers ${formatDuration(pointMs)}; 0 s is the start of the load (after setup()), as in the stage windows.`,
        `p95 is in ms${merged ? ', the highest p95 of the merged buckets' : ''}.`,
        emptyBuckets ? 'p95 is drawn as 0 where no request completed.' : '',
    ]
        .filter((s) => s !== '')
        .join(' ');
    const top = (values) => axisTop(Math.max(...values));
    return [
        '### Over time',
        '',
        `_${caption}_`,
        '',
        xychart('Requests/s', axis, 'req/s', top(points.map((p) => p.rps)), `line [${rps.join(', ')}]`, CHART_COLORS.rps),
        '',
        xychart('Active VUs', axis, 'VUs', top(points.map((p) => p.vus)), `line [${vus.join(', ')}]`, CHART_COLORS.vus),
        '',
        xychart('p95 latency (ms)', axis, 'ms', top(points.map((p) => p.p95 ?? 0)), `line [${p95.join(', ')}]`, CHART_COLORS.p95),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/figures.ts
/** How each judged figure reads: its unit, and which direction is better. */


/** A range with its unit once: "13,348 – 14,893 ms". */
function formatRange(figure, low, high) {
    const from = formatFigure(figure, low);
    const to = formatFigure(figure, high);
    const unit = / (ms|req\/s)$/.exec(to)?.[0] ?? '';
    return `${unit && from.endsWith(unit) ? from.slice(0, -unit.length) : from} – ${to}`;
}
function formatLimit(figure, limit) {
    return `${lowerIsWorse(figure) ? '≥' : '≤'} ${formatFigure(figure, limit)}`;
}
/** The change from the baseline: "+12.3 ms (+14%)"; shares (error rate, CPU, heap) move in percentage points. */
function formatChange(check) {
    const { delta } = check;
    if (!delta)
        return '—';
    const magnitude = Math.abs(delta.absolute);
    const absolute = isFraction(check.figure)
        ? `${formatPercent(magnitude).replace('%', '')} pp`
        : formatFigure(check.figure, magnitude);
    const relative = delta.relative === null ? '' : ` (${formatRelative(delta.relative)})`;
    return `${signed(absolute, delta.absolute)}${relative}`;
}
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS_ORDER = { fail: 0, warn: 1, pass: 2 };
/** Failing checks first, then warnings, then passes; the judge's order within each. */
function sortChecks(checks) {
    return checks
        .map((check, i) => ({ check, i }))
        .sort((a, b) => STATUS_ORDER[a.check.status] - STATUS_ORDER[b.check.status] || a.i - b.i)
        .map(({ check }) => check);
}

;// CONCATENATED MODULE: ./src/report/checks-table.ts



function row(check) {
    const f = check.figure;
    const cells = [
        escapeTableCell(check.name),
        check.value === null ? 'not measured' : formatFigure(f, check.value),
        limitCell(check),
        check.baseline === null ? '—' : formatFigure(f, check.baseline),
        formatChange(check),
        `${STATUS_ICON[check.status]} ${check.status}`,
    ];
    return `| ${cells.join(' | ')} |`;
}
/** Why a check did not pass, in one line: the judge's own sentence (it names the interval). */
function reason(check) {
    return `- ${STATUS_ICON[check.status]} **${escapeMarkdown(check.name)}**: ${escapeMarkdown(check.confidence)}`;
}
/** A warn-level limit reads differently from a failing one: two checks may share a figure. */
function limitCell(check) {
    if (check.limit === null)
        return '—';
    const limit = formatLimit(check.figure, check.limit);
    return check.severity === 'warn' ? `${limit} (warn only)` : limit;
}
/**
 * The checks table. `maxRows` keeps the size bounded when there are very many checks:
 * failing and warning rows come first, so they are the ones kept.
 */
function renderChecksTable(checks, maxRows = null) {
    if (checks.length === 0)
        return '_No checks were configured for this scenario._';
    const sorted = sortChecks(checks);
    const shown = maxRows === null ? sorted : sorted.slice(0, maxRows);
    const lines = [
        '| Check | Value | Limit | Baseline | Change | Status |',
        '|---|--:|--:|--:|--:|---|',
        ...shown.map(row),
    ];
    const hidden = sorted.slice(shown.length);
    if (hidden.length > 0) {
        const count = (status) => hidden.filter((c) => c.status === status).length;
        lines.push('', `_${hidden.length} more checks not shown to fit the comment: ${count('fail')} failed, ${count('warn')} warned, ${count('pass')} passed._`);
    }
    const notPassed = shown.filter((c) => c.status !== 'pass');
    if (notPassed.length > 0)
        lines.push('', ...notPassed.map(reason));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/details.ts





const LATENCY_HEADERS = 'avg | med | p90 | p95 | p99 | max';
const LATENCY_ALIGN = '--:|--:|--:|--:|--:|--:';
function latencyCells(d) {
    if (d === null)
        return Array(6).fill('—').join(' | ');
    return [d.avg, d.med, d.p90, d.p95, d.p99, d.max].map(formatMs).join(' | ');
}
function requestCells(r) {
    return `${formatCount(r.requests)} | ${formatRps(r.rps)} | ${latencyCells(r.duration)} | ${formatCount(r.failed)} (${formatPercent(r.errorRate)})`;
}
/** Only the file's name: its folder may be a temp dir (a runner path, a user name). */
function fileBasename(file) {
    return file.split(/[\\/]/).pop() ?? file;
}
function latencyRows(d) {
    return [
        ['Latency avg / min / med', `${formatMs(d.avg)} / ${formatMs(d.min)} / ${formatMs(d.med)}`],
        [
            'Latency p90 / p95 / p99 / max',
            `${formatMs(d.p90)} / ${formatMs(d.p95)} / ${formatMs(d.p99)} / ${formatMs(d.max)}`,
        ],
    ];
}
function requestRows(r) {
    return [
        ['Requests', formatCount(r.requests)],
        ['Failed requests', `${formatCount(r.failed)} (${formatPercent(r.errorRate)})`],
        ['Throughput', formatRps(r.rps)],
    ];
}
function figureTable(title, rows) {
    return [title, '', '| Figure | Value |', '|---|--:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
/** The figures the checks judge: the load's requests, not setup()'s logins or teardown()'s clean-up. */
function loadTable(result) {
    const o = result.overall;
    const d = o.duration;
    const ci = (c) => formatRange('p95', c.low, c.high);
    const rows = requestRows(o);
    rows.push(['Load time', formatDuration(result.loadDurationMs)]);
    if (d !== null)
        rows.push(...latencyRows(d), ['p95, 95% interval', ci(d.p95Ci)], ['p99, 95% interval', ci(d.p99Ci)]);
    rows.push(['Stages', stagesSource(result)]);
    return figureTable('#### The load (what the checks judge; setup() and teardown() left out)', rows);
}
/** Where the stages came from, in a reader's words: the run's own tags, or the plan of the profile given. */
function stagesSource(result) {
    const d = result.described;
    const tagged = d.scenario !== null && d.profile !== null ? ` (${escapeTableCell(d.scenario)}, ${escapeTableCell(d.profile)})` : '';
    const windows = d.windowsFrom === 'requests'
        ? 'windows from when their requests ran'
        : d.windowsFrom === 'plan'
            ? "windows from the plan's times"
            : 'none';
    switch (d.planFrom) {
        case 'tags':
            return `from the requests' scenario and profile tags${tagged}, ${windows}`;
        case 'given':
            return d.profile === null
                ? `the requests carry no profile tag: from the scenario and profile inputs, ${windows}`
                : `from the scenario and profile inputs, ${windows}`;
        default:
            return windows === 'none' ? 'none' : windows;
    }
}
/** k6's own whole-run figures, exactly as its end-of-test summary prints them. */
function wholeRunTable(result) {
    const o = result.wholeRun;
    const rows = requestRows(o);
    if (o.duration !== null)
        rows.push(...latencyRows(o.duration));
    rows.push(['Iterations', formatCount(o.iterations)], ['Dropped iterations', formatCount(o.droppedIterations)], ['VUs (max)', formatCount(o.maxVus)], ['k6 checks', `${formatCount(o.checks.passes)} passed, ${formatCount(o.checks.fails)} failed`], ['Started / ended', `${escapeTableCell(result.startTime)} / ${escapeTableCell(result.endTime)}`], ['Results file', escapeTableCell(fileBasename(result.file))]);
    return figureTable("#### Whole run, setup() and teardown() included, as k6's summary prints them", rows);
}
function stagesTable(result) {
    if (result.stages.length === 0)
        return '';
    return [
        '#### Stages',
        '',
        `| Stage | Window | Requests | Throughput | ${LATENCY_HEADERS} | Errors | VUs (max) |`,
        `|---|---|--:|--:|${LATENCY_ALIGN}|--:|--:|`,
        ...result.stages.map((s) => `| ${s.stage.index + 1}: ${escapeTableCell(s.stage.label)} | ${formatOffset(s.stage.startMs)}–${formatOffset(s.stage.endMs)} | ${requestCells(s)} | ${formatCount(s.maxVus)} |`),
    ].join('\n');
}
function endpointsTable(result, maxRows) {
    if (result.endpoints.length === 0)
        return '';
    const sorted = [...result.endpoints].sort((a, b) => (b.duration?.p95 ?? -1) - (a.duration?.p95 ?? -1));
    const shown = sorted.slice(0, maxRows);
    const lines = [
        '#### Endpoints',
        '',
        `| Endpoint | Phase | Requests | Throughput | ${LATENCY_HEADERS} | Errors |`,
        `|---|---|--:|--:|${LATENCY_ALIGN}|--:|`,
        ...shown.map((e) => `| ${escapeTableCell(e.method)} ${escapeTableCell(e.name)} | ${e.phase} | ${requestCells(e)} |`),
    ];
    if (sorted.length > shown.length)
        lines.push('', `_${sorted.length - shown.length} faster endpoints left out to fit the comment._`);
    return lines.join('\n');
}
function statusTable(result, maxMessages) {
    if (result.statuses.length === 0)
        return '';
    return [
        '#### Status codes and error messages',
        '',
        '| Status | Requests | Error messages |',
        '|---|--:|---|',
        ...[...result.statuses]
            .sort((a, b) => a.status - b.status)
            .map((s) => `| ${statusLabel(s.status)} | ${formatCount(s.count)} | ${errorMessages(s, maxMessages, 300)} |`),
    ].join('\n');
}
function checksTable(checks) {
    if (checks.length === 0)
        return '';
    const value = (c, v) => (v === null ? '—' : formatFigure(c.figure, v));
    return [
        '#### Checks',
        '',
        '| Check | Value | 95% interval | Limit | Status | How sure |',
        '|---|--:|--:|--:|---|---|',
        ...sortChecks(checks).map((c) => {
            const interval = c.interval ? formatRange(c.figure, c.interval.low, c.interval.high) : '—';
            const limit = c.limit === null ? '—' : formatLimit(c.figure, c.limit);
            return `| ${escapeTableCell(c.name)} | ${value(c, c.value)} | ${interval} | ${limit} | ${STATUS_ICON[c.status]} ${c.status} | ${escapeTableCell(c.confidence)} |`;
        }),
    ].join('\n');
}
function collapsed(summary, body) {
    // The blank lines let GitHub render the markdown inside the HTML block.
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function renderDetails(result, checks, context, budget) {
    const blocks = [];
    if (budget.figures !== 'none') {
        const sections = budget.figures === 'all'
            ? [
                loadTable(result),
                wholeRunTable(result),
                stagesTable(result),
                endpointsTable(result, budget.endpointRows),
                statusTable(result, budget.errorMessages),
                checksTable(checks),
            ]
            : [loadTable(result), wholeRunTable(result)];
        blocks.push(collapsed('All figures', sections.filter((s) => s !== '').join('\n\n')));
    }
    blocks.push(collapsed('Reproduce this run locally', `Secrets such as \`AUTH_TOKEN\` come from your environment, never from this command.\n\n${codeBlock(context.reproduce, 'sh')}`));
    return blocks.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/load-generator.ts
/** What the report says about the runner k6 ran on, and about a confirmation run. */





const share = (value) => (value === null ? 'not shown by the OS' : formatPercent(value));
/** The runner's health, peak CPU and memory, and k6's own warnings with their likely cause. */
function renderLoadGenerator(generator) {
    const { health } = generator;
    const overloaded = health.status === 'overloaded';
    const cause = overloaded ? 'the runner (its CPU was saturated)' : 'slow responses (VUs waiting on the target)';
    const rows = [
        [
            'Status',
            overloaded
                ? `⚠️ overloaded: all cores ≥ ${formatPercent(SATURATED_BUSY)} busy for ${formatCount(Math.round(health.saturatedMs / 1000))} s of the load's ${formatCount(Math.round(health.sampledMs / 1000))} s (limit ${formatPercent(SATURATED_SHARE)})`
                : 'ok',
        ],
        ['Peak CPU, all cores', share(health.peakCpu)],
        ["Peak CPU, k6's own (share of all cores)", share(health.peakK6Cpu)],
        ['Peak memory used', share(health.peakMemory)],
    ];
    if (generator.insufficientVus !== null)
        rows.push([`k6 warned "${escapeTableCell(generator.insufficientVus)}"`, `cause: ${cause}`]);
    if (generator.droppedIterations > 0)
        rows.push(['Dropped iterations', `${formatCount(generator.droppedIterations)}; cause: ${cause}`]);
    return [
        '#### Load generator',
        '',
        '| Figure | Value |',
        '|---|--:|',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ].join('\n');
}
const cell = (row, value) => (value === null ? '—' : formatFigure(row.figure, value));
/** One line for the headline, and for a re-run the two runs side by side. */
function renderConfirmation(confirmation) {
    if (confirmation.kind === 'not-rerun')
        return `> **Not confirmed:** ${escapeMarkdown(confirmation.reason)}.`;
    const lead = confirmation.repeated
        ? '> **Confirmed:** the latency failure repeated in a second run; the verdict rests on the confirmation run.'
        : '> **Not confirmed:** the latency failure did not repeat in a second run, so it was noise; the verdict rests on the confirmation run.';
    return [
        lead,
        '',
        '| Figure | First run | Confirmation run | Limit |',
        '|---|--:|--:|--:|',
        ...confirmation.rows.map((row) => `| ${escapeTableCell(row.name)} | ${cell(row, row.first)} ${STATUS_ICON[row.firstStatus]} | ${cell(row, row.second)} ${STATUS_ICON[row.secondStatus]} | ${row.limit === null ? '—' : formatFigure(row.figure, row.limit)} |`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/headline.ts
/** The first lines a reader sees: the verdict, how many checks failed, and what was run where. */





const TITLE = {
    pass: 'Performance gate passed',
    warn: 'Performance gate passed with warnings',
    fail: 'Performance gate failed',
};
function headline_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function tally(verdict) {
    const total = verdict.checks.length;
    if (total === 0)
        return 'no checks configured';
    const failed = verdict.checks.filter((c) => c.status === 'fail').length;
    const warned = verdict.checks.filter((c) => c.status === 'warn').length;
    const parts = [];
    if (failed > 0)
        parts.push(`${failed} of ${total} checks failed`);
    if (warned > 0)
        parts.push(failed > 0 ? headline_plural(warned, 'warning') : `${warned} of ${total} checks warned`);
    if (parts.length === 0)
        parts.push(`all ${headline_plural(total, 'check')} passed`);
    return parts.join(', ');
}
function renderHeadline(verdict, result, context) {
    // A judged results file has no target or k6 of ours: say nothing rather than "unknown".
    const facts = [
        `**Scenario** ${escapeMarkdown(context.scenario)}`,
        `**Profile** ${escapeMarkdown(context.profile)}`,
        context.target === null ? null : `**Target** ${inlineCode(context.target)}`,
        context.k6Version === null ? null : `**k6** ${escapeMarkdown(context.k6Version)}`,
        `**Duration** ${formatDuration(result.durationMs)}`,
        context.commit === null ? null : `**Commit** ${inlineCode(context.commit.slice(0, 7))}`,
    ].filter((fact) => fact !== null);
    const missing = missingEvidence(result.evidence);
    const title = `${TITLE[verdict.status]}: ${tally(verdict)}${missing === null ? '' : `; ${escapeMarkdown(missing)}`}`;
    // An inconclusive run opens with what happened: its verdict cannot speak for latency.
    const lines = verdict.inconclusive
        ? [
            `## ${STATUS_ICON[verdict.status]} Inconclusive run: ${escapeMarkdown(verdict.inconclusive)}`,
            '',
            `${title}. Latency, throughput and dropped iterations only warn; error rates are still judged.`,
            '',
            facts.join(' · '),
        ]
        : [`## ${STATUS_ICON[verdict.status]} ${title}`, '', facts.join(' · ')];
    if (verdict.confirmation)
        lines.push('', renderConfirmation(verdict.confirmation));
    if (context.incomplete) {
        const why = context.incompleteReason === null ? '' : `: ${escapeMarkdown(context.incompleteReason)}`;
        lines.push('', `> **⚠️ Incomplete run**${why}. The figures cover only what ran.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/history-section.ts
/**
 * The "vs <base branch>" section: this run against the base branch's recent runs (centre, band,
 * change, how many runs the band rests on), one line on the smallest regression the gate can
 * catch today, and a trend chart of the headline figure with this run as the last point.
 */





/** Notes name a file, a branch and GitHub's answer: longer than a table cell. */
const NOTE_CHARS = 400;
const STATUS_TEXT = { pass: 'within band', notable: 'notable', regression: 'regression', insufficient: '—' };
const ICON = { pass: STATUS_ICON.pass, notable: 'ℹ️', regression: STATUS_ICON.fail, insufficient: '' };
/** "+12%" for latencies and rps (signed as measured), "+0.4 pp" for a share. */
function changeText(figure, value, centre) {
    if (isFraction(figure)) {
        const pp = (value - centre) * 100;
        return `${pp >= 0 ? '+' : '-'}${Math.abs(pp).toFixed(2)} pp`;
    }
    return centre === 0 ? '—' : formatRelative(value / centre - 1);
}
/** The smallest change the band fails, in the figure's worse direction. */
function detectableText(row) {
    const d = row.comparison.detectableChange;
    if (d === null)
        return null;
    if (isFraction(row.figure))
        return `${escapeMarkdown(row.name)} +${(d * 100).toFixed(2)} pp`;
    return `${escapeMarkdown(row.name)} ${formatRelative(lowerIsWorse(row.figure) ? -d : d)}`;
}
function tableRow(row) {
    const k = row.comparison;
    const centre = k.centre ?? 0;
    const cells = [
        escapeTableCell(row.name),
        formatFigure(row.figure, k.value),
        formatFigure(row.figure, centre),
        k.bound === null ? '—' : `${lowerIsWorse(row.figure) ? '≥' : '≤'} ${formatFigure(row.figure, k.bound)}`,
        changeText(row.figure, k.value, centre),
        String(k.runs),
        `${ICON[k.status]} ${STATUS_TEXT[k.status]}`,
    ];
    return `| ${cells.join(' | ')} |`;
}
/** The figure the trend chart follows: overall p95 when checked, else the first compared. */
function chartRow(rows) {
    return rows.find((r) => r.figure === 'p95' && r.scope.kind === 'overall') ?? rows[0];
}
function trendChart(row, base) {
    const k = row.comparison;
    if (k.history.length === 0)
        return null;
    const scale = isFraction(row.figure) ? 100 : 1;
    const unit = isFraction(row.figure) ? '%' : row.figure === 'rps' ? 'req/s' : 'ms';
    const values = [...k.history.map((p) => p.value), k.value].map((v) => v * scale);
    const labels = [...k.history.map((p) => p.commit.replace(/[^0-9A-Za-z]/g, '').slice(0, 7)), 'this run'];
    const series = [`line [${values.map(chartNumber).join(', ')}]`];
    if (k.bound !== null)
        series.push(`line [${values.map(() => chartNumber((k.bound ?? 0) * scale)).join(', ')}]`);
    const top = axisTop(Math.max(...values, (k.bound ?? 0) * scale));
    // Inside a code block markdown escaping does not apply: quotes, backticks and newlines go.
    const title = `${row.name} (${unit}) on ${base}, then this run`.replace(/[`"\s]+/g, ' ');
    return [
        `_Trend: ${escapeMarkdown(row.name)} over the last ${k.history.length} run${k.history.length === 1 ? '' : 's'} of ${escapeMarkdown(base)}, this run last${k.bound === null ? '' : '; the flat line is the band'}._`,
        '',
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "commit" [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `    y-axis "${unit}" 0 --> ${top}`,
        ...series.map((s) => `    ${s}`),
        '```',
    ].join('\n');
}
function renderHistorySection(report) {
    const lines = [`### vs ${escapeMarkdown(report.base)}`, ''];
    if (report.fallback !== null)
        lines.push(`_${escapeMarkdown(report.fallback, NOTE_CHARS)}._`, '');
    const judged = report.rows.filter((r) => r.comparison.status !== 'insufficient');
    if (judged.length > 0) {
        lines.push(`| Figure | This run | Centre | Band | Change | Runs | vs ${escapeTableCell(report.base)} |`, '|---|--:|--:|--:|--:|--:|---|', ...judged.map(tableRow), '');
        const detectable = judged.map(detectableText).filter((t) => t !== null);
        lines.push(`_What the gate can detect today (the smallest change each band fails, over ${report.runs} runs): ${detectable.join(', ')}._`, '');
    }
    const row = chartRow(report.rows);
    const chart = row ? trendChart(row, report.base) : null;
    if (chart !== null)
        lines.push(chart, '');
    for (const note of report.notes)
        lines.push(`_${escapeMarkdown(note, NOTE_CHARS)}_`);
    return lines.join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/report/notes.ts

/** Runs at least this long can use up a t3.micro's CPU burst credits. */
const LONG_RUN_MS = 2 * 60_000;
/** From this share of requests without a response (status 0), the target was down rather than struggling. */
const NO_RESPONSE_SHARE = 0.9;
/** What k6's error codes of requests without a response mean (k6's lib/netext/httpext/error_codes.go). */
const NO_RESPONSE_CAUSES = {
    1050: 'request timeout',
    1100: 'DNS lookup failed',
    1101: 'no such host',
    1210: 'connection failed',
    1211: 'connection timeout',
    1212: 'connection refused',
    1220: 'connection reset',
};
/**
 * Says the target was down when nearly every request, setup()'s logins included, got no
 * response: a target that refuses the logins leaves the load nothing to send, so the load's
 * own requests alone cannot tell.
 */
function targetDownNote(result) {
    const noResponse = result.statuses.find((s) => s.status === 0);
    const requests = result.overall.requests;
    if (noResponse === undefined || requests === 0 || noResponse.count / requests < NO_RESPONSE_SHARE)
        return null;
    const code = noResponse.errorCode;
    const cause = code === null ? '' : ` (${NO_RESPONSE_CAUSES[code] ? `${NO_RESPONSE_CAUSES[code]}, ` : ''}k6 error ${code})`;
    return `🔌 The target did not answer: ${formatPercent(noResponse.count / requests)} of requests got no response${cause}.`;
}
function renderNotes(result, context) {
    const notes = [];
    const targetDown = targetDownNote(result);
    if (targetDown !== null)
        notes.push(targetDown);
    const instances = result.instances ?? [];
    if (instances.length > 1) {
        let skewMs = 0;
        for (const instance of instances)
            skewMs = Math.max(skewMs, instance.skewMs);
        notes.push(`🧩 ${instances.length} k6 instances (execution segments) judged as one run; their loads started up to ${formatDuration(skewMs)} apart, and each instance's stages are aligned to its own start.`);
    }
    if (result.truncated) {
        notes.push('⚠️ The results file ends mid-line (k6 was stopped while writing): the last samples are missing.');
    }
    if (result.overall.droppedIterations > 0) {
        notes.push(`⚠️ k6 dropped ${formatCount(result.overall.droppedIterations)} iterations it could not start in time (no free VU): the target got less load than planned.`);
    }
    if (result.durationMs >= LONG_RUN_MS) {
        notes.push(`🔋 A ${formatDuration(result.durationMs)} run on a t3.micro (the baseline's instance) may drain its CPU burst credits, after which the CPU is throttled and latency climbs: check the CPUCreditBalance before blaming the code.`);
    }
    if (context.cleanedUp === true) {
        notes.push('🧹 Test data cleaned: teardown() removed the test users from the waiting lines.');
    }
    else if (context.cleanedUp === false) {
        notes.push('⚠️ Test data **not** cleaned: the waiting lines still hold the test users. Remove them with `DELETE /api/v1/waitings/{boothId}` per user, or `FLUSHDB` on the staging Redis.');
    }
    else {
        notes.push('❔ Unknown whether the test users were removed from the waiting lines afterwards.');
    }
    return ['### Notes', '', ...notes.map((n) => `- ${n}`)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/stage-template.ts



/** A ramp down to 0 is the cool-down: the guide's template leaves it out. */
function templateStages(stages) {
    const loaded = stages.filter((s) => s.stage.target > 0);
    return loaded.length > 0 ? loaded : stages;
}
/** Column headers: the stage labels, numbered where two stages share one (a ramp and its hold). */
function headers(stages, knee) {
    return stages.map((s) => {
        const label = escapeTableCell(s.stage.label);
        const shared = stages.filter((o) => o.stage.label === s.stage.label).length > 1;
        const text = shared ? `${label} (stage ${s.stage.index + 1})` : label;
        return knee?.stageIndex === s.stage.index ? `**${text}** ⚠️` : text;
    });
}
function optional(value, format) {
    return value === null || value === undefined ? '—' : format(value);
}
const REQUEST_ROWS = [
    ['TPS', (s) => formatRps(s.rps)],
    ['p95 latency', (s) => optional(s.duration?.p95, formatMs)],
    ['p99 latency', (s) => optional(s.duration?.p99, formatMs)],
    ['error rate', (s) => (s.requests === 0 ? '—' : formatPercent(s.errorRate))],
];
/** What a server row adds after its value: GC pauses read with their average length. */
const SERVER_DETAIL = {
    'gc-pauses': (n, m) => (n > 0 && m.gcPauseMs != null ? ` (${formatMs(m.gcPauseMs / n)} avg)` : ''),
};
/** One row per server figure of the catalogue, in its order. */
const SERVER_ROWS = SERVER_CHECK_FIGURES.map((figure) => {
    const field = serverField(figure);
    const cell = (_s, m) => optional(m?.[field], (v) => `${formatFigure(figure, v)}${m ? (SERVER_DETAIL[figure]?.(v, m) ?? '') : ''}`);
    return { label: serverSource(figure).stageRowLabel, field, cell };
});
/** A markdown link target that cannot break out of its parentheses; null when not http(s). */
function safeLinkTarget(url) {
    if (!/^https?:\/\//i.test(url.trim()))
        return null;
    return url.trim().replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function renderStageTemplate(input) {
    const { knee } = input;
    if (input.stages.length === 0)
        return '### Load stages\n\n_No stage figures: the load itself made no requests (see the status codes below)._';
    const stages = templateStages(input.stages);
    const server = new Map((input.serverStages ?? []).map((m) => [m.stageIndex, m]));
    // A server row appears only when some stage has that metric.
    const serverRows = SERVER_ROWS.filter(({ field }) => [...server.values()].some((m) => m[field] != null)).map(({ label, cell }) => [label, cell]);
    const arrivalRate = stages.some((s) => s.stage.unit === 'iterations/s');
    const rows = [
        ...REQUEST_ROWS,
        ...(arrivalRate ? [['VUs needed (max)', (s) => formatCount(s.maxVus)]] : []),
        ...serverRows,
    ];
    const lines = [
        '### Load stages',
        '',
        `| | ${headers(stages, knee).join(' | ')} |`,
        `|---|${stages.map(() => '--:').join('|')}|`,
        ...rows.map(([name, cell]) => `| ${name} | ${stages.map((s) => cell(s, server.get(s.stage.index))).join(' | ')} |`),
        '',
    ];
    lines.push(knee === null
        ? '**Knee:** none found: no stage degraded enough to call it the point where performance breaks.'
        : `**Knee:** performance starts to degrade from **${escapeMarkdown(knee.label)}**: ${escapeMarkdown(knee.reason)}`);
    if (input.bottleneck)
        lines.push('', `**Likely bottleneck:** ${escapeMarkdown(input.bottleneck)}`);
    const link = input.dashboardUrl ? safeLinkTarget(input.dashboardUrl) : null;
    if (link)
        lines.push('', `[Open the Grafana dashboard for this run](${link})`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The report: the sticky PR comment and the job summary. Verdict and failing checks
 * first, the guide's template and breakdowns next, raw figures collapsed at the end.
 */









const FULL = {
    details: { figures: 'all', endpointRows: Infinity, errorMessages: 10 },
    endpointRows: 10,
    errorMessages: 3,
    errorMessageChars: 120,
    chart: true,
    breakdown: true,
    stages: true,
    notes: true,
    checkRows: null,
};
/** Ever smaller reports, tried in order: the details shrink first, the verdict and checks never. */
const BUDGETS = [
    FULL,
    { ...FULL, details: { figures: 'all', endpointRows: 50, errorMessages: 3 } },
    { ...FULL, details: { figures: 'all', endpointRows: 10, errorMessages: 1 } },
    { ...FULL, details: { figures: 'overall', endpointRows: 0, errorMessages: 0 } },
    { ...FULL, details: { figures: 'none', endpointRows: 0, errorMessages: 0 } },
    {
        ...FULL,
        details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
        endpointRows: 5,
        errorMessages: 1,
        errorMessageChars: 80,
    },
    {
        ...FULL,
        details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
        endpointRows: 5,
        errorMessages: 1,
        errorMessageChars: 80,
        chart: false,
    },
    {
        ...FULL,
        details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
        chart: false,
        breakdown: false,
        stages: false,
        notes: false,
    },
];
const SHORTENED = "_Parts of this report were left out to fit GitHub's comment size limit; the job summary has more room._";
function compose(input, budget, shortened) {
    const { result, verdict, context } = input;
    const sections = [renderHeadline(verdict, result, context), renderChecksTable(verdict.checks, budget.checkRows)];
    if (input.history)
        sections.push(renderHistorySection(input.history));
    if (budget.stages) {
        sections.push(renderStageTemplate({
            stages: result.stages,
            knee: verdict.knee,
            serverStages: input.serverStages,
            bottleneck: input.bottleneck,
            dashboardUrl: input.dashboardUrl,
        }));
    }
    if (budget.breakdown) {
        sections.push(renderEndpoints(result.endpoints, budget.endpointRows), renderStatuses(result.statuses, budget.errorMessages, budget.errorMessageChars));
    }
    if (budget.chart)
        sections.push(renderCharts(result.timeSeries));
    if (budget.notes)
        sections.push(renderNotes(result, context));
    if (input.loadGenerator)
        sections.push(renderLoadGenerator(input.loadGenerator));
    sections.push(renderDetails(result, verdict.checks, context, budget.details));
    if (shortened)
        sections.push(SHORTENED);
    return `${sections.join('\n\n')}\n`;
}
/**
 * Renders the report as GitHub markdown no longer than `maxChars` (UTF-16 units, which
 * never undercount GitHub's characters). Pure: the same input gives the same text.
 */
function renderReport(input, options = {}) {
    // Where the report goes decides its room (the publisher passes GitHub's); unbounded by default.
    const maxChars = options.maxChars ?? Infinity;
    for (const [i, budget] of BUDGETS.entries()) {
        const text = compose(input, budget, i > 0);
        if (text.length <= maxChars)
            return text;
    }
    // Even the bare verdict is too long: so many checks that the table itself must shrink.
    const smallest = BUDGETS[BUDGETS.length - 1] ?? FULL;
    for (let rows = input.verdict.checks.length - 1; rows >= 0; rows = rows > 8 ? Math.floor(rows * 0.7) : rows - 1) {
        const text = compose(input, { ...smallest, checkRows: rows }, true);
        if (text.length <= maxChars)
            return text;
    }
    // A limit too small for any report: cut it.
    return `${compose(input, { ...smallest, checkRows: 0 }, true).slice(0, Math.max(0, maxChars - 2))}…\n`.slice(0, maxChars);
}

;// CONCATENATED MODULE: ./src/report/failed-run.ts

/** A report for a run with no figures to show: its title, the run, why, and any closing lines. */
function renderFailedRun(title, run, reason, closing = []) {
    return [
        `## ❌ Performance gate failed: ${title}`,
        '',
        `**Scenario** ${run.scenario} · **Profile** ${run.profile} · **Target** ${escapeMarkdown(run.target)}`,
        '',
        escapeMarkdown(reason),
        '',
        ...closing.flatMap((line) => [line, '']),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/no-results.ts

/**
 * The short report of a k6 run that left nothing to judge (a script exception, bad flags, an
 * invalid configuration). It replaces the sticky comment's previous result, which would
 * otherwise go on showing a verdict for code this run never measured.
 */
function renderNoResults(run, reason) {
    return renderFailedRun('the latest run produced no results', run, reason, [
        '_Any earlier result shown here is out of date: fix the run and push again._',
    ]);
}

;// CONCATENATED MODULE: ./src/report/target-down.ts

/** The short report of a run that never started because the target did not answer. */
function renderTargetDown(run, reason) {
    return renderFailedRun('the target is unreachable', run, reason);
}

;// CONCATENATED MODULE: ./src/k6/segment-run.ts



async function waitForStartAt(startAtMs, io) {
    if (startAtMs === null || startAtMs === undefined)
        return;
    await waitForStart(startAtMs, { now: Date.now, sleep: sleep }, io.info);
}
/** Says which file to upload; sets no verdict and posts no comment. */
function handOverSegment(io, segment, resultsPath) {
    io.setOutput('results-file', resultsPath);
    io.info(`Segment ${segmentLabel(segment)} ran its share of the load and judges nothing: upload ${resultsPath} ` +
        '(output results-file) and judge all segments together in a later job with results-file: segments/*.ndjson*');
}

;// CONCATENATED MODULE: ./src/target/check.ts




/** The staging URL answered nothing: no load was sent. */
class TargetDownError extends user_error/* UserError */.y {
    name = 'TargetDownError';
}
/**
 * One request before any load: an unreachable target (DNS, refused, timeout) fails in seconds
 * with the reason, instead of k6 spending minutes recording connection errors as latency.
 * Any HTTP answer, even 401 or 404, proves the server is there.
 */
async function checkTargetReachable(baseUrl, probe = httpProbe, timeoutMs = 10_000) {
    try {
        await probe(baseUrl, timeoutMs);
    }
    catch (error) {
        const fix = 'Check base-url and that staging is up and reachable from this runner.';
        throw new TargetDownError(`The target ${baseUrl} is unreachable (${networkReason(error, { timeoutMs })}); no load was sent. ${fix}`, { input: 'base-url', fix });
    }
}
/** node:http rather than fetch: fetch refuses "bad ports" (6000, 6665, …) that k6 and staging servers use. */
function httpProbe(url, timeoutMs) {
    return new Promise((resolve, reject) => {
        const client = url.startsWith('https:') ? (external_node_https_default()) : (external_node_http_default());
        const request = client.request(url, { method: 'GET', timeout: timeoutMs }, (response) => {
            response.resume();
            resolve();
        });
        request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
        request.on('error', reject);
        request.end();
    });
}

;// CONCATENATED MODULE: ./src/main.ts



























/**
 * The whole gate, one named step after another: install k6 → check the target → run k6 →
 * analyse → server metrics → judge (→ confirm: run and judge again) → render → publish →
 * outputs. Each step gets only the part of the config it needs.
 */
async function run(io = actionsIO(), runner = {}) {
    let config = null;
    let event = null;
    try {
        const environment = configEnvironment(io);
        config = readConfig(io.getInput, environment);
        maskSecrets(io, config);
        event = readRunEvent(io.env);
        const thresholds = await loadThresholds(config.thresholdsPath);
        const settings = config;
        if (config.resultsFile === null && config.scenario.kind !== 'custom')
            checkScopesReachable(thresholds, bundledReach(config.scenario.kind, config.profile));
        // Before anything is installed, sent or published: outputs are written there in every mode.
        await prepareWorkDir(config.workDir);
        let runK6 = null;
        if (config.resultsFile === null) {
            const baseUrl = config.baseUrl ?? '';
            // k6 first: a bad k6-path is refused before any request reaches the target.
            const installed = await installK6({ version: config.k6Version, k6Path: config.k6Path, downloadBaseUrl: config.k6DownloadBaseUrl }, { log: { info: io.info, warning: io.warning, debug: () => { } } });
            await checkTargetReachable(baseUrl);
            runK6 = scenarioRunner(config, installed, io, runner);
            await waitForStartAt(config.startAtMs, io);
            if (config.segment) {
                const share = await runK6();
                return handOverSegment(io, config.segment, share.run.resultsPath);
            }
        }
        else {
            io.info(`Judging the existing k6 results in ${config.resultsFile}`);
        }
        const stagePlan = config.scenario.kind === 'custom' ? undefined : (0,options/* stagePlanFor */.$z)(config.scenario.kind, config.profile);
        const resultsFiles = runK6 ? [] : await givenResultsFiles(config, environment);
        const judgeOnce = async () => judgeRun({ ...settings, resultsFiles }, thresholds, runK6 ? await runK6() : null, stagePlan, io.warning);
        const confirmed = await confirmFailures(await judgeOnce(), {
            enabled: config.confirm,
            rerun: runK6 && judgeOnce,
            info: io.info,
        });
        const { k6, result, server, loadGenerator } = confirmed;
        const history = await historyStep({
            io,
            config,
            event,
            result,
            thresholds,
            k6,
            loadGenerator: loadGenerator?.health.status ?? null,
        });
        const verdict = history.fold(history.baseline === 'history'
            ? rejudge({ result, server, loadGenerator }, history.thresholds)
            : confirmed.verdict);
        const profile = settleProfile(config, result.described);
        const context = runContext({ ...config, profile }, k6, result, {
            commit: event.commit,
            workspace: io.env.GITHUB_WORKSPACE || process.cwd(),
        });
        const reportInput = {
            result,
            verdict,
            context,
            ...server,
            serverStages: server.serverStages ?? undefined,
            loadGenerator,
            history: history.report,
        };
        const markdown = {
            comment: renderReport(reportInput, { maxChars: REPORT_MAX_CHARS }),
            summary: renderReport(reportInput, { maxChars: SUMMARY_MAX_CHARS }),
        };
        const comment = await publishReport(io, publishSettings(config), event, markdown, verdict.status);
        await writeOutputs(io, config.workDir, {
            result,
            verdict,
            context,
            commentUrl: comment.url,
            loadGenerator,
            resultsFile: k6?.run.resultsPath ?? config.resultsFile ?? '',
            baseline: history.baseline,
        });
        const exit = stepFails(verdict, config.failOn);
        if (exit.fails)
            io.setFailed(exit.reason);
        else
            io.info(`perf-gate verdict: ${verdict.status}. ${exit.reason}`);
    }
    catch (error) {
        const reason = describeFailure(error, config);
        if (config !== null && event !== null && (error instanceof TargetDownError || error instanceof K6RunError)) {
            // Said everywhere a full report would have gone: job summary, PR comment, outputs.
            const run = { scenario: config.scenario.kind, profile: config.profile, target: config.baseUrl ?? '' };
            const report = error instanceof K6RunError ? renderNoResults(run, reason) : renderTargetDown(run, reason);
            await publishReport(io, publishSettings(config), event, report, 'fail');
            io.setOutput('verdict', 'fail');
        }
        io.setFailed(reason);
    }
}
/** results-file's paths and globs, expanded; each file found is held to the workspace like a single one. */
async function givenResultsFiles(config, env) {
    const files = await expandResultsFiles(config.resultsFiles ?? [], env.cwd);
    if (!config.allowPathsOutsideWorkspace)
        for (const file of files)
            confinePath('results-file', file, [env.cwd, env.tempDir]);
    return files;
}
function bundledReach(scenario, profile) {
    return { scenario, endpoints: Object.values(options/* ENDPOINTS */.Hr), stageCount: (0,options/* stagePlanFor */.$z)(scenario, profile).stages.length };
}
/** Runs the scenario with the installed k6; called once, and again to confirm a latency failure. */
function scenarioRunner(config, installed, io, runner) {
    const baseUrl = config.baseUrl ?? '';
    return async () => {
        io.info(`Running ${external_node_path_default().basename(config.scenario.scriptPath)} (${config.profile}) with k6 v${installed.version} against ${baseUrl}`);
        const k6Run = await runScenario({
            k6Path: installed.k6Path,
            scriptPath: config.scenario.scriptPath,
            workDir: config.workDir,
            baseUrl,
            boothId: config.boothId,
            profile: config.profile,
            authToken: config.authToken,
            sampler: runner.sampler,
            segment: config.segment,
            stagePlan: config.scenario.kind === 'custom' ? undefined : (0,options/* stagePlanFor */.$z)(config.scenario.kind, config.profile),
        }, io);
        return { version: installed.version, run: k6Run };
    };
}
function maskSecrets(io, config) {
    if (config.authToken)
        io.setSecret(config.authToken);
    if (config.githubToken)
        io.setSecret(config.githubToken);
    for (const secret of authHeaderSecrets(config.prometheus?.authHeader))
        io.setSecret(secret);
}
function publishSettings(config) {
    return {
        githubToken: config.githubToken,
        comment: config.comment,
        commentAuthor: config.commentAuthor ?? null,
        key: config.scenario.kind,
    };
}
function configEnvironment(io) {
    return {
        cwd: io.env.GITHUB_WORKSPACE || process.cwd(),
        actionRoot: actionRoot(),
        tempDir: io.env.RUNNER_TEMP || '',
        nowMs: Date.now(),
        plannedRunMs: options/* plannedRunMs */.i1,
    };
}

;// CONCATENATED MODULE: ./src/cli/run-folder.ts


/** Where terminal runs keep their k6 results and report, under the folder the CLI was started in. */
const RUNS_FOLDER = external_node_path_default().join('.perf-gate', 'runs');
/** `2026-01-17T10-22-03Z-enqueue`: sorts by time, and names the scenario (a script by its file name). */
function runFolderName(now, scenario) {
    const stamp = now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/:/g, '-');
    const name = external_node_path_default().basename(scenario || 'enqueue')
        .replace(/\.js$/, '')
        .replace(/[^A-Za-z0-9_-]+/g, '_');
    return `${stamp}-${name || 'scenario'}`;
}
/**
 * Creates a fresh folder for this run, never one an earlier run wrote: two runs in the same second
 * get `-2`, `-3`… (mkdir without `recursive` fails on an existing folder, so the check is atomic).
 */
function createRunFolder(cwd, scenario, now = new Date()) {
    const parent = external_node_path_default().join(cwd, RUNS_FOLDER);
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const base = external_node_path_default().join(parent, runFolderName(now, scenario));
    for (let attempt = 1;; attempt++) {
        const folder = attempt === 1 ? base : `${base}-${attempt}`;
        try {
            (0,external_node_fs_.mkdirSync)(folder);
            return folder;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/terminal-io.ts
/**
 * The pipeline's host outside Actions: inputs from a map, the report printed as markdown on
 * stdout, progress on stderr, secrets replaced by *** in everything printed.
 */
function terminalIO(inputs, print, envOverrides = {}) {
    const secrets = [];
    const mask = (text) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
    const run = { outputs: {}, failure: null };
    const io = {
        getInput: (name) => (inputs[name] ?? '').trim(),
        setOutput: (name, value) => {
            run.outputs[name] = value;
        },
        setSecret: (value) => {
            if (value !== '')
                secrets.push(value);
        },
        info: (message) => print.err(`${mask(message)}\n`),
        warning: (message) => print.err(`warning: ${mask(message)}\n`),
        setFailed: (message) => {
            run.failure = mask(message);
            print.err(`error: ${run.failure}\n`);
        },
        // A terminal has no collapsing: the section is titled so the k6 output reads apart.
        startGroup: (name) => print.err(`--- ${mask(name)}\n`),
        endGroup: () => undefined,
        writeSummary: async (markdown) => print.out(`${mask(markdown)}\n`),
        k6Log: process.stderr,
        // No pull request to comment on unless a comment was asked for (then a workflow's event is used).
        env: {
            ...process.env,
            ...(inputs.comment === 'never' ? { GITHUB_EVENT_PATH: '' } : {}),
            GITHUB_STEP_SUMMARY: '',
            ...envOverrides,
        },
    };
    return { io, run };
}
/**
 * @actions/core writes `::debug::` workflow commands to stdout wherever it runs (the tool
 * cache logs through it); on a terminal they are noise, so drop them.
 */
function dropActionsDebugLines() {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => {
        if (typeof chunk === 'string' && chunk.startsWith('::debug::'))
            return true;
        return write(chunk, ...rest);
    });
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * `perf-gate run`: the whole gate from a terminal, with the action's inputs as flags. Secrets
 * are read from the environment (AUTH_TOKEN, PROMETHEUS_AUTH_HEADER), never from argv.
 */





/** Secret inputs: refused as flags, read from these environment variables instead. */
const SECRET_FLAGS = {
    'auth-token': 'AUTH_TOKEN',
    'prometheus-auth-header': 'PROMETHEUS_AUTH_HEADER',
    'github-token': 'GITHUB_TOKEN',
};
/** Every other input of action.yml is a --flag VALUE. */
const RUN_FLAGS = CONFIG_INPUTS.filter((name) => !Object.hasOwn(SECRET_FLAGS, name));
/** Inputs a terminal run fixes; none today (every input is a flag or a secret). */
const FIXED_INPUTS = {};
/**
 * Defaults that differ from the action's: a terminal has no pull request, so no comment unless
 * asked for (--comment always, with GITHUB_TOKEN and a workflow's GITHUB_EVENT_PATH); and a person
 * at a terminal names their own files, so paths outside the current folder are allowed (the
 * confinement guards CI against a pull request's committed symlink).
 */
const CLI_DEFAULTS = { comment: 'never', 'allow-paths-outside-workspace': 'true' };
function parseRunArgs(args, env) {
    const inputs = { ...CLI_DEFAULTS, ...FIXED_INPUTS };
    for (let i = 0; i < args.length; i++) {
        const flag = args[i].replace(/^--/, '');
        const secretVariable = SECRET_FLAGS[flag];
        if (secretVariable)
            return {
                error: `--${flag} would put a secret in the process list: set ${secretVariable} in the environment instead`,
            };
        if (!RUN_FLAGS.includes(flag) || !args[i].startsWith('--')) {
            return { error: `unknown option ${args[i]}` };
        }
        const value = args[++i];
        if (value === undefined)
            return { error: `--${flag} needs a value` };
        inputs[flag] = value;
    }
    if (env.AUTH_TOKEN)
        inputs['auth-token'] = env.AUTH_TOKEN;
    if (env.PROMETHEUS_AUTH_HEADER)
        inputs['prometheus-auth-header'] = env.PROMETHEUS_AUTH_HEADER;
    if (env.GITHUB_TOKEN)
        inputs['github-token'] = env.GITHUB_TOKEN;
    return { inputs };
}
/**
 * Runs the gate; exit 0 when the step would pass, 1 when it would fail. Only the report goes to
 * stdout (so `run > report.md` holds the report alone); progress, the results folder and the
 * verdict go to stderr.
 */
async function runGate(inputs, print, cwd = process.cwd()) {
    dropActionsDebugLines();
    const folder = createRunFolder(cwd, inputs.scenario ?? '');
    const { io, run: outcome } = terminalIO(inputs, print, { RUNNER_TEMP: folder });
    await run(io);
    // The pipeline keeps its files in <RUNNER_TEMP>/perf-gate (config/inputs.ts).
    const files = external_node_path_default().join(external_node_path_default().relative(cwd, folder), 'perf-gate');
    const k6Ran = !inputs['results-file'];
    if (outcome.outputs['report-json'])
        print.err(`results: ${files}${(external_node_path_default()).sep} (${k6Ran ? 'k6-results.ndjson, ' : ''}perf-gate-report.json)\n`);
    print.err(`verdict: ${outcome.outputs.verdict ?? 'none'}\n`);
    return outcome.failure === null ? 0 : 1;
}


/***/ })

};
