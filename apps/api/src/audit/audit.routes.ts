import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { createAuditService } from './audit.service.js';

export function auditRoutes(ctx: AppContext): Router {
  const audit = createAuditService(ctx);
  const router = Router();
  route(router, ctx, op.listAudit, ({ query, user }) => audit.list(query, user));
  return router;
}
