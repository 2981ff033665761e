/**
 * A local stand-in for the GitHub REST API, answering the issue-comment calls perf-gate makes with
 * the shapes GitHub documents (OpenAPI `issue-comment`, `basic-error`, `validation-error`, Link
 * pagination). It listens on 127.0.0.1, records every request and can be scripted to fail, so unit
 * tests and the end-to-end run of dist/index.js (a child process given GITHUB_API_URL=url) share it.
 * The server answers on this process's event loop: start such a child with async spawn/execFile,
 * never spawnSync/execSync, or every request waits forever.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** An issue comment as GitHub returns it (the fields perf-gate and tests look at, plus the usual others). */
export interface IssueCommentJson {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: ApiUser & { node_id: string; html_url: string };
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. "/repos/o/r/issues/7/comments?per_page=100". */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedFailure {
  method?: string;
  /** Exact pathname (no query), or a pattern tested against it; any path when absent. */
  path?: string | RegExp;
  status: number;
  /** How many matching requests fail (default: all). */
  times?: number;
  /** JSON body; default GitHub's message for the status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Carry the call out first, then answer with the failure (a write whose answer was lost). */
  afterEffect?: boolean;
}

export interface GitHubApiServerOptions {
  /**
   * Whose token it is. Default `installation`: the GITHUB_TOKEN, GET /user → 403, writes as
   * github-actions[bot]. `app`: another GitHub App's installation token, writing as `<slug>[bot]`.
   * GraphQL `viewer { login }` answers the writing login for all three.
   */
  identity?: { kind: 'installation' } | { kind: 'app'; slug: string } | { kind: 'user'; login: string };
  /** When set, only `Authorization: token|Bearer <token>` with exactly this token is accepted. */
  token?: string;
  /** "owner/name" used for seeded comments' URLs (default "festin-team/festin"). */
  repository?: string;
  /** Comments present before the run. */
  comments?: Array<{ issue: number; body: string; user: { login: string; type?: 'User' | 'Bot' } }>;
  failures?: ScriptedFailure[];
  /** GitHub caps per_page at 100; a smaller cap makes pagination testable with few comments. */
  maxPerPage?: number;
  /** Path prefix of the API, e.g. "/api/v3" as on GitHub Enterprise Server. */
  basePath?: string;
}

export interface GitHubApiServer {
  /** API base URL to use as GITHUB_API_URL (includes basePath). */
  url: string;
  requests: RecordedRequest[];
  /** Every comment on every issue, live. */
  comments: IssueCommentJson[];
  /** Script one more failure while the server runs. */
  fail(failure: ScriptedFailure): void;
  close(): Promise<void>;
}

const ACTIONS_BOT: ApiUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const DOCS = 'https://docs.github.com/rest';
const DEFAULT_MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
};

export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const identity = options.identity ?? { kind: 'installation' };
  const tokenUser: ApiUser =
    identity.kind === 'user'
      ? { login: identity.login, id: 1000, type: 'User' }
      : identity.kind === 'app'
        ? { login: `${identity.slug}[bot]`, id: 3000, type: 'Bot' }
        : ACTIONS_BOT;
  // GitHub's GraphQL endpoint: /graphql beside the REST root, or /api/graphql on GHES (REST at /api/v3).
  const graphqlPath = basePath === '/api/v3' ? '/api/graphql' : `${basePath}/graphql`;
  const failures = (options.failures ?? []).map((failure) => ({ ...failure, left: failure.times ?? Infinity }));
  const requests: RecordedRequest[] = [];
  const comments: IssueCommentJson[] = [];
  const maxPerPage = Math.min(options.maxPerPage ?? 100, 100);
  let nextId = 1001;
  let origin = '';

  const makeComment = (repository: string, issue: number, body: string, user: ApiUser): IssueCommentJson => {
    const id = nextId++;
    const now = new Date().toISOString();
    return {
      id,
      node_id: `IC_${id}`,
      url: `${origin}${basePath}/repos/${repository}/issues/comments/${id}`,
      html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${origin}${basePath}/repos/${repository}/issues/${issue}`,
      body,
      user: { ...user, node_id: `U_${user.id}`, html_url: `https://github.com/${user.login}` },
      created_at: now,
      updated_at: now,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const url = new URL(recorded.path, origin);
      const pathname =
        url.pathname === graphqlPath
          ? '/graphql'
          : url.pathname.startsWith(basePath)
            ? url.pathname.slice(basePath.length)
            : url.pathname;

      const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '');
      if (!auth || (options.token !== undefined && auth[1] !== options.token)) {
        return send(res, 401, {
          message: auth ? 'Bad credentials' : 'Requires authentication',
          documentation_url: DOCS,
        });
      }
      const failure = failures.find(
        (f) =>
          f.left > 0 &&
          (f.method === undefined || f.method.toUpperCase() === recorded.method) &&
          (f.path === undefined || (typeof f.path === 'string' ? f.path === pathname : f.path.test(pathname))),
      );
      if (failure) failure.left--;
      const answerFailure = (): void =>
        send(
          res,
          failure!.status,
          failure!.body ?? { message: DEFAULT_MESSAGES[failure!.status] ?? 'Error', documentation_url: DOCS },
          failure!.headers,
        );
      if (failure && !failure.afterEffect) return answerFailure();

      const answer = route(recorded.method, pathname, url.searchParams, recorded.body);
      if (failure) return answerFailure();
      send(res, answer.status, answer.json, answer.headers);
    });
  });

  const route = (
    method: string,
    pathname: string,
    query: URLSearchParams,
    rawBody: string,
  ): { status: number; json: unknown; headers?: Record<string, string> } => {
    if (method === 'GET' && pathname === '/user') {
      return identity.kind === 'user'
        ? {
            status: 200,
            json: {
              ...tokenUser,
              node_id: `U_${tokenUser.id}`,
              html_url: `https://github.com/${tokenUser.login}`,
              name: null,
            },
          }
        : {
            status: 403,
            json: {
              message: 'Resource not accessible by integration',
              documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
              status: '403',
            },
          };
    }
    if (method === 'POST' && pathname === '/graphql') return graphql(rawBody);
    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(pathname);
    if (list && method === 'GET') {
      const issueUrl = `${origin}${basePath}/repos/${list[1]}/issues/${list[2]}`;
      const all = comments.filter((c) => c.issue_url === issueUrl);
      const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), maxPerPage);
      const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
      const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
      const pageUrl = (n: number): string => `${origin}${basePath}${pathname}?per_page=${perPage}&page=${n}`;
      const links = [];
      if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
      if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
      return {
        status: 200,
        json: all.slice((page - 1) * perPage, page * perPage),
        headers: links.length ? { link: links.join(', ') } : {},
      };
    }
    if (list && method === 'POST') {
      const invalid = validateBody(rawBody);
      if (invalid) return invalid;
      const comment = makeComment(list[1]!, Number(list[2]), (JSON.parse(rawBody) as { body: string }).body, tokenUser);
      comments.push(comment);
      return { status: 201, json: comment, headers: { location: comment.url } };
    }
    const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(pathname);
    if (one && method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[2]) && c.url.includes(`/repos/${one[1]}/`));
      if (!comment) return { status: 404, json: { message: 'Not Found', documentation_url: DOCS } };
      const invalid = validateBody(rawBody);
      if (invalid) return invalid;
      comment.body = (JSON.parse(rawBody) as { body: string }).body;
      comment.updated_at = new Date().toISOString();
      return { status: 200, json: comment };
    }
    return { status: 404, json: { message: 'Not Found', documentation_url: DOCS } };
  };

  /** The one query perf-gate sends, answered as GitHub does: `data`, or `errors` with HTTP 200. */
  const graphql = (rawBody: string): { status: number; json: unknown } => {
    let query = '';
    try {
      query = String((JSON.parse(rawBody) as { query?: unknown }).query ?? '');
    } catch {
      return { status: 400, json: { message: 'Problems parsing JSON', documentation_url: DOCS } };
    }
    if (/^\s*(?:query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query))
      return { status: 200, json: { data: { viewer: { login: tokenUser.login } } } };
    return {
      status: 200,
      json: { errors: [{ message: `This fake server answers only viewer { login }, not: ${query}` }] },
    };
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const repository = options.repository ?? 'festin-team/festin';
  for (const seed of options.comments ?? []) {
    const type = seed.user.type ?? (seed.user.login.endsWith('[bot]') ? 'Bot' : 'User');
    comments.push(
      makeComment(repository, seed.issue, seed.body, { login: seed.user.login, id: 2000 + comments.length, type }),
    );
  }

  return {
    url: `${origin}${basePath}`,
    requests,
    comments,
    fail: (failure) => failures.push({ ...failure, left: failure.times ?? Infinity }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** GitHub's 422 for a missing or too long body (`validation-error` schema). */
function validateBody(rawBody: string): { status: number; json: unknown } | null {
  let body: unknown;
  try {
    body = (JSON.parse(rawBody) as { body?: unknown }).body;
  } catch {
    return { status: 400, json: { message: 'Problems parsing JSON', documentation_url: DOCS } };
  }
  if (typeof body !== 'string' || body === '') {
    return {
      status: 422,
      json: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
        documentation_url: DOCS,
      },
    };
  }
  if (body.length > 65_536) {
    return {
      status: 422,
      json: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
        documentation_url: DOCS,
      },
    };
  }
  return null;
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(json);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
