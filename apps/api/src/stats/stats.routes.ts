import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { statsQuerySchema, type StatsQuery } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { currentUser, requireAuth } from '../auth/require-auth.js';
import { problems } from '../http/openapi-helpers.js';
import { validate, validQuery } from '../http/validate.js';
import { sendSheet } from '../sheets/sheet-http.js';
import { statsCsv, trainingStats } from './training-stats.js';

const groupNames = { area: '按区域', provider: '按机构', trade: '按工种' } as const;

export function statsRoutes(ctx: AppContext): Router {
  const router = Router();
  const staff = requireAuth(ctx, 'admin', 'district_staff', 'community_staff', 'provider');
  router.get('/stats/training', staff, validate({ query: statsQuerySchema }), async (_req, res) => {
    const q = validQuery<StatsQuery>(res);
    const rows = await trainingStats(ctx, q, currentUser(res));
    if (q.format === 'csv') sendSheet(res, await statsCsv(rows), `培训统计-${groupNames[q.groupBy]}`, 'csv');
    else res.json({ groupBy: q.groupBy, rows });
  });
  return router;
}

export const statsPaths: ZodOpenApiPathsObject = {
  '/stats/training': {
    get: {
      tags: ['stats'],
      security: [{ bearer: [] }],
      summary: 'Training figures per area, provider or trade (取证率, 上岗率, subsidy), in your scope; CSV with format=csv',
      requestParams: { query: statsQuerySchema },
      responses: { 200: { description: 'Rows of figures' }, ...problems(400, 401, 403) },
    },
  },
};
