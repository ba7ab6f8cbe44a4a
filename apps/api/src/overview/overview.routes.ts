import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { overview } from './overview.js';

export function overviewRoutes(ctx: AppContext): Router {
  const router = Router();
  route(router, ctx, op.overview, ({ user }) => overview(ctx, user));
  return router;
}
