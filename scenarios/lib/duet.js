// Duet mode: the base branch's deployment and the pull request's under the same load at the
// same time, in one k6 process (Bulej et al., "Duet benchmarking", ICPE 2020). Whatever
// disturbs one target (the runner's CPU, a noisy neighbour) disturbs the other, so comparing
// them with each other cancels it. Pure ES module, no k6 imports, k6 v0.49 syntax only (no ?.,
// ??, spread): the bundled scripts and custom ones import it, node tests it.
//
// A custom script declares the two targets with three calls:
//   import { duetOptions, isDuet, targetUrl } from './lib/duet.js';
//   export const options = isDuet(__ENV) ? duetOptions(myOptions) : myOptions;
//   export default function () { http.get(targetUrl(__ENV) + '/health'); }
// duetOptions doubles every scenario (same executor, same load) and tags the copies
// target=head and target=base; targetUrl gives each VU its own target's URL.

/** The tag that tells the two targets' samples apart, and its two values. */
export const TARGET_TAG = 'target';
export const TARGETS = { head: 'head', base: 'base' };
/** Variables: BASE_URL is the head (the pull request), BASELINE_URL the base branch's deployment. */
export const BASELINE_URL_ENV = 'BASELINE_URL';
/** Set per k6 scenario (its `env`), so a VU knows which target it loads. */
export const TARGET_ENV = 'PERF_GATE_TARGET';
/** The base copy of scenario `name` is `name_base`: k6 scenario names allow letters, digits, _ and -. */
export const BASE_SUFFIX = '_base';

/** Whether this run is a duet: BASELINE_URL is set. */
export function isDuet(env) {
  return Boolean(env && env[BASELINE_URL_ENV]);
}

function checkedUrl(name, value) {
  const url = String(value || '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(url)) {
    throw new Error(name + ' is "' + (value || '') + '": set it to the API root, e.g. http://localhost:8081');
  }
  return url;
}

/** The base target's URL, without a trailing slash; throws when BASELINE_URL is not an http(s) URL. */
export function baselineUrl(env) {
  return checkedUrl(BASELINE_URL_ENV, env[BASELINE_URL_ENV]);
}

/** The target this VU loads: `base` in a base copy of a scenario, else `head` (also in setup and teardown). */
export function targetOf(env) {
  return env && env[TARGET_ENV] === TARGETS.base ? TARGETS.base : TARGETS.head;
}

/** The URL this VU sends its requests to: BASELINE_URL for the base copy, BASE_URL otherwise. */
export function targetUrl(env) {
  return targetOf(env) === TARGETS.base ? baselineUrl(env) : checkedUrl('BASE_URL', env.BASE_URL);
}

function withTarget(scenario, target) {
  const copy = Object.assign({}, scenario);
  const tags = Object.assign({}, scenario.tags);
  tags[TARGET_TAG] = target;
  const env = Object.assign({}, scenario.env);
  env[TARGET_ENV] = target;
  copy.tags = tags;
  copy.env = env;
  return copy;
}

/**
 * k6 options with every scenario run twice side by side: `name` (tagged target=head) and
 * `name_base` (tagged target=base), with identical executors, so each target gets the full
 * load. Thresholds scoped to a scenario ({scenario:name}) are copied for the base copy.
 */
export function duetOptions(options) {
  const scenarios = {};
  const names = Object.keys(options.scenarios || {});
  if (names.length === 0)
    throw new Error('duetOptions: options.scenarios names no scenario to run against both targets');
  names.forEach(function (name) {
    scenarios[name] = withTarget(options.scenarios[name], TARGETS.head);
    scenarios[name + BASE_SUFFIX] = withTarget(options.scenarios[name], TARGETS.base);
  });
  const thresholds = {};
  Object.keys(options.thresholds || {}).forEach(function (key) {
    thresholds[key] = options.thresholds[key];
    const match = /^(.*\{.*\bscenario:)([^,}]+)(.*)$/.exec(key);
    if (match && names.indexOf(match[2]) >= 0)
      thresholds[match[1] + match[2] + BASE_SUFFIX + match[3]] = options.thresholds[key];
  });
  return Object.assign({}, options, { scenarios: scenarios, thresholds: thresholds });
}

/**
 * The bundled scripts' settings per target: `head` is the config as read, `base` the same with
 * BASELINE_URL. Each carries its `target`, which tags setup()'s logins and teardown()'s
 * clean-up, so each target's own requests can be told apart there too.
 */
export function duetConfigs(config, env) {
  return {
    head: Object.assign({}, config, { target: TARGETS.head }),
    base: Object.assign({}, config, { baseUrl: baselineUrl(env), target: TARGETS.base }),
  };
}
