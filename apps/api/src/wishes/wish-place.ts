import { districtAt } from '@yilu/areas';
import { convertCrs, type Crs, type LngLat } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import type { AppContext } from '../context.js';
import { HttpProblem, notFound } from '../http/problem.js';

export interface WishPlace {
  areaCode: string;
  pointId?: string;
  pointName?: string;
}

/** Where a request's place puts a wish, each field named as the body or the query names it. */
export interface PlaceInput {
  pointId?: string;
  location?: LngLat;
  near?: LngLat;
  crs: Crs;
  areaCode?: string;
}

const refused = (field: string, message: string) => new HttpProblem(422, 'unknown-place', message, [{ field, message }]);

/**
 * The area of a place: a published point's own; the district a spot on the map lies in (the spot is not kept);
 * or a district the worker chose, which must be one the area table knows.
 */
export function resolvePlace(ctx: AppContext, input: PlaceInput, where: 'body' | 'query'): WishPlace {
  if (input.pointId) {
    const point = ctx.points.catalog.get(input.pointId);
    if (!point) throw notFound('服务点不存在或已下线');
    return { areaCode: point.areaCode, pointId: point.id, pointName: point.name };
  }
  const spot = input.location ?? input.near;
  if (spot) {
    const district = districtAt(convertCrs(spot, input.crs, 'wgs84'));
    const field = `${where}.${input.location ? 'location' : 'near'}`;
    if (!district) throw refused(field, '这个位置不在已知的区县内，请选择服务点或所在区县');
    return { areaCode: district.code };
  }
  const code = input.areaCode!;
  if (areaName(code.slice(0, 6)) === code.slice(0, 6)) throw refused(`${where}.areaCode`, '未知的行政区划，请重新选择所在区县');
  return { areaCode: code };
}

/** The district (six digits) of an area: what "nearby" means for wishes. */
export const districtOf = (areaCode: string) => areaCode.slice(0, 6);
