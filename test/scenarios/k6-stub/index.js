// Stand-ins for k6's modules, so the bundled scripts can run under node in tests. They record
// every call in globalThis.k6Calls and answer requests through globalThis.k6Respond.
const calls = () => globalThis.k6Calls;

function response(method, url, body, params) {
  const answer = globalThis.k6Respond(method, url, body, params);
  return {
    status: answer.status,
    error: answer.error || '',
    body: answer.body === undefined ? '' : JSON.stringify(answer.body),
    json() {
      return JSON.parse(this.body);
    },
  };
}

function request(method, url, body, params) {
  calls().requests.push({
    method,
    url,
    body,
    tags: (params && params.tags) || {},
    headers: (params && params.headers) || {},
  });
  return response(method, url, body, params);
}

export const http = {
  get: (url, params) => request('GET', url, null, params),
  post: (url, body, params) => request('POST', url, body, params),
  del: (url, body, params) => request('DELETE', url, body, params),
  batch: (requests) => {
    calls().batches.push(requests.length);
    return requests.map((r) => request(r.method, r.url, r.body, r.params));
  },
  expectedStatuses: (...statuses) => ({ expectedStatuses: statuses }),
  setResponseCallback: (callback) => {
    calls().responseCallback = callback;
  },
};

export function check(value, sets, tags) {
  let all = true;
  for (const [name, fn] of Object.entries(sets)) {
    const ok = Boolean(fn(value));
    calls().checks.push({ name, ok, tags: tags || {} });
    all = all && ok;
  }
  return all;
}

export function sleep(seconds) {
  calls().sleeps.push(seconds);
}

export class Counter {
  constructor(name) {
    this.name = name;
  }
  add(value, tags) {
    calls().metrics.push({ name: this.name, value, tags: tags || {} });
  }
}

export const exec = {
  get scenario() {
    return { startTime: globalThis.k6ScenarioStart };
  },
};
