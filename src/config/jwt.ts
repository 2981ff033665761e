import { z } from 'zod';
import { ConfigError } from './errors.js';

const JwtPayload = z.object({ exp: z.number().optional() }).loose();

/** Seconds since the epoch at which the token expires, or null when it carries no `exp`. */
export function jwtExpiry(token: string): number | null {
  const parts = token.split('.');
  const notJwt = new ConfigError(
    'auth-token',
    'is not a JWT (expected three base64url parts separated by dots: header.payload.signature)',
    'Pass the access token the login endpoint returns, e.g. auth-token: ${{ secrets.FESTIN_TEST_JWT }}, or leave it empty to let the scenario log test users in',
  );
  if (parts.length !== 3 || parts.some((part, i) => i < 2 && !/^[A-Za-z0-9_-]+={0,2}$/.test(part))) throw notJwt;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8'));
  } catch {
    throw notJwt;
  }
  const parsed = JwtPayload.safeParse(payload);
  if (!parsed.success) throw notJwt;
  return parsed.data.exp ?? null;
}

/**
 * Refuses a token that expires before the run would end: the guide warns about expiry, and a
 * run whose token dies halfway reports 401s as a performance regression.
 */
export function checkTokenLifetime(token: string, plannedRunMs: number | null, nowMs: number): void {
  const exp = jwtExpiry(token);
  if (exp === null) return;
  const expiresAtMs = exp * 1000;
  const mustLastUntil = nowMs + (plannedRunMs ?? 0);
  if (expiresAtMs > mustLastUntil) return;
  const expiresAt = new Date(expiresAtMs).toISOString();
  const problem =
    expiresAtMs <= nowMs
      ? `the JWT expired at ${expiresAt}`
      : `the JWT expires at ${expiresAt}, before the run would end: the run takes up to ${formatMinutes(plannedRunMs ?? 0)}`;
  throw new ConfigError(
    'auth-token',
    problem,
    'Issue a fresh test token that lives at least that long, or leave auth-token empty so the scenario logs test users in itself',
  );
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${minutes.toFixed(1)} min` : `${Math.ceil(ms / 1000)} s`;
}
