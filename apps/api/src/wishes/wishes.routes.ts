import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { confirmWish, myWishes, reopenWish, supportWish } from './wish-author.js';
import { listBoard, similarWishes } from './wish-board.js';
import { wishFigures } from './wish-figures.js';
import { mayRead } from './wish-access.js';
import { postWish } from './wish-posting.js';
import { staffQueue, wishAssignees } from './wish-queue.js';
import { hideWish, staffStep } from './wish-steps.js';
import { findWish, wishAnswer } from './wish-view-load.js';
import type { WishFields } from './wish.model.js';

/** The wish board (心愿栏): workers post and support, staff of the area answer; literal paths before `/wishes/{id}`. */
export function wishesRoutes(ctx: AppContext): Router {
  const router = Router();
  route(router, ctx, op.listWishes, ({ query, user }) => listBoard(ctx, query, user));
  route(router, ctx, op.createWish, ({ body, user }) => postWish(ctx, body, user));
  route(router, ctx, op.similarWishes, ({ query, user }) => similarWishes(ctx, query, user));
  route(router, ctx, op.wishQueue, ({ query, user }) => staffQueue(ctx, query, user));
  route(router, ctx, op.wishAssignees, ({ user }) => wishAssignees(ctx, user));
  route(router, ctx, op.getWish, async ({ params, user }) => {
    const doc = await findWish(ctx, params.id, (d) => mayRead(user, d));
    return wishAnswer(ctx, doc.toObject() as WishFields, user);
  });
  route(router, ctx, op.updateWish, ({ params, body, user }) => staffStep(ctx, params.id, body, user));
  route(router, ctx, op.hideWish, ({ params, body, user }) => hideWish(ctx, params.id, body.reason, user));
  route(router, ctx, op.supportWish, ({ params, user }) => supportWish(ctx, params.id, user));
  route(router, ctx, op.confirmWish, ({ params, user }) => confirmWish(ctx, params.id, user));
  route(router, ctx, op.reopenWish, ({ params, body, user }) => reopenWish(ctx, params.id, body.reason, user));
  route(router, ctx, op.myWishes, ({ user }) => myWishes(ctx, user));
  route(router, ctx, op.wishFigures, ({ user }) => wishFigures(ctx, user));
  return router;
}
