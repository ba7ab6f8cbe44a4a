import { AREA_TOLERANCE_M, districtAt, placeInArea, type LngLat } from '@yilu/areas';
import type { FieldError } from '@yilu/shared';
import { HttpProblem } from '../http/problem.js';
import { areaName } from './area-name.js';

const distanceText = (m: number) =>
  m >= 10_000 ? `${Math.round(m / 1000)} 公里` : m >= 1000 ? `${(m / 1000).toFixed(1)} 公里` : `${Math.round(m)} 米`;

/**
 * Why a WGS-84 location does not fit the area it is filed under — one message for the location, one for the area
 * code — or null when it lies inside the area's outline or within AREA_TOLERANCE_M of it.
 */
export function areaMismatch(location: LngLat, areaCode: string): { location: string; areaCode: string } | null {
  const placement = placeInArea(location, areaCode);
  if (!placement) return { location: '无法核对位置：没有该行政区的边界数据', areaCode: '没有该行政区划代码的边界数据，请核对代码' };
  if (placement.inside) return null;
  const actual = districtAt(location);
  // The outlines keep a few codes retired since they were drawn (下城区 330103): name those as the outlines do.
  const actualName = actual && (areaName(actual.code) === actual.code ? actual.name : areaName(actual.code));
  return {
    location: `位置不在所选行政区（${areaName(areaCode)}）内，相距约 ${distanceText(placement.distanceM)}（允许误差 ${AREA_TOLERANCE_M} 米）`,
    areaCode: actual ? `与位置不符：该位置在${actualName}（${actual.code}）` : '与位置不符',
  };
}

/** 422 naming `body.location` and `body.areaCode` when the location lies outside its area. */
export function assertInArea(location: LngLat, areaCode: string): void {
  const mismatch = areaMismatch(location, areaCode);
  if (!mismatch) return;
  const errors: FieldError[] = [
    { field: 'body.location', message: mismatch.location },
    { field: 'body.areaCode', message: mismatch.areaCode },
  ];
  throw new HttpProblem(422, 'outside-area', mismatch.location, errors);
}
