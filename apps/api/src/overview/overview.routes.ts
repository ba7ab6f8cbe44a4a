import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppContext } from '../context.js';
import { currentUser, requireAuth } from '../auth/require-auth.js';
import { problems } from '../http/openapi-helpers.js';
import { overview } from './overview.js';

export function overviewRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/overview', requireAuth(ctx, 'admin', 'district_staff', 'community_staff', 'provider'), async (_req, res) => {
    res.json(await overview(ctx, currentUser(res)));
  });
  return router;
}

export const overviewPaths: ZodOpenApiPathsObject = {
  '/overview': {
    get: {
      tags: ['stats'],
      security: [{ bearer: [] }],
      summary: 'What is waiting in your scope: enrollments to review, classes starting soon, certified this year; for area staff also open reports and points to verify',
      responses: { 200: { description: 'The counts' }, ...problems(401, 403) },
    },
  },
};
