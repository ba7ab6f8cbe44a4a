import { describe, expect, it } from 'vitest';
import { formatExceptionsText, formatHoursText, parseExceptionsText, parseHoursText } from '../hours-text.js';

describe('parseHoursText', () => {
  it('reads the ways staff write hours', () => {
    expect(parseHoursText('24小时')).toMatchObject({ alwaysOpen: true });
    expect(parseHoursText('每天 8:00-20:00')).toMatchObject({
      weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ open: '08:00', close: '20:00' }] }],
    });
    expect(parseHoursText('周一至周五 08:00-12:00,14:00-18:00；周六 09:00-17:00')).toMatchObject({
      weekly: [
        {
          days: [1, 2, 3, 4, 5],
          ranges: [
            { open: '08:00', close: '12:00' },
            { open: '14:00', close: '18:00' },
          ],
        },
        { days: [6], ranges: [{ open: '09:00', close: '17:00' }] },
      ],
    });
    expect(parseHoursText('周五至周一 18:00-06:00')).toMatchObject({ weekly: [{ days: [1, 5, 6, 7] }] });
  });

  it('says what it could not read', () => {
    expect(parseHoursText('早上开门')).toEqual({ error: expect.stringContaining('无法识别的营业时间') });
    expect(parseHoursText('每天 八点到晚上')).toEqual({ error: expect.stringContaining('无法识别的时间段') });
  });

  it('round-trips through formatHoursText', () => {
    for (const text of ['24小时', '每天 08:00-20:00', '周一、周二、周三、周四、周五 08:00-12:00,14:00-18:00；周六 09:00-17:00']) {
      const parsed = parseHoursText(text);
      expect('error' in parsed).toBe(false);
      expect(formatHoursText(parsed as never)).toBe(text);
    }
  });
});

describe('parseExceptionsText', () => {
  it('reads closures and special hours with an optional note, sorted by date', () => {
    expect(parseExceptionsText('2027-02-18 10:00-16:00 春节缩短营业\n\n2027-02-17 闭馆 春节\n2027-10-01 8:00-12:00,14:00-18:00')).toEqual([
      { date: '2027-02-17', closed: true, ranges: [], note: '春节' },
      { date: '2027-02-18', closed: false, ranges: [{ open: '10:00', close: '16:00' }], note: '春节缩短营业' },
      {
        date: '2027-10-01',
        closed: false,
        ranges: [
          { open: '08:00', close: '12:00' },
          { open: '14:00', close: '18:00' },
        ],
      },
    ]);
  });

  it('names the line it cannot read, and a date given twice', () => {
    expect(parseExceptionsText('春节 闭馆')).toEqual({ error: expect.stringContaining('无法识别的特殊日期“春节 闭馆”') });
    expect(parseExceptionsText('2027-02-17 上午开')).toEqual({ error: expect.stringContaining('2027-02-17 上午开') });
    expect(parseExceptionsText('2027-02-17 闭馆\n2027-02-17 09:00-12:00')).toEqual({ error: '特殊日期 2027-02-17 重复' });
  });

  it('round-trips through formatExceptionsText', () => {
    const text = '2027-02-17 闭馆 春节\n2027-02-18 10:00-16:00';
    expect(formatExceptionsText(parseExceptionsText(text) as never)).toBe(text);
  });
});
