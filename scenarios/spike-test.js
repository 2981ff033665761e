// Festin's spike test (the guide's festival opening): arrivals 10/s -> 500/s in 5 s, held 30 s,
// back to 10/s. Each arrival joins the line once. k6 has VUs enough to start every arrival
// until the server slows down; the arrivals it still cannot start are dropped_iterations.
// Environment: BASE_URL, BOOTH_ID, AUTH_TOKEN (optional), PROFILE (full|quick), TEST_USERS,
// BASELINE_URL (optional: duet mode, the same load on the base deployment side by side).
import { buildOptions, stagePlanFor } from './lib/options.js';
import { duetConfigs, duetOptions, isDuet, targetOf } from './lib/duet.js';
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
const duet = isDuet(__ENV) ? duetConfigs(config, __ENV) : null;
const plan = stagePlanFor('spike', config.profile);

export const options = duet
  ? duetOptions(buildOptions('spike', config.profile))
  : buildOptions('spike', config.profile);

declareExpectedResponses();

export function setup() {
  if (!duet) return loginTestUsers(config);
  return { head: loginTestUsers(duet.head), base: loginTestUsers(duet.base) };
}

export default function (data) {
  const target = duet ? duet[targetOf(__ENV)] : config;
  enqueue(target, tokenFor(duet ? data[target.target] : data, target), currentStage(plan));
}

export function teardown(data) {
  if (!duet) return removeTestUsers(data, config);
  removeTestUsers(data.head, duet.head);
  removeTestUsers(data.base, duet.base);
}
