import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { trusted, type Types } from 'mongoose';
import type { Models } from '../db/connection.js';
import { unauthorized } from '../http/problem.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export function createRefreshTokens(models: Models, ttlS: number) {
  const { RefreshToken } = models;

  async function issue(accountId: Types.ObjectId, familyId: string = randomUUID(), parentId?: Types.ObjectId) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlS * 1000);
    await RefreshToken.create({ tokenHash: sha256(token), accountId, familyId, parentId, expiresAt });
    return { token, expiresAt };
  }

  async function revokeFamily(familyId: string) {
    await RefreshToken.updateMany({ familyId, revokedAt: trusted({ $exists: false }) }, { $set: { revokedAt: new Date() } });
  }

  return {
    issue: (accountId: Types.ObjectId) => issue(accountId),

    /**
     * Exchanges a refresh token for a new one in the same family. Presenting a token that was already rotated
     * (a stolen copy, or a replay) revokes the whole family, so both holders must sign in again.
     */
    async rotate(token: string) {
      const current = await RefreshToken.findOne({ tokenHash: sha256(token) });
      if (!current || current.revokedAt || current.expiresAt < new Date()) throw unauthorized('登录已失效，请重新登录');
      if (await RefreshToken.exists({ parentId: current._id })) {
        await revokeFamily(current.familyId);
        throw unauthorized('登录凭证已被使用过，为安全起见请重新登录');
      }
      try {
        const next = await issue(current.accountId, current.familyId, current._id);
        return { accountId: current.accountId, ...next };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        await revokeFamily(current.familyId);
        throw unauthorized('登录凭证已被使用过，为安全起见请重新登录');
      }
    },

    async revoke(token: string) {
      const current = await RefreshToken.findOne({ tokenHash: sha256(token) });
      if (current) await revokeFamily(current.familyId);
    },

    async revokeAllFor(accountId: Types.ObjectId) {
      await RefreshToken.updateMany({ accountId, revokedAt: trusted({ $exists: false }) }, { $set: { revokedAt: new Date() } });
    },
  };
}
