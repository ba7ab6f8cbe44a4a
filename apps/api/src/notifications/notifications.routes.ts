import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { grantConsents } from './consents.js';
import { markRead, myNotifications, preferencesOf, setPreferences } from './inbox.js';

/** The worker's messages (我的 → 消息), which kinds are pushed on WeChat, and the subscribe consents. */
export function notificationsRoutes(ctx: AppContext): Router {
  const router = Router();
  const { models } = ctx;
  route(router, ctx, op.myNotifications, ({ query, user }) => myNotifications(models, user, query.page, query.pageSize));
  route(router, ctx, op.markNotificationsRead, ({ body, user }) => markRead(models, user, body));
  route(router, ctx, op.myNotificationPreferences, ({ user }) => preferencesOf(models, user));
  route(router, ctx, op.setNotificationPreferences, ({ body, user }) => setPreferences(models, user, body));
  route(router, ctx, op.recordSubscriptions, ({ body, user }) => grantConsents(models, user.id, body.templateIds));
  return router;
}
