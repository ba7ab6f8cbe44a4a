import { areaList } from '@vant/area-data';

/**
 * A division code as people name it, from Vant's GB/T 2260 table: "650109" → "乌鲁木齐市米东区", "650100" →
 * "乌鲁木齐市", "650000" → "新疆维吾尔自治区". Township and community codes (9/12 digits) name their county and
 * keep the code; codes the table does not know stay codes.
 */
export function areaName(code: string): string {
  const county = code.slice(0, 6);
  const city = `${county.slice(0, 4)}00`;
  const province = `${county.slice(0, 2)}0000`;
  let name: string | undefined;
  if (county === province) name = areaList.province_list[province];
  else if (county === city) name = areaList.city_list[city];
  else if (areaList.county_list[county]) name = `${areaList.city_list[city] ?? ''}${areaList.county_list[county]}`;
  if (!name) return code;
  return code.length > 6 ? `${name}（${code}）` : name;
}
