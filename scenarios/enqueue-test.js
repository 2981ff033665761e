// Festin's basic load test (the guide's enqueue-test): VUs 10 -> 50 -> 100 -> 200 -> 0. Each
// iteration joins the line once, then refreshes the position three times half a second apart.
// Environment: BASE_URL, BOOTH_ID, AUTH_TOKEN (optional), PROFILE (full|quick), TEST_USERS,
// BASELINE_URL (optional: duet mode, the same load on the base deployment side by side).
import { sleep } from 'k6';
import { buildOptions, stagePlanFor } from './lib/options.js';
import { duetConfigs, duetOptions, isDuet, targetOf } from './lib/duet.js';
import {
  currentStage,
  declareExpectedResponses,
  enqueue,
  loginTestUsers,
  position,
  readConfig,
  removeTestUsers,
  tokenFor,
} from './lib/festin-api.js';

const config = readConfig('enqueue');
const duet = isDuet(__ENV) ? duetConfigs(config, __ENV) : null;
const plan = stagePlanFor('enqueue', config.profile);

export const options = duet
  ? duetOptions(buildOptions('enqueue', config.profile))
  : buildOptions('enqueue', config.profile);

declareExpectedResponses();

export function setup() {
  if (!duet) return loginTestUsers(config);
  return { head: loginTestUsers(duet.head), base: loginTestUsers(duet.base) };
}

export default function (data) {
  const target = duet ? duet[targetOf(__ENV)] : config;
  const own = duet ? data[target.target] : data;
  const token = tokenFor(own, target);
  enqueue(target, token, currentStage(plan));
  sleep(1);
  for (let poll = 0; poll < 3; poll++) {
    if (poll > 0) sleep(0.5);
    position(target, token, currentStage(plan));
  }
  sleep(1);
}

export function teardown(data) {
  if (!duet) return removeTestUsers(data, config);
  removeTestUsers(data.head, duet.head);
  removeTestUsers(data.base, duet.base);
}
