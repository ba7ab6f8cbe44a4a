import type { OpeningHours } from './opening-hours.js';

const DAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];
const dayIndex = (token: string): number | undefined => {
  const t = token.replace(/^(周|星期)/, '');
  if (/^[1-7]$/.test(t)) return Number(t);
  const i = DAY_NAMES.indexOf(t === '天' ? '日' : t);
  return i >= 0 ? i + 1 : undefined;
};

function parseDays(spec: string): number[] | undefined {
  if (spec === '每天' || spec === '每日') return [1, 2, 3, 4, 5, 6, 7];
  const days = new Set<number>();
  for (const part of spec.split(/[,，、]/)) {
    const [from, to] = part.split(/至|-|~/).map((s) => s.trim());
    const a = dayIndex(from ?? '');
    const b = to === undefined ? a : dayIndex(to);
    if (!a || !b) return undefined;
    for (let d = a; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === b) break;
    }
  }
  return [...days].sort();
}

/**
 * Reads opening hours written the way staff write them in a spreadsheet:
 * "24小时", "每天 08:00-20:00", "周一至周五 08:00-12:00,14:00-18:00；周六 09:00-17:00", "1-5 18:00-06:00".
 * Returns an error message instead when the text cannot be read.
 */
export function parseHoursText(text: string, timezone = 'Asia/Shanghai'): OpeningHours | { error: string } {
  const t = text.trim();
  const base = { timezone, alwaysOpen: false, weekly: [], exceptions: [] };
  if (!t) return base;
  if (/^(24\s*小时|全天|24h)$/i.test(t)) return { ...base, alwaysOpen: true };
  const weekly: OpeningHours['weekly'] = [];
  for (const rule of t
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(\S+)\s+(.+)$/.exec(rule);
    const days = m ? parseDays(m[1]!) : undefined;
    if (!m || !days) return { error: `无法识别的营业时间“${rule}”，示例：周一至周五 08:00-20:00` };
    const ranges = m[2]!.split(/[,，、]/).map((r) => /^\s*(\d{1,2}:\d{2})\s*[-~至]\s*(\d{1,2}:\d{2})\s*$/.exec(r));
    if (ranges.some((r) => !r)) return { error: `无法识别的时间段“${m[2]}”，示例：08:00-20:00` };
    const pad = (s: string) => s.padStart(5, '0');
    weekly.push({ days, ranges: ranges.map((r) => ({ open: pad(r![1]!), close: pad(r![2]!) })) });
  }
  return { ...base, weekly };
}

/** Writes hours back in the same form parseHoursText reads. */
export function formatHoursText(hours: OpeningHours): string {
  if (hours.alwaysOpen) return '24小时';
  return hours.weekly
    .map((rule) => {
      const days = rule.days.length === 7 ? '每天' : rule.days.map((d) => `周${DAY_NAMES[d - 1]}`).join('、');
      return `${days} ${rule.ranges.map((r) => `${r.open}-${r.close}`).join(',')}`;
    })
    .join('；');
}

const CLOSED_WORDS = /^(闭馆|休息|关闭|不开放|停业)$/;

/**
 * Reads dated exceptions, one per line: "2027-02-17 闭馆 春节", "2027-02-18 10:00-16:00 春节缩短营业",
 * "2027-10-01 08:00-12:00,14:00-18:00". The note after the hours is optional. An error names the first bad line.
 */
export function parseExceptionsText(text: string): OpeningHours['exceptions'] | { error: string } {
  const exceptions: OpeningHours['exceptions'] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s+(\S+)(?:\s+(.+))?$/.exec(line);
    const bad = { error: `无法识别的特殊日期“${line}”，示例：2027-02-17 闭馆 春节，或 2027-02-18 10:00-16:00` };
    if (!m) return bad;
    const [, date, hours, note] = m;
    if (exceptions.some((e) => e.date === date)) return { error: `特殊日期 ${date} 重复` };
    const withNote = note ? { note: note.trim() } : {};
    if (CLOSED_WORDS.test(hours!)) {
      exceptions.push({ date: date!, closed: true, ranges: [], ...withNote });
      continue;
    }
    const ranges = hours!.split(/[,，、]/).map((r) => /^(\d{1,2}:\d{2})[-~至](\d{1,2}:\d{2})$/.exec(r));
    if (ranges.some((r) => !r)) return bad;
    const pad = (s: string) => s.padStart(5, '0');
    exceptions.push({ date: date!, closed: false, ranges: ranges.map((r) => ({ open: pad(r![1]!), close: pad(r![2]!) })), ...withNote });
  }
  return exceptions.sort((a, b) => a.date.localeCompare(b.date));
}

/** Writes exceptions back in the form parseExceptionsText reads. */
export function formatExceptionsText(exceptions: OpeningHours['exceptions']): string {
  return exceptions
    .map((e) => [e.date, e.closed ? '闭馆' : e.ranges.map((r) => `${r.open}-${r.close}`).join(','), e.note].filter(Boolean).join(' '))
    .join('\n');
}
