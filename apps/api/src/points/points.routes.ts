import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { RawJson, route } from '../http/route.js';
import { sheetReply, sheetUpload } from '../sheets/sheet-http.js';
import { MAX_SHEET_ROWS } from '../sheets/read-sheet.js';
import { importPoints } from './points-import.js';
import { writePointsSheet } from './points-sheet.js';
import { createPointsService } from './points.service.js';
import { mapAnswer } from './map-answer.js';

export function pointsRoutes(ctx: AppContext): Router {
  const points = createPointsService(ctx);
  const router = Router();

  // One path, three uses: `near` or `bbox` is the public map (usually answered before Express by the fast path);
  // otherwise it is the staff listing.
  route(router, ctx, op.nearbyPoints, ({ query }) => new RawJson(mapAnswer(ctx.points.catalog, query)));
  route(router, ctx, op.viewportPoints, ({ query }) => new RawJson(mapAnswer(ctx.points.catalog, query)));
  route(router, ctx, op.listPoints, ({ query, user }) => points.list(query, user));
  route(router, ctx, op.importPoints, ({ query, user, req }) => importPoints(ctx, req.file!.buffer, query, user), {
    after: [sheetUpload()],
  });
  route(router, ctx, op.exportPoints, async ({ query, user }) => {
    const records = await points.records(query, user, MAX_SHEET_ROWS);
    return sheetReply(await writePointsSheet(records, query.format), '服务点', query.format);
  });
  route(router, ctx, op.createPoint, ({ body, user }) => points.create(body, user));
  route(router, ctx, op.getPoint, ({ params, query, user }) => points.get(params.id, query.crs, user));
  route(router, ctx, op.updatePoint, ({ params, body, user }) => points.update(params.id, body, user));
  route(router, ctx, op.deletePoint, ({ params, user }) => points.remove(params.id, user));
  route(router, ctx, op.pointHistory, async ({ params, user }) => ({ items: await points.history(params.id, user) }));
  return router;
}
