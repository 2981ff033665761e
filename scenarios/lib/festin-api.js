// The k6 side of the scenarios: Festin's calls, test-user login and cleanup. Kept thin: every
// decision (tags, status rules, stages) lives in options.js where node can test it.
import http from 'k6/http';
import { check } from 'k6';
import exec from 'k6/execution';
import { Counter } from 'k6/metrics';
import { parseSegment, segmentShare, testUserEmail } from './segments.js';
import { TARGET_TAG } from './duet.js';
import {
  BATCH_SIZE,
  ENDPOINTS,
  EXPECTED_STATUSES,
  METRICS,
  classifyResponse,
  parseProfile,
  requestTags,
  stageIndexAt,
  testUserCount,
} from './options.js';

const businessErrors = new Counter(METRICS.businessErrors);
const usersRemoved = new Counter(METRICS.usersRemoved);

export const CHECKS = {
  login: 'login: 200 with an access token',
  enqueue: 'enqueue: 201 joined or 200 already waiting',
  position: 'position: 200 with a position',
  cancel: 'cancel: 204 removed or 404 not waiting',
};

/** The run's settings from the environment (k6's __ENV); the token never travels on argv. */
export function readConfig(scenario) {
  const baseUrl = (__ENV.BASE_URL || '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) {
    throw new Error(
      'BASE_URL is "' + (__ENV.BASE_URL || '') + '": set it to the Festin API root, e.g. https://staging.example.com',
    );
  }
  const boothId = Number(__ENV.BOOTH_ID || '1');
  if (!Number.isInteger(boothId) || boothId < 1) {
    throw new Error('BOOTH_ID is "' + __ENV.BOOTH_ID + '": give the id of an open booth, a whole number from 1');
  }
  const authToken = __ENV.AUTH_TOKEN || '';
  // SEGMENT=i/n (perf-gate's segment input): this instance runs 1/n of the VUs, so it logs in
  // only their users. k6 gives the script no reliable view of its execution segment, hence the variable.
  const segment = __ENV.SEGMENT ? parseSegment(__ENV.SEGMENT) : null;
  if (__ENV.SEGMENT && !segment) {
    throw new Error('SEGMENT is "' + __ENV.SEGMENT + '": give i/n, e.g. 2/4, or leave it unset');
  }
  return {
    baseUrl: baseUrl,
    boothId: boothId,
    profile: parseProfile(__ENV.PROFILE),
    authToken: authToken,
    segment: segment,
    testUsers: authToken ? 1 : Math.max(1, segmentShare(testUserCount(scenario, __ENV.TEST_USERS), segment)),
  };
}

/** Business-rule answers are expected, so http_req_failed counts only real failures. */
export function declareExpectedResponses() {
  const statuses = [{ min: EXPECTED_STATUSES.min, max: EXPECTED_STATUSES.max }].concat(EXPECTED_STATUSES.also);
  http.setResponseCallback(http.expectedStatuses.apply(http, statuses));
}

/** Stage index of the running scenario, from the time since it started. */
export function currentStage(plan) {
  return stageIndexAt(Date.now() - exec.scenario.startTime, plan);
}

/**
 * In a duet (scenarios/lib/duet.js) setup() and teardown() run outside the scenarios, whose tags
 * mark the load's requests: their own requests carry the target's tag by hand.
 */
function withTarget(tags, config) {
  if (config.target) tags[TARGET_TAG] = config.target;
  return tags;
}

function jsonHeaders(token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  return headers;
}

function field(res, name) {
  try {
    const body = res.json();
    return body && typeof body === 'object' ? body[name] : undefined;
  } catch (_) {
    return undefined;
  }
}

function loginHint(status) {
  if (status === 0) return 'nothing answered: check BASE_URL and that the server is up';
  if (status === 401 || status === 403)
    return 'the server refused the test login: enable it on staging, or pass AUTH_TOKEN';
  if (status === 404) return 'no login endpoint there: BASE_URL must be the API root (without /api/v1)';
  return 'fix the server, or pass AUTH_TOKEN to skip the test login';
}

/**
 * setup(): one test user per VU, logged in through the test login in parallel batches. The
 * first failed login stops the run at once, rather than running minutes of 401s. With
 * AUTH_TOKEN nothing is logged in and no token is returned: the VUs read it from __ENV.
 */
export function loginTestUsers(config) {
  const tokens = [];
  if (config.authToken) return { tokens: tokens };
  const url = config.baseUrl + '/api/v1/auth/login';
  const tags = withTarget(requestTags(ENDPOINTS.login), config);
  for (let first = 1; first <= config.testUsers; first += BATCH_SIZE) {
    const requests = [];
    for (let i = first; i < first + BATCH_SIZE && i <= config.testUsers; i++) {
      const body = {
        email: testUserEmail(i, config.segment),
        nickname: testUserEmail(i, config.segment).split('@')[0],
        role: 'VISITOR',
        managedBoothId: null,
      };
      requests.push({
        method: 'POST',
        url: url,
        body: JSON.stringify(body),
        params: { headers: jsonHeaders(''), tags: tags },
      });
    }
    const responses = http.batch(requests);
    for (let k = 0; k < responses.length; k++) {
      const res = responses[k];
      const token = res.status === 200 ? field(res, 'accessToken') : undefined;
      const ok = check(
        res,
        {
          [CHECKS.login]: function () {
            return typeof token === 'string' && token !== '';
          },
        },
        tags,
      );
      if (!ok) {
        const why =
          res.status === 200
            ? 'answered 200 without an accessToken'
            : 'answered ' + res.status + (res.error ? ' (' + res.error + ')' : '');
        throw new Error(
          'perf-gate: test login ' +
            (first + k) +
            ' of ' +
            config.testUsers +
            ' failed: POST ' +
            url +
            ' ' +
            why +
            '; ' +
            loginHint(res.status),
        );
      }
      tokens.push(token);
    }
  }
  console.log('perf-gate: logged in ' + tokens.length + ' test users' + (config.target ? ' on ' + config.target : ''));
  return { tokens: tokens };
}

/** The token of this VU: AUTH_TOKEN for everyone, or the VU's own test user. */
export function tokenFor(data, config) {
  if (config.authToken) return config.authToken;
  return data.tokens[(__VU - 1) % data.tokens.length];
}

function record(endpoint, res, tags, checkName, passes) {
  check(res, { [checkName]: passes }, tags);
  if (classifyResponse(endpoint, res.status) === 'business') {
    businessErrors.add(1, Object.assign({ status: String(res.status) }, tags));
  }
}

/** POST /api/v1/waitings: 201 joined, 200 already waiting. */
export function enqueue(config, token, stage) {
  const tags = requestTags(ENDPOINTS.enqueue, stage, config.profile);
  const res = http.post(config.baseUrl + '/api/v1/waitings', JSON.stringify({ boothId: config.boothId }), {
    headers: jsonHeaders(token),
    tags: tags,
  });
  record(ENDPOINTS.enqueue, res, tags, CHECKS.enqueue, function (r) {
    return r.status === 201 || r.status === 200;
  });
  return res;
}

/** GET /api/v1/waitings/booth/{boothId}: the visitor refreshing their position. */
export function position(config, token, stage) {
  const tags = requestTags(ENDPOINTS.position, stage, config.profile);
  const res = http.get(config.baseUrl + '/api/v1/waitings/booth/' + config.boothId, {
    headers: jsonHeaders(token),
    tags: tags,
  });
  record(ENDPOINTS.position, res, tags, CHECKS.position, function (r) {
    return r.status === 200 && typeof field(r, 'position') === 'number';
  });
  return res;
}

/**
 * teardown(): every test user leaves the line (DELETE /api/v1/waitings/{boothId}), as the guide
 * insists the Redis lines be cleaned; 404 means the user was not waiting.
 */
export function removeTestUsers(data, config) {
  const tokens = config.authToken ? [config.authToken] : (data && data.tokens) || [];
  const url = config.baseUrl + '/api/v1/waitings/' + config.boothId;
  const tags = withTarget(requestTags(ENDPOINTS.cancel), config);
  const counts = { removed: 0, notWaiting: 0, failed: 0 };
  let lastFailure = '';
  for (let first = 0; first < tokens.length; first += BATCH_SIZE) {
    const requests = tokens.slice(first, first + BATCH_SIZE).map(function (token) {
      return { method: 'DELETE', url: url, body: null, params: { headers: jsonHeaders(token), tags: tags } };
    });
    const responses = http.batch(requests);
    for (let k = 0; k < responses.length; k++) {
      const res = responses[k];
      check(
        res,
        {
          [CHECKS.cancel]: function (r) {
            return r.status === 204 || r.status === 404;
          },
        },
        tags,
      );
      if (res.status === 204) counts.removed++;
      else if (res.status === 404) counts.notWaiting++;
      else {
        counts.failed++;
        lastFailure = res.status + (res.error ? ' (' + res.error + ')' : '');
      }
    }
  }
  usersRemoved.add(counts.removed);
  let line =
    'perf-gate cleanup: removed ' +
    counts.removed +
    ' of ' +
    tokens.length +
    ' test users from booth ' +
    config.boothId +
    "'s line" +
    (config.target ? ' on ' + config.target : '');
  if (counts.notWaiting > 0) line += ', ' + counts.notWaiting + ' were not waiting';
  if (counts.failed > 0)
    line += ', ' + counts.failed + ' could not be removed (last answer ' + lastFailure + '): clean the line by hand';
  console.log(line);
  return counts;
}
