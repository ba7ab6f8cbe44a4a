import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { route } from '../http/route.js';
import { createAuthService } from './auth.service.js';

export function authRoutes(ctx: AppContext): Router {
  const auth = createAuthService(ctx);
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: ctx.config.authRateLimitPerMin,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new HttpProblem(429, 'rate-limited', '请求过于频繁，请稍后再试')),
  });
  const limited = { before: [limiter] };

  route(router, ctx, op.staffLogin, ({ body, req }) => auth.staffLogin(body, req.ip ?? ''), limited);
  route(router, ctx, op.wechatLogin, ({ body }) => auth.wechatLogin(body.code), limited);
  route(
    router,
    ctx,
    op.devLogin,
    ({ body }) => {
      if (!ctx.config.devLogin) throw notFound();
      return auth.devLogin(body.nickname);
    },
    limited,
  );
  route(router, ctx, op.refreshTokens, ({ body }) => auth.refresh(body.refreshToken), limited);
  route(router, ctx, op.logout, ({ body }) => auth.logout(body.refreshToken));
  route(router, ctx, op.getMe, ({ user }) => user);
  return router;
}
