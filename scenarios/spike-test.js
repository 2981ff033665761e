// Festin's spike test (the guide's festival opening): arrivals 10/s -> 500/s in 5 s, held 30 s,
// back to 10/s. Each arrival joins the line once. k6 has VUs enough to start every arrival
// until the server slows down; the arrivals it still cannot start are dropped_iterations.
// Environment: BASE_URL, BOOTH_ID, AUTH_TOKEN (optional), PROFILE (full|quick), TEST_USERS.
import { buildOptions, stagePlanFor } from './lib/options.js';
import {
  currentStage,
  declareExpectedResponses,
  enqueue,
  loginTestUsers,
  readConfig,
  removeTestUsers,
  tokenFor,
} from './lib/festin-api.js';

const config = readConfig('spike');
const plan = stagePlanFor('spike', config.profile);

export const options = buildOptions('spike', config.profile);

declareExpectedResponses();

export function setup() {
  return loginTestUsers(config);
}

export default function (data) {
  enqueue(config, tokenFor(data, config), currentStage(plan));
}

export function teardown(data) {
  removeTestUsers(data, config);
}
