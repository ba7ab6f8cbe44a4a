import { describe, expect, it } from 'vitest';
import { enrollmentStatuses } from '@yilu/shared';
import { describeFee, enrollBlocker, myEnrollmentState, scheduleByDay } from '../format';

describe('class wording', () => {
  it('reads a timetable by day, in order, with each session’s kind', () => {
    const rows = scheduleByDay([
      { date: '2026-12-02', start: '09:00', end: '12:00', kind: 'theory' },
      { date: '2026-12-01', start: '14:00', end: '18:00', kind: 'practice' },
      { date: '2026-12-01', start: '09:00', end: '12:00', kind: 'theory' },
    ]);
    expect(rows).toEqual([
      { day: '12月1日 周二', slots: '09:00–12:00 理论，14:00–18:00 实操' },
      { day: '12月2日 周三', slots: '09:00–12:00 理论' },
    ]);
  });

  it('says why a class cannot be joined, and nothing when it can', () => {
    const open = { status: 'open', seatsLeft: 3, enrollDeadline: '2026-12-01T00:00:00+08:00' };
    const before = Date.parse('2026-11-20T00:00:00+08:00');
    expect(enrollBlocker(open, before)).toBeNull();
    expect(enrollBlocker({ ...open, status: 'full', seatsLeft: 0 }, before)).toBe('名额已满');
    expect(enrollBlocker({ ...open, status: 'running' }, before)).toBe('已开课，暂停报名');
    expect(enrollBlocker(open, Date.parse('2026-12-02T00:00:00+08:00'))).toBe('报名已截止');
  });

  it('states who pays what', () => {
    expect(describeFee(280000, 280000)).toBe('免费（全额补贴 ¥2,800）');
    expect(describeFee(360000, 240000)).toBe('¥3,600（补贴 ¥2,400，自付 ¥1,200）');
  });
});

describe("the worker's own enrollment on the class page", () => {
  it('names the state in the words of 我的, and offers to enroll only once the enrollment is over', () => {
    expect(myEnrollmentState(undefined)).toBeNull();
    expect(myEnrollmentState({ status: 'applied', active: true })).toEqual({ label: '已报名，待审核', offerEnroll: false });
    expect(myEnrollmentState({ status: 'approved', active: true })).toEqual({ label: '已通过审核，待上课', offerEnroll: false });
    expect(myEnrollmentState({ status: 'completed', active: true })).toEqual({ label: '已结业，待考核', offerEnroll: false });
    expect(myEnrollmentState({ status: 'withdrawn', active: false })).toEqual({ label: '已退出', offerEnroll: true });
    expect(myEnrollmentState({ status: 'rejected', active: false })).toEqual({ label: '未通过审核', offerEnroll: true });
  });

  it('has words for every state an enrollment can be in', () => {
    expect(enrollmentStatuses.filter((s) => !myEnrollmentState({ status: s, active: true })?.label)).toEqual([]);
  });
});
