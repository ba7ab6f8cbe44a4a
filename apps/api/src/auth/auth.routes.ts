import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import {
  devLoginBodySchema,
  refreshBodySchema,
  sessionUserSchema,
  staffLoginBodySchema,
  tokenPairSchema,
  wechatLoginBodySchema,
} from '@yilu/shared';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppContext } from '../context.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { jsonBody, jsonResponse, problems } from '../http/openapi-helpers.js';
import { validate } from '../http/validate.js';
import { createAuthService } from './auth.service.js';
import { currentUser, requireAuth } from './require-auth.js';

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

  router.post('/auth/staff/login', limiter, validate({ body: staffLoginBodySchema }), async (req, res) => {
    res.json(await auth.staffLogin(req.body, req.ip ?? ''));
  });
  router.post('/auth/wechat/login', limiter, validate({ body: wechatLoginBodySchema }), async (req, res) => {
    res.json(await auth.wechatLogin(req.body.code));
  });
  router.post('/auth/dev/login', limiter, validate({ body: devLoginBodySchema }), async (req, res, next) => {
    if (!ctx.config.devLogin) return next(notFound());
    res.json(await auth.devLogin(req.body.nickname));
  });
  router.post('/auth/refresh', limiter, validate({ body: refreshBodySchema }), async (req, res) => {
    res.json(await auth.refresh(req.body.refreshToken));
  });
  router.post('/auth/logout', validate({ body: refreshBodySchema }), async (req, res) => {
    await auth.logout(req.body.refreshToken);
    res.status(204).end();
  });
  router.get('/me', requireAuth(ctx), (_req, res) => {
    res.json(currentUser(res));
  });
  return router;
}

export const authPaths: ZodOpenApiPathsObject = {
  '/auth/staff/login': {
    post: {
      tags: ['auth'],
      summary: 'Staff sign-in with username and password',
      requestBody: jsonBody(staffLoginBodySchema),
      responses: { 200: jsonResponse('Signed in', tokenPairSchema), ...problems(400, 401, 403, 429) },
    },
  },
  '/auth/wechat/login': {
    post: {
      tags: ['auth'],
      summary: 'Worker sign-in with a wx.login() code',
      requestBody: jsonBody(wechatLoginBodySchema),
      responses: { 200: jsonResponse('Signed in', tokenPairSchema), ...problems(400, 401, 429, 502, 503) },
    },
  },
  '/auth/dev/login': {
    post: {
      tags: ['auth'],
      summary: 'Development-only worker sign-in (404 unless YILU_DEV_LOGIN=true)',
      requestBody: jsonBody(devLoginBodySchema),
      responses: { 200: jsonResponse('Signed in', tokenPairSchema), ...problems(400, 404) },
    },
  },
  '/auth/refresh': {
    post: {
      tags: ['auth'],
      summary: 'Rotate a refresh token; reusing an old one revokes its family',
      requestBody: jsonBody(refreshBodySchema),
      responses: { 200: jsonResponse('New tokens', tokenPairSchema), ...problems(400, 401) },
    },
  },
  '/auth/logout': {
    post: {
      tags: ['auth'],
      summary: 'Sign out: revoke the refresh token family',
      requestBody: jsonBody(refreshBodySchema),
      responses: { 204: { description: 'Signed out' }, ...problems(400) },
    },
  },
  '/me': {
    get: {
      tags: ['auth'],
      summary: 'The signed-in user',
      security: [{ bearer: [] }],
      responses: { 200: jsonResponse('The user', sessionUserSchema), ...problems(401) },
    },
  },
};
