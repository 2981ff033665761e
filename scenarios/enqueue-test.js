// Festin's basic load test (the guide's enqueue-test): VUs 10 -> 50 -> 100 -> 200 -> 0. Each
// iteration joins the line once, then refreshes the position three times half a second apart.
// Environment: BASE_URL, BOOTH_ID, AUTH_TOKEN (optional), PROFILE (full|quick), TEST_USERS.
import { sleep } from 'k6';
import { buildOptions, stagePlanFor } from './lib/options.js';
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
const plan = stagePlanFor('enqueue', config.profile);

export const options = buildOptions('enqueue', config.profile);

declareExpectedResponses();

export function setup() {
  return loginTestUsers(config);
}

export default function (data) {
  const token = tokenFor(data, config);
  enqueue(config, token, currentStage(plan));
  sleep(1);
  for (let poll = 0; poll < 3; poll++) {
    if (poll > 0) sleep(0.5);
    position(config, token, currentStage(plan));
  }
  sleep(1);
}

export function teardown(data) {
  removeTestUsers(data, config);
}
