import type { RequestHandler, Response } from 'express';
import { isValidObjectId } from 'mongoose';
import type { Role, SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { toSessionUser } from '../accounts/account.dto.js';
import { forbidden, unauthorized } from '../http/problem.js';

/**
 * Authenticates the bearer token and, when roles are given, requires one of them. The account is read on every
 * request so that disabling it or changing its role takes effect at once, not when the token expires.
 */
export function requireAuth(ctx: AppContext, ...roles: Role[]): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
    if (!match) return next(unauthorized());

    let sub: string;
    try {
      sub = (await ctx.accessTokens.verify(match[1]!)).sub;
    } catch {
      return next(unauthorized('登录已过期，请重新登录'));
    }
    if (!isValidObjectId(sub)) return next(unauthorized());
    const account = await ctx.models.Account.findById(sub);
    if (!account || account.disabled) return next(unauthorized('账号不存在或已停用'));

    const user = toSessionUser(account);
    if (roles.length && !roles.includes(user.role)) return next(forbidden());
    res.locals.user = user;
    next();
  };
}

/** Authenticates when a token is sent and lets anonymous requests through; `res.locals.user` may be unset. */
export function optionalAuth(ctx: AppContext): RequestHandler {
  const authenticate = requireAuth(ctx);
  return (req, res, next) => (req.get('authorization') ? authenticate(req, res, next) : next());
}

export const maybeUser = (res: Response) => res.locals.user as SessionUser | undefined;

export const currentUser = (res: Response) => res.locals.user as SessionUser;
