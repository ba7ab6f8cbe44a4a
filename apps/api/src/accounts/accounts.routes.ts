import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { createAccountsService } from './accounts.service.js';

export function accountsRoutes(ctx: AppContext): Router {
  const accounts = createAccountsService(ctx);
  const router = Router();
  route(router, ctx, op.listAccounts, ({ query }) => accounts.list(query));
  route(router, ctx, op.createAccount, ({ body }) => accounts.create(body));
  route(router, ctx, op.getAccount, ({ params }) => accounts.get(params.id));
  route(router, ctx, op.updateAccount, ({ params, body, user }) => accounts.update(params.id, body, user.id));
  return router;
}
