import { Router } from 'express';
import { AREA_TOLERANCE_M, areaOutline, outlinesInView, tableSource } from '@yilu/areas';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { notFound } from '../http/problem.js';
import { route } from '../http/route.js';
import { areaName } from './area-name.js';
import { createGeocoder } from './geocoder.js';

export function areasRoutes(ctx: AppContext): Router {
  const router = Router();
  const geocoder = createGeocoder(ctx.config.geocoder);
  const { source, licence } = tableSource();

  route(router, ctx, op.getArea, ({ params, query }) => {
    const outline = areaOutline(params.areaCode, query.crs);
    if (!outline) throw notFound('没有该行政区划代码的边界数据');
    const { polygons, ...rest } = outline;
    return { crs: query.crs, ...rest, name: areaName(params.areaCode), outline: polygons, toleranceM: AREA_TOLERANCE_M };
  });
  route(router, ctx, op.areasInView, ({ query }) => {
    const { minLng, minLat, maxLng, maxLat } = query.bbox;
    const items = outlinesInView([minLng, minLat, maxLng, maxLat], query.zoom, query.crs).map(({ bbox: _bbox, ...item }) => item);
    return { crs: query.crs, source: `${source}; ${licence}`, items };
  });
  route(router, ctx, op.geocoderStatus, () => geocoder.status());
  route(router, ctx, op.geocode, ({ query }) => geocoder.lookUp(query.address, query.crs));
  return router;
}
