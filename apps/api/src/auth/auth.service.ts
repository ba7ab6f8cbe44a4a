import type { HydratedDocument } from 'mongoose';
import type { StaffLoginBody, TokenPair } from '@yilu/shared';
import type { AccountFields } from '../accounts/account.model.js';
import { toSessionUser } from '../accounts/account.dto.js';
import type { AppContext } from '../context.js';
import { HttpProblem, unauthorized } from '../http/problem.js';
import { verifyPassword } from './passwords.js';
import { code2session } from './wechat.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

type AccountDoc = HydratedDocument<AccountFields>;

async function tokensFor(ctx: AppContext, account: AccountDoc): Promise<TokenPair> {
  const access = await ctx.accessTokens.sign({ sub: account._id.toString(), role: account.role as TokenPair['user']['role'] });
  const refresh = await ctx.refreshTokens.issue(account._id);
  return pair(account, access, refresh);
}

function pair(account: AccountDoc, access: { token: string; expiresAt: Date }, refresh: { token: string; expiresAt: Date }): TokenPair {
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt.toISOString(),
    user: toSessionUser(account),
  };
}

/** Finds or creates the worker account behind a WeChat openid; a concurrent first sign-in reuses the winner. */
async function workerFor({ models: { Account } }: AppContext, openid: string, displayName: string): Promise<AccountDoc> {
  const existing = await Account.findOne({ wechatOpenId: openid });
  if (existing) return existing;
  try {
    return await Account.create({ wechatOpenId: openid, displayName, role: 'worker' });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const winner = await Account.findOne({ wechatOpenId: openid });
    if (!winner) throw error;
    return winner;
  }
}

async function signInWorker(ctx: AppContext, account: AccountDoc) {
  if (account.disabled) throw new HttpProblem(403, 'account-disabled', '账号已停用，请联系社区工作人员');
  account.lastLoginAt = new Date();
  await account.save();
  return tokensFor(ctx, account);
}

export function createAuthService(ctx: AppContext) {
  const { Account } = ctx.models;

  return {
    async staffLogin({ username, password }: StaffLoginBody, ip: string): Promise<TokenPair> {
      await ctx.loginLimiter.check(username, ip);
      const account = await Account.findOne({ username });
      const ok = await verifyPassword(account?.passwordHash, password);
      if (!account || !ok || account.role === 'worker') {
        await ctx.loginLimiter.fail(username, ip);
        throw unauthorized('用户名或密码错误');
      }
      if (account.disabled) throw new HttpProblem(403, 'account-disabled', '账号已停用，请联系管理员');
      await ctx.loginLimiter.succeed(username, ip);
      account.lastLoginAt = new Date();
      await account.save();
      return tokensFor(ctx, account);
    },

    async wechatLogin(code: string): Promise<TokenPair> {
      const { openid } = await code2session(ctx.config.wechat, code);
      return signInWorker(ctx, await workerFor(ctx, openid, '微信用户'));
    },

    async devLogin(nickname: string): Promise<TokenPair> {
      return signInWorker(ctx, await workerFor(ctx, `dev:${nickname}`, nickname));
    },

    async refresh(refreshToken: string): Promise<TokenPair> {
      const next = await ctx.refreshTokens.rotate(refreshToken);
      const account = await Account.findById(next.accountId);
      if (!account || account.disabled) {
        await ctx.refreshTokens.revoke(next.token);
        throw unauthorized('账号不存在或已停用');
      }
      const access = await ctx.accessTokens.sign({ sub: account._id.toString(), role: account.role as TokenPair['user']['role'] });
      return pair(account, access, next);
    },

    logout: (refreshToken: string) => ctx.refreshTokens.revoke(refreshToken),
  };
}
