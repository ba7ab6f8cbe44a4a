import type { OpeningHours } from './opening-hours.js';
import { rangesOn } from './opening-state.js';
import { addDays, formatHhmm, localTime, parseHhmm } from './time.js';

/** When a closed place next opens, in its own time zone. */
export interface NextOpening {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local time, HH:MM. */
  time: string;
  /** Days after the local date of the moment asked about: 0 today, 1 tomorrow. */
  daysAhead: number;
  /** ISO weekday of `date`, 1 = Monday. */
  weekday: number;
}

/** Exceptions can close a place for weeks (a renovation); further than this we say nothing. */
const LOOKAHEAD_DAYS = 62;

/**
 * The first opening after `at` (strictly later, so a place that opens this very minute is already open), or
 * undefined when it never opens in the next two months or is open round the clock.
 */
export function nextOpening(hours: OpeningHours, at: Date): NextOpening | undefined {
  if (hours.alwaysOpen) return undefined;
  const now = localTime(at, hours.timezone);
  for (let daysAhead = 0; daysAhead <= LOOKAHEAD_DAYS; daysAhead++) {
    const date = addDays(now.date, daysAhead);
    const weekday = ((now.weekday - 1 + daysAhead) % 7) + 1;
    const opens = rangesOn(hours, date, weekday)
      .map((range) => parseHhmm(range.open))
      .filter((minute) => daysAhead > 0 || minute > now.minute);
    if (opens.length > 0) return { date, time: formatHhmm(Math.min(...opens)), daysAhead, weekday };
  }
  return undefined;
}

const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** "今天 18:00 开门", "明天 08:00 开门", "周三 08:00 开门" within the week, "3月5日 08:00 开门" beyond. */
export function formatNextOpening(next: NextOpening): string {
  const day =
    next.daysAhead === 0
      ? '今天'
      : next.daysAhead === 1
        ? '明天'
        : next.daysAhead < 7
          ? WEEKDAY_NAMES[next.weekday - 1]
          : `${Number(next.date.slice(5, 7))}月${Number(next.date.slice(8, 10))}日`;
  return `${day} ${next.time} 开门`;
}
