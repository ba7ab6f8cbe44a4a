/**
 * Classes, sessions, certificates and the figures about them are dated in Beijing time, wherever the server or
 * the phone is. `toISOString().slice(0, 10)` is the UTC date: a day behind from 00:00 to 08:00 Beijing time.
 */
export const BEIJING_TIMEZONE = 'Asia/Shanghai';

export const DAY_MS = 86_400_000;

/** "09:30" → 570, minutes after midnight. */
export const parseHhmm = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** 570 → "09:30". */
export const formatHhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

interface LocalDay {
  date: string;
  weekday: number;
  minute: number;
  yesterday: { date: string; weekday: number };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const lastLocal = new Map<string, { minute: number; value: LocalDay }>();

/**
 * The local date, ISO weekday and minute of the day of `at` in `timezone`. Formatting a date in a time zone is
 * slow next to everything else here, so the answer is kept for the rest of that minute.
 */
export function localTime(at: Date, timezone: string): LocalDay {
  const minute = Math.floor(at.getTime() / 60_000);
  const cached = lastLocal.get(timezone);
  if (cached?.minute === minute) return cached.value;
  const value = computeLocalTime(at, timezone);
  lastLocal.set(timezone, { minute, value });
  return value;
}

/**
 * Zones whose offset from UTC has not changed since 1991 (China has kept no summer time since then): their local
 * time is arithmetic. A phone's first Intl formatter for a zone costs tens of milliseconds, in the middle of drawing
 * the map's list.
 */
const FIXED_SINCE = Date.UTC(1992, 0, 1);
const fixedOffsetMinutes: Record<string, number> = { 'Asia/Shanghai': 480, 'Asia/Urumqi': 360 };

function computeLocalTime(at: Date, timezone: string): LocalDay {
  const offset = fixedOffsetMinutes[timezone];
  if (offset !== undefined && at.getTime() >= FIXED_SINCE) return fixedOffsetTime(at, offset);
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  return localDay(`${parts.year}-${parts.month}-${parts.day}`, weekday, Number(parts.hour) * 60 + Number(parts.minute));
}

function fixedOffsetTime(at: Date, offsetMinutes: number): LocalDay {
  const minutes = Math.floor(at.getTime() / 60_000) + offsetMinutes;
  const local = new Date(minutes * 60_000);
  return localDay(local.toISOString().slice(0, 10), ((local.getUTCDay() + 6) % 7) + 1, ((minutes % 1440) + 1440) % 1440);
}

function localDay(date: string, weekday: number, minute: number): LocalDay {
  return { date, weekday, minute, yesterday: { date: addDays(date, -1), weekday: weekday === 1 ? 7 : weekday - 1 } };
}

/** A calendar date (YYYY-MM-DD) `days` later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const toDate = (at: Date | number) => (typeof at === 'number' ? new Date(at) : at);

/** The Beijing calendar date (YYYY-MM-DD) of an instant: "today" for classes, certificates and figures. */
export const beijingDate = (at: Date | number = Date.now()) => localTime(toDate(at), BEIJING_TIMEZONE).date;

/** "2026-12-02 01:00" in Beijing time; compares like the instants it names, as session dates and times do. */
export function beijingDateTime(at: Date | number = Date.now()): string {
  const local = localTime(toDate(at), BEIJING_TIMEZONE);
  return `${local.date} ${formatHhmm(local.minute)}`;
}

/** The first instant of a Beijing day. */
export const beijingDayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** The last millisecond of a Beijing day. */
export const beijingDayEnd = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

/** How people name the zones our places are in; any other zone is named by its IANA id. */
const zoneNames: Record<string, string> = {
  'Asia/Shanghai': '北京时间',
  'Asia/Urumqi': '新疆时间',
  'Asia/Kashgar': '新疆时间',
  'Asia/Hong_Kong': '香港时间',
  'Asia/Macau': '澳门时间',
  'Asia/Taipei': '台北时间',
};

export const zoneName = (zone: string) => zoneNames[zone] ?? `${zone} 时间`;

/** The phone's time zone as the platform reports it; Beijing when it reports none. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || BEIJING_TIMEZONE;
  } catch {
    return BEIJING_TIMEZONE;
  }
}

/** Minutes `zone` is ahead of UTC at `at`. */
function utcOffsetMinutes(zone: string, at: Date): number {
  const local = localTime(at, zone);
  const localAsUtc = Date.parse(`${local.date}T00:00:00Z`) + local.minute * 60_000;
  return Math.round((localAsUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The note after times given in `zone` (a class's Beijing time, a place's opening hours): "（北京时间）" when the
 * phone's clock is set to a zone with another offset, so a Xinjiang phone does not read 09:00 as its own 09:00;
 * '' when the phone shows the same clock.
 */
export function zoneNote(zone: string, phoneZone: string = deviceTimeZone(), at: Date = new Date()): string {
  return utcOffsetMinutes(zone, at) === utcOffsetMinutes(phoneZone, at) ? '' : `（${zoneName(zone)}）`;
}

/** "2026-12-02 01:00" for an instant, in `zone`. */
export function zonedDateTime(at: Date | number | string, zone: string): string {
  const local = localTime(typeof at === 'string' ? new Date(at) : toDate(at), zone);
  return `${local.date} ${formatHhmm(local.minute)}`;
}
