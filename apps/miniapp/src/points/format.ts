import { amenityLabels, formatNextOpening, nextOpening, type Amenity, type ServicePoint } from '@yilu/shared';

/** "350 米" under a kilometre, "1.2 公里" above. */
export function formatDistance(m: number): string {
  return m < 1000 ? `${Math.round(m)} 米` : `${(m / 1000).toFixed(m < 10_000 ? 1 : 0)} 公里`;
}

/** "营业中 · 至 22:00", "营业中 · 至次日 02:00", "24 小时营业", "休息中 · 明天 08:00 开门" or "休息中". */
export function describeOpen(p: Pick<ServicePoint, 'openNow' | 'closesAt' | 'closesNextDay' | 'hours'>, at = new Date()): string {
  if (!p.openNow) {
    const next = nextOpening(p.hours, at);
    return next ? `休息中 · ${formatNextOpening(next)}` : '休息中';
  }
  if (p.hours.alwaysOpen) return '24 小时营业';
  if (!p.closesAt) return '营业中';
  return `营业中 · 至${p.closesNextDay ? '次日 ' : ' '}${p.closesAt}`;
}

const amenityIcons: Record<Amenity, string> = {
  hot_water: '♨️',
  drinking_water: '🚰',
  microwave: '🍱',
  phone_charging: '🔋',
  ebike_charging: '🛵',
  battery_swap: '🔁',
  ev_fast_charging: '⚡',
  toilet: '🚻',
  seats: '🪑',
  heating: '🔥',
  cooling: '❄️',
  wifi: '📶',
  first_aid: '⛑️',
  books: '📚',
  repair_tools: '🔧',
};

/** An amenity with its icon, for badges: "♨️ 热水". */
export const amenityBadge = (a: Amenity) => `${amenityIcons[a]} ${amenityLabels[a]}`;

/** "3 天前核实" / "今天核实" / "尚未核实". */
export function describeVerified(verifiedAt: string | undefined, now = new Date()): string {
  if (!verifiedAt) return '尚未核实';
  const days = Math.floor((now.getTime() - Date.parse(verifiedAt)) / 86_400_000);
  return days <= 0 ? '今天核实' : `${days} 天前核实`;
}
