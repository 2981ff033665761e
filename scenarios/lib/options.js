// The load of Festin's performance guide as data: stages, rates, profile scaling, tag names and
// the status rules. Pure ES module imported both by the k6 scripts and by perf-gate (node), so
// the analysis and the JWT lifetime check use the very plan k6 runs. No k6 imports here, and
// only syntax k6 v0.49's runtime accepts (no ?., ??, numeric separators or object spread).

export const SCENARIOS = ['enqueue', 'spike'];
export const PROFILES = ['full', 'quick'];

/** `quick` keeps the guide's shape and targets and runs each stage for a fifth of its time. */
export const QUICK_SCALE = 0.2;

/**
 * k6's `name` tag carries the endpoint; our own `stage` tag the 0-based stage index and
 * `profile` the profile, so a results file tells perf-gate its stages without any input.
 */
export const TAGS = { endpoint: 'name', stage: 'stage', profile: 'profile' };
export const ENDPOINTS = { login: 'login', enqueue: 'enqueue', position: 'position', cancel: 'cancel' };

/** Custom metrics the scripts add beside k6's built-in ones. */
export const METRICS = {
  /** Counter: 4xx answers that are business rules (400, 404, 409), tagged name, stage, status. */
  businessErrors: 'business_errors',
  /** Counter: test users teardown() took out of the line. */
  usersRemoved: 'test_users_removed',
};

/**
 * Answers k6 counts as expected (http_req_failed = 0): success and Festin's business-rule
 * errors. 401/403, other 4xx, 5xx and no answer at all (status 0) are real failures.
 */
export const EXPECTED_STATUSES = { min: 200, max: 204, also: [400, 404, 409] };

/** Logins and cleanups run in parallel batches of this size (k6 `batch` / `batchPerHost`). */
export const BATCH_SIZE = 50;

const GUIDE_STAGES = {
  // ramping-vus: warm-up, ramp-up, normal load, stress, cool-down.
  enqueue: {
    unit: 'vus',
    start: 0,
    stages: [
      { durationMs: 30000, target: 10 },
      { durationMs: 60000, target: 50 },
      { durationMs: 120000, target: 100 },
      { durationMs: 60000, target: 200 },
      { durationMs: 30000, target: 0 },
    ],
  },
  // ramping-arrival-rate (iterations started per second): slow start, surge, peak, decrease.
  // No extra ramp to 0: the guide's last stage is the decrease to 10/s, and a ramp to 0 would
  // add ten seconds of dwindling load that the t3.micro baseline never saw.
  spike: {
    unit: 'iterations/s',
    start: 10,
    stages: [
      { durationMs: 10000, target: 10 },
      { durationMs: 5000, target: 500 },
      { durationMs: 30000, target: 500 },
      { durationMs: 10000, target: 10 },
    ],
  },
};

/** The guide's arrival-rate test allowed "at most 1000 VUs"; 500 are ready before the surge. */
const SPIKE_VUS = { preAllocated: 500, max: 1000 };

const GRACEFUL_MS = { full: 30000, quick: 10000 };
/** Room for one login per test user (and the cleanup) through a slow server. */
const SETUP_TEARDOWN_MS = { full: 120000, quick: 60000 };

export function checkScenario(scenario) {
  if (SCENARIOS.indexOf(scenario) < 0) {
    throw new Error('Unknown scenario "' + scenario + '": use one of ' + SCENARIOS.join(', '));
  }
  return scenario;
}

/** Reads the PROFILE variable: empty means full. */
export function parseProfile(value) {
  if (value === undefined || value === null || value === '') return 'full';
  if (PROFILES.indexOf(value) < 0) {
    throw new Error('PROFILE is "' + value + '": set it to full (the guide\'s durations) or quick (a fifth of them)');
  }
  return value;
}

function checkProfile(profile) {
  return parseProfile(profile);
}

/** The planned stages, exactly the StagePlan shape of src/results/types.ts. */
export function stagePlanFor(scenario, profile) {
  const guide = GUIDE_STAGES[checkScenario(scenario)];
  const scale = checkProfile(profile) === 'quick' ? QUICK_SCALE : 1;
  return {
    unit: guide.unit,
    start: guide.start,
    stages: guide.stages.map(function (stage) {
      return { durationMs: Math.round(stage.durationMs * scale), target: stage.target };
    }),
  };
}

export function stagesTotalMs(plan) {
  return plan.stages.reduce(function (sum, stage) {
    return sum + stage.durationMs;
  }, 0);
}

/**
 * The 0-based stage running `elapsedMs` after the scenario started. A stage owns [start, end);
 * before the start counts as stage 0 and the graceful stop after the end as the last stage.
 */
export function stageIndexAt(elapsedMs, plan) {
  let end = 0;
  for (let i = 0; i < plan.stages.length; i++) {
    end += plan.stages[i].durationMs;
    if (elapsedMs < end) return i;
  }
  return plan.stages.length - 1;
}

/** The longest a run can take: setup, stages, graceful stop and teardown at their limits. */
export function plannedRunMs(scenario, profile) {
  const p = checkProfile(profile);
  return SETUP_TEARDOWN_MS[p] + stagesTotalMs(stagePlanFor(scenario, p)) + GRACEFUL_MS[p] + SETUP_TEARDOWN_MS[p];
}

/** Test users setup() logs in when no AUTH_TOKEN is given: one per VU the scenario can reach. */
export function testUserCount(scenario, override) {
  if (override !== undefined && override !== null && override !== '') {
    const n = Number(override);
    if (!Number.isInteger(n) || n < 1)
      throw new Error('TEST_USERS is "' + override + '": give a whole number of test users, at least 1');
    return n;
  }
  if (checkScenario(scenario) === 'spike') return SPIKE_VUS.max;
  return Math.max.apply(
    null,
    GUIDE_STAGES.enqueue.stages.map(function (stage) {
      return stage.target;
    }),
  );
}

/** k6 duration string for whole milliseconds: 30000 -> "30s", 150000 -> "2m30s", 1500 -> "1500ms". */
export function k6Duration(ms) {
  if (ms % 1000 !== 0) return ms + 'ms';
  const seconds = ms / 1000;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return rest + 's';
  return rest === 0 ? minutes + 'm' : minutes + 'm' + rest + 's';
}

function k6Stages(plan) {
  return plan.stages.map(function (stage) {
    return { duration: k6Duration(stage.durationMs), target: stage.target };
  });
}

/**
 * Stops the run once nearly every load request has failed for TARGET_DOWN_AFTER: an unreachable
 * staging URL ends in seconds instead of minutes of connection errors. Not a quality bar:
 * perf-gate judges the results itself.
 */
export const TARGET_DOWN = { failedRate: 0.9, after: '10s' };

function targetDownThreshold(scenario) {
  const thresholds = {};
  thresholds['http_req_failed{scenario:' + scenario + '}'] = [
    { threshold: 'rate<' + TARGET_DOWN.failedRate, abortOnFail: true, delayAbortEval: TARGET_DOWN.after },
  ];
  return thresholds;
}

/** The k6 `options` export of a bundled scenario. The k6 scenario is named after it. */
export function buildOptions(scenario, profile) {
  const p = checkProfile(profile);
  const plan = stagePlanFor(scenario, p);
  const graceful = k6Duration(GRACEFUL_MS[p]);
  let executor;
  if (scenario === 'enqueue') {
    executor = {
      executor: 'ramping-vus',
      startVUs: plan.start,
      stages: k6Stages(plan),
      gracefulRampDown: graceful,
      gracefulStop: graceful,
    };
  } else {
    executor = {
      executor: 'ramping-arrival-rate',
      startRate: plan.start,
      timeUnit: '1s',
      preAllocatedVUs: SPIKE_VUS.preAllocated,
      maxVUs: SPIKE_VUS.max,
      stages: k6Stages(plan),
      gracefulStop: graceful,
    };
  }
  const scenarios = {};
  scenarios[scenario] = executor;
  return {
    scenarios: scenarios,
    thresholds: targetDownThreshold(scenario),
    setupTimeout: k6Duration(SETUP_TEARDOWN_MS[p]),
    teardownTimeout: k6Duration(SETUP_TEARDOWN_MS[p]),
    batch: BATCH_SIZE,
    batchPerHost: BATCH_SIZE,
  };
}

/**
 * How an answer counts. `ok`: the call did what the visitor wanted. `business`: Festin refused
 * by a business rule (400, 404, 409), reported as such. `failure`: anything else.
 */
export function classifyResponse(endpoint, status) {
  if (endpoint === ENDPOINTS.enqueue) {
    if (status === 201 || status === 200) return 'ok';
  } else if (endpoint === ENDPOINTS.cancel) {
    if (status === 204) return 'ok';
  } else if (status === 200) {
    return 'ok';
  }
  return EXPECTED_STATUSES.also.indexOf(status) >= 0 ? 'business' : 'failure';
}

/** The tags of a request: endpoint, and the stage and profile when it is made by the load itself. */
export function requestTags(endpoint, stageIndex, profile) {
  const tags = {};
  tags[TAGS.endpoint] = endpoint;
  if (stageIndex !== null && stageIndex !== undefined) tags[TAGS.stage] = String(stageIndex);
  if (profile) tags[TAGS.profile] = profile;
  return tags;
}

/** The plan of a bundled scenario and profile named by a run's tags; undefined for any other name. */
export function taggedStagePlan(scenario, profile) {
  if (SCENARIOS.indexOf(scenario) < 0 || PROFILES.indexOf(profile) < 0) return undefined;
  return stagePlanFor(scenario, profile);
}
