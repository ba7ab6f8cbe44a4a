import { describe, expect, it } from 'vitest';
import type { CourseView } from '@yilu/contract';
import { courseBodyFrom, formatSessions, parseSessions, valuesFrom } from '../use-course-form';

const stored: CourseView = {
  id: '65a000000000000000000001',
  title: '低压电工“一培双证”培训班',
  trade: { name: '电工', code: '6-31-01-03' },
  level: 5,
  certificates: [
    { type: 'skill_level', name: '电工职业技能等级证书（五级）', issuer: '米东区职业技能培训学校' },
    { type: 'special_operation', name: '低压电工特种作业操作证', issuer: '应急管理部门' },
  ],
  provider: { id: 'midong-vtc', name: '米东区职业技能培训学校', registrationNo: '6501092023001' },
  areaCode: '650109',
  sites: [
    { name: '实训基地', address: '米东南路 55 号', location: { lng: 87.6543, lat: 43.9642 } },
    { name: '理论教室', address: '米东南路 57 号', location: { lng: 87.655, lat: 43.965 } },
  ],
  sessions: [
    { date: '2026-12-01', start: '09:00', end: '12:00', kind: 'theory' },
    { date: '2026-12-02', start: '14:00', end: '17:30', kind: 'practice' },
  ],
  crs: 'wgs84',
  capacity: 30,
  seatsLeft: 0,
  feeFen: 280000,
  subsidyFen: 280000,
  eligibility: ['new_employment'],
  enrollDeadline: '2026-11-30T18:00:00+08:00',
  tracks: [],
  dualCertificate: true,
  status: 'full',
  minAttendanceShare: 0.8,
};

describe('course form', () => {
  it('reads sessions with an optional kind, and writes them back the same way', () => {
    const parsed = parseSessions('2026-12-01 09:00-12:00\n2026-12-02 14:00-17:30 实操\n\n2026-12-03 19:00~21:00 线上');
    expect(parsed).toEqual({
      sessions: [
        { date: '2026-12-01', start: '09:00', end: '12:00', kind: 'theory' },
        { date: '2026-12-02', start: '14:00', end: '17:30', kind: 'practice' },
        { date: '2026-12-03', start: '19:00', end: '21:00', kind: 'online' },
      ],
    });
    expect(formatSessions(stored.sessions)).toBe('2026-12-01 09:00-12:00 理论\n2026-12-02 14:00-17:30 实操');
    expect(parseSessions('2026-12-01 09:00-12:00 午休')).toEqual({
      error: '无法识别的课程安排“2026-12-01 09:00-12:00 午休”，示例：2026-12-01 09:00-17:00 实操',
    });
  });

  it('opens a stored class and saves the same class back, keeping its other sites', () => {
    const values = valuesFrom(stored);
    expect(values.status).toBe('open');
    expect(values.feeYuan).toBe(2800);
    const { body, errors } = courseBodyFrom(values, stored.sites.slice(1));
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      title: stored.title,
      trade: stored.trade,
      certificates: stored.certificates,
      providerId: 'midong-vtc',
      sites: stored.sites,
      sessions: stored.sessions,
      feeFen: 280000,
      subsidyFen: 280000,
      status: 'open',
    });
  });

  it('names the field a wrong edit is in', () => {
    const { body, errors } = courseBodyFrom({ ...valuesFrom(stored), subsidyYuan: 5000, sessionsText: '' });
    expect(body).toBeUndefined();
    expect(errors).toMatchObject({ subsidyFen: '补贴不能高于学费', sessions: expect.any(String) });
  });
});
