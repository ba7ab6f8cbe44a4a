import { districtAt } from '@yilu/areas';
import { convertCrs, type Crs, type LngLat } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import { HttpProblem } from '../http/problem.js';

const refused = (field: string, message: string) => new HttpProblem(422, 'unknown-district', message, [{ field, message }]);

/** A district code the division table knows, or a 422 naming the field. */
export function assertKnownDistrict(code: string, field: string): void {
  if (areaName(code) === code) throw refused(field, '未知的区县，请重新选择');
}

/** The district a spot on the map lies in; the spot itself is not kept. */
export function districtOfSpot(spot: LngLat, crs: Crs, field: string): string {
  const district = districtAt(convertCrs(spot, crs, 'wgs84'));
  if (!district) throw refused(field, '这个位置不在已知的区县内，请选择所在区县');
  return district.code;
}

/** The district of a class, a job or a search: the first six digits of its area code. */
export const districtOf = (areaCode: string) => areaCode.slice(0, 6);
