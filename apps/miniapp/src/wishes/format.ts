import type { WishSummary } from '@yilu/contract';
import { beijingDate, beijingDateTime } from '@yilu/shared';

/** "12月15日" in Beijing time. */
export function dayMonth(iso: string): string {
  const [, month, day] = beijingDate(new Date(iso)).split('-');
  return `${Number(month)}月${Number(day)}日`;
}

/** "2026-12-01 09:30" in Beijing time, as the timeline shows each step. */
export const stepTime = (iso: string) => beijingDateTime(new Date(iso));

/** The place a wish is about, as a card names it: the point, or the area. */
export const placeOf = (w: Pick<WishSummary, 'place'>) => w.place.pointName ?? w.place.areaName;

/** Whether a worker can still support a wish: someone else's, still open, not yet supported. */
export const canSupport = (w: Pick<WishSummary, 'mine' | 'supportedByMe' | 'status'>) =>
  !w.mine && !w.supportedByMe && ['submitted', 'accepted', 'in_progress'].includes(w.status);

/** The state tag's look: done green, declined and duplicate grey, open ones blue. */
export const statusTone = (status: WishSummary['status']) =>
  status === 'done' ? 'done' : status === 'declined' || status === 'duplicate' ? 'closed' : 'open';

/** The board query's place: the position's district, or everywhere when there is none. */
export const nearParam = (p: { lng: number; lat: number } | null) => (p ? `${p.lng.toFixed(5)},${p.lat.toFixed(5)}` : undefined);
