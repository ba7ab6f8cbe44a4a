import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { sheetReply } from '../sheets/sheet-http.js';
import { statsCsv, trainingStats } from './training-stats.js';

const groupNames = { area: '按区域', provider: '按机构', trade: '按工种' } as const;

export function statsRoutes(ctx: AppContext): Router {
  const router = Router();
  route(router, ctx, op.trainingStats, async ({ query, user }) => ({
    groupBy: query.groupBy,
    rows: await trainingStats(ctx, query, user),
  }));
  route(router, ctx, op.exportTrainingStats, async ({ query, user }) =>
    sheetReply(await statsCsv(await trainingStats(ctx, query, user)), `培训统计-${groupNames[query.groupBy]}`, 'csv'),
  );
  return router;
}
