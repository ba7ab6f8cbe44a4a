import { MAX_INTEREST_TRADES, type FreeTime, type LearningInterestBody } from '@yilu/shared';
import { t } from '../locales/zh-CN';

export interface InterestForm {
  trades: string[];
  freeTimes: FreeTime[];
  areaCode: string;
}

export const emptyForm = (trade = ''): InterestForm => ({ trades: trade ? [trade] : [], freeTimes: [], areaCode: '' });

/** Picks a trade, or puts it back; at most five, and a sixth is refused with a reason. */
export function toggleTrade(trades: string[], trade: string): { trades: string[]; refused?: string } {
  const name = trade.trim();
  if (!name) return { trades };
  if (trades.includes(name)) return { trades: trades.filter((x) => x !== name) };
  if (trades.length >= MAX_INTEREST_TRADES) return { trades, refused: t.interest.tooManyTrades(MAX_INTEREST_TRADES) };
  return { trades: [...trades, name] };
}

export const toggleFreeTime = (times: FreeTime[], time: FreeTime): FreeTime[] =>
  times.includes(time) ? times.filter((x) => x !== time) : [...times, time];

/** The body to save, or the message next to each field that still needs an answer. */
export function interestBody(form: InterestForm): { body?: LearningInterestBody; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!form.trades.length) errors.trades = t.interest.pickTrade;
  if (!form.freeTimes.length) errors.freeTimes = t.interest.pickTime;
  if (!form.areaCode) errors.areaCode = t.interest.pickDistrict;
  if (Object.keys(errors).length) return { errors };
  return { body: { trades: form.trades, freeTimes: form.freeTimes, areaCode: form.areaCode }, errors };
}

export interface District {
  code: string;
  name: string;
}

/** Districts nearest first by their centre, at most `limit`, with the one already chosen kept in the list. */
export function nearestDistricts(
  items: { code: string; name: string; centre: { lng: number; lat: number } }[],
  at: { lng: number; lat: number },
  limit = 8,
  keep?: District,
): District[] {
  const far = (c: { lng: number; lat: number }) => (c.lng - at.lng) ** 2 * Math.cos((at.lat * Math.PI) / 180) ** 2 + (c.lat - at.lat) ** 2;
  const nearest = [...items]
    .sort((a, b) => far(a.centre) - far(b.centre))
    .slice(0, limit)
    .map(({ code, name }) => ({ code, name }));
  return keep && !nearest.some((d) => d.code === keep.code) ? [keep, ...nearest] : nearest;
}
