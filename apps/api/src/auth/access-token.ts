import { jwtVerify, SignJWT } from 'jose';
import type { Role } from '@yilu/shared';

const ISSUER = 'yilu';
const AUDIENCE = 'yilu-api';
const ALG = 'HS256';

export interface AccessClaims {
  sub: string;
  role: Role;
}

export function createAccessTokens(secret: string, ttlS: number) {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
      const expiresAt = new Date(Date.now() + ttlS * 1000);
      const token = await new SignJWT({ role: claims.role })
        .setProtectedHeader({ alg: ALG })
        .setSubject(claims.sub)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    /** Throws on a bad signature, another algorithm, a wrong issuer or audience, or an expired token. */
    async verify(token: string): Promise<AccessClaims> {
      const { payload } = await jwtVerify(token, key, { algorithms: [ALG], issuer: ISSUER, audience: AUDIENCE });
      return { sub: String(payload.sub), role: payload.role as Role };
    },
  };
}
