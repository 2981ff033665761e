import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a stand-in token says about its holder. */
export interface TokenClaims {
  userId: number;
  email: string;
  role: string;
  /** Seconds since the epoch, as in a JWT. */
  exp: number;
}

/**
 * Issues and checks HS256 JWTs as Festin's JwtTokenProvider does, with a secret of the server's
 * own: a token from another server (or a forged one) is refused with 401 like the real thing.
 */
export class TokenIssuer {
  private readonly secret: Buffer;

  constructor(
    private readonly ttlSeconds: number,
    secret: Buffer = randomBytes(32),
  ) {
    this.secret = secret;
  }

  issue(claims: Omit<TokenClaims, 'exp'>, nowMs: number, ttlSeconds: number = this.ttlSeconds): string {
    const header = encode({ alg: 'HS256', typ: 'JWT' });
    const iat = Math.floor(nowMs / 1000);
    const payload = encode({
      sub: String(claims.userId),
      email: claims.email,
      role: claims.role,
      iat,
      exp: iat + ttlSeconds,
    });
    return `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string, nowMs: number): TokenClaims | null {
    const [header, payload, signature, extra] = token.split('.');
    if (header === undefined || payload === undefined || signature === undefined || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const claims = decode(payload);
    if (claims === null) return null;
    const { sub, email, role, exp } = claims;
    if (typeof sub !== 'string' || typeof email !== 'string' || typeof role !== 'string' || typeof exp !== 'number')
      return null;
    if (exp * 1000 <= nowMs) return null;
    return { userId: Number(sub), email, role, exp };
  }

  private sign(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
