import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { createReportsService } from './reports.service.js';

export function reportsRoutes(ctx: AppContext): Router {
  const reports = createReportsService(ctx);
  const router = Router();
  route(router, ctx, op.reportPoint, ({ params, body, user }) => reports.create(params.id, body, user));
  route(router, ctx, op.myReports, ({ user }) => reports.mine(user));
  route(router, ctx, op.listReports, ({ query, user }) => reports.list(query, user));
  route(router, ctx, op.handleReport, ({ params, body, user }) => reports.handle(params.id, body, user));
  return router;
}
