import type { AccessType, Amenity, PointKind, PointStatus } from './points.js';

/** The domain's Chinese names, used on screens and in the import/export spreadsheet columns. */
export const pointKindLabels: Record<PointKind, string> = {
  rest_station: '驿站',
  charging: '充电点',
  reading_corner: '读书角',
  canteen: '爱心餐厅',
  toilet: '公厕',
  training_site: '培训点',
};

export const amenityLabels: Record<Amenity, string> = {
  hot_water: '热水',
  drinking_water: '饮用水',
  microwave: '微波炉',
  phone_charging: '手机充电',
  ebike_charging: '电动车充电',
  battery_swap: '换电',
  ev_fast_charging: '汽车快充',
  toilet: '卫生间',
  seats: '休息座椅',
  heating: '取暖',
  cooling: '纳凉',
  wifi: '无线网络',
  first_aid: '急救箱',
  books: '图书',
  repair_tools: '维修工具',
};

export const accessTypeLabels: Record<AccessType, string> = {
  public: '对公众开放',
  customers: '仅限顾客',
  workers: '劳动者专用',
};

export const pointStatusLabels: Record<PointStatus, string> = {
  draft: '草稿',
  published: '已发布',
  closed: '已关闭',
};

/** Finds the code for a label or a code ("热水" or "hot_water"); undefined when neither. */
export function codeFor<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  const t = text.trim();
  if (t in labels) return t as T;
  return (Object.keys(labels) as T[]).find((k) => labels[k] === t);
}
