/**
 * Festin's HTTP API as the scenarios see it: routes, bodies and status codes of its controllers
 * (AuthController, WaitingController) and error bodies of its ErrorResponse {status, code, message}.
 */
import type { StandInEndpoint } from './capacity.js';
import type { WaitingLines } from './lines.js';
import type { TokenIssuer } from './tokens.js';

export interface Answer {
  status: number;
  body?: unknown;
}

export interface RouteContext {
  lines: WaitingLines;
  tokens: TokenIssuer;
  /** The caller, for routes that need a token (checked before the handler runs). */
  userId: number;
  body: unknown;
  params: Record<string, string>;
  nowMs: number;
}

export interface Route {
  endpoint: StandInEndpoint;
  method: string;
  /** The Spring route template, the `uri` label of http_server_requests_seconds. */
  uri: string;
  authenticated: boolean;
  handle(context: RouteContext): Answer;
}

type ErrorCode =
  | 'INVALID_REQUEST'
  | 'UNAUTHORIZED'
  | 'BOOTH_NOT_FOUND'
  | 'WAITING_NOT_FOUND'
  | 'QUEUE_EMPTY'
  | 'MAX_WAITING_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR';

const ERRORS: Record<ErrorCode, { status: number; message: string }> = {
  INVALID_REQUEST: { status: 400, message: 'Invalid request.' },
  UNAUTHORIZED: { status: 401, message: 'Authentication is required.' },
  BOOTH_NOT_FOUND: { status: 404, message: 'Booth not found.' },
  WAITING_NOT_FOUND: { status: 404, message: 'Not waiting at this booth.' },
  QUEUE_EMPTY: { status: 404, message: 'Nobody is waiting.' },
  MAX_WAITING_EXCEEDED: { status: 409, message: 'You can wait at two booths at most.' },
  INTERNAL_SERVER_ERROR: { status: 500, message: 'Internal server error.' },
};

export function errorAnswer(code: ErrorCode): Answer {
  const { status, message } = ERRORS[code];
  return { status, body: { status, code, message } };
}

/** An injected failure with any status: Festin's error body, or Spring's default one. */
export function injectedError(status: number): Answer {
  if (status === 500) return errorAnswer('INTERNAL_SERVER_ERROR');
  return { status, body: { status, code: 'INJECTED_ERROR', message: `Injected by the stand-in (status ${status}).` } };
}

function boothIdOf(value: unknown): number | null {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
}

function field(body: unknown, name: string): unknown {
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

const ROUTES: Array<Route & { pattern: RegExp }> = [
  {
    endpoint: 'login',
    method: 'POST',
    uri: '/api/v1/auth/login',
    pattern: /^\/api\/v1\/auth\/login$/,
    authenticated: false,
    handle({ lines, tokens, body, nowMs }) {
      const email = field(body, 'email');
      if (typeof email !== 'string' || email === '') return errorAnswer('INVALID_REQUEST');
      const nickname = field(body, 'nickname');
      const role = field(body, 'role');
      const user = lines.signIn(
        email,
        typeof nickname === 'string' ? nickname : email,
        typeof role === 'string' ? role : 'VISITOR',
      );
      const accessToken = tokens.issue({ userId: user.userId, email: user.email, role: user.role }, nowMs);
      return {
        status: 200,
        body: { accessToken, userId: user.userId, email: user.email, nickname: user.nickname, role: user.role },
      };
    },
  },
  {
    endpoint: 'enqueue',
    method: 'POST',
    uri: '/api/v1/waitings',
    pattern: /^\/api\/v1\/waitings$/,
    authenticated: true,
    handle({ lines, userId, body, nowMs }) {
      const boothId = boothIdOf(field(body, 'boothId'));
      if (boothId === null) return errorAnswer('INVALID_REQUEST');
      const outcome = lines.join(userId, boothId, nowMs);
      if (outcome.kind === 'booth-not-found') return errorAnswer('BOOTH_NOT_FOUND');
      if (outcome.kind === 'max-waiting-exceeded') return errorAnswer('MAX_WAITING_EXCEEDED');
      return {
        status: outcome.kind === 'joined' ? 201 : 200,
        body: { ...outcome.view, registeredAt: outcome.registeredAt },
      };
    },
  },
  {
    endpoint: 'my',
    method: 'GET',
    uri: '/api/v1/waitings/my',
    pattern: /^\/api\/v1\/waitings\/my$/,
    authenticated: true,
    handle({ lines, userId }) {
      const waitings = lines.boothsOf(userId).map((boothId) => lines.view(boothId, userId));
      return { status: 200, body: { waitings, totalCount: waitings.length } };
    },
  },
  {
    endpoint: 'position',
    method: 'GET',
    uri: '/api/v1/waitings/booth/{boothId}',
    pattern: /^\/api\/v1\/waitings\/booth\/(?<boothId>[^/]+)$/,
    authenticated: true,
    handle({ lines, userId, params }) {
      const boothId = boothIdOf(params.boothId);
      if (boothId === null) return errorAnswer('INVALID_REQUEST');
      if (lines.boothName(boothId) === null) return errorAnswer('BOOTH_NOT_FOUND');
      const view = lines.view(boothId, userId);
      return view ? { status: 200, body: view } : errorAnswer('WAITING_NOT_FOUND');
    },
  },
  {
    endpoint: 'call',
    method: 'POST',
    uri: '/api/v1/waitings/call',
    pattern: /^\/api\/v1\/waitings\/call$/,
    authenticated: true,
    handle({ lines, body, nowMs }) {
      const boothId = boothIdOf(field(body, 'boothId'));
      if (boothId === null) return errorAnswer('INVALID_REQUEST');
      if (lines.boothName(boothId) === null) return errorAnswer('BOOTH_NOT_FOUND');
      const called = lines.callNext(boothId);
      if (called === null) return errorAnswer('QUEUE_EMPTY');
      return {
        status: 200,
        body: {
          waitingId: called.waitingId,
          userId: called.userId,
          position: 1,
          calledAt: new Date(nowMs).toISOString().replace('Z', ''),
        },
      };
    },
  },
  {
    endpoint: 'cancel',
    method: 'DELETE',
    uri: '/api/v1/waitings/{boothId}',
    pattern: /^\/api\/v1\/waitings\/(?<boothId>[^/]+)$/,
    authenticated: true,
    handle({ lines, userId, params }) {
      const boothId = boothIdOf(params.boothId);
      if (boothId === null) return errorAnswer('INVALID_REQUEST');
      return lines.leave(userId, boothId) ? { status: 204 } : errorAnswer('WAITING_NOT_FOUND');
    },
  },
];

/** The route of a request and its path variables; null when Festin has none. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, params: { ...match.groups } };
  }
  return null;
}

/** Spring Boot's default body for an unmapped path. */
export function notFound(path: string, nowMs: number): Answer {
  return { status: 404, body: { timestamp: new Date(nowMs).toISOString(), status: 404, error: 'Not Found', path } };
}
