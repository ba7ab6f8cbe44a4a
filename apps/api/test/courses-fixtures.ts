import { addDays, BEIJING_TIMEZONE, beijingDate, formatHhmm, idCheckCharacter, localTime } from '@yilu/shared';

/** A valid ID number (correct check character) for test worker `n`; not a real person's. */
export function testIdNumber(n: number): string {
  const body = `11010119900101${String(n % 1000).padStart(3, '0')}`;
  return body + idCheckCharacter(body);
}

/** A session running now in Beijing time (from up to 20 minutes ago to up to an hour ahead). */
export function sessionNow() {
  const now = localTime(new Date(), BEIJING_TIMEZONE);
  return {
    date: now.date,
    start: formatHhmm(Math.max(0, now.minute - 20)),
    end: formatHhmm(Math.min(23 * 60 + 59, now.minute + 60)),
    kind: 'practice',
  };
}

/** `count` sessions of a class that has ended: one a day, 09:00–12:00 Beijing time, the last one yesterday. */
export function endedSessions(count: number) {
  const today = beijingDate();
  return Array.from({ length: count }, (_, i) => ({ date: addDays(today, i - count), start: '09:00', end: '12:00', kind: 'theory' }));
}

/** Half an hour into a session, as staff give the time of a check-in they record afterwards. */
export const duringSession = (s: { date: string; start: string }) =>
  new Date(new Date(`${s.date}T${s.start}:00+08:00`).getTime() + 30 * 60_000).toISOString();

/** Urumqi Midong's training school, where the electrician class meets. */
export const school = { lng: 87.6543, lat: 43.9642 };

export function courseBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '低压电工“一培双证”培训班',
    trade: { name: '电工', code: '6-31-01-03' },
    level: 5,
    certificates: [
      { type: 'skill_level', name: '电工职业技能等级证书（五级）', issuer: '米东区职业技能培训学校' },
      { type: 'special_operation', name: '低压电工特种作业操作证', issuer: '应急管理部门' },
    ],
    providerId: 'midong-vtc',
    providerName: '米东区职业技能培训学校',
    providerRegistrationNo: '6501092023001',
    areaCode: '650109',
    sites: [{ name: '实训基地', address: '乌鲁木齐市米东区米东南路 55 号', location: school }],
    sessions: [sessionNow()],
    capacity: 30,
    feeFen: 280000,
    subsidyFen: 280000,
    eligibility: ['registered_unemployed', 'rural_migrant', 'new_employment'],
    enrollDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    ...overrides,
  };
}

export const enrollBody = (n: number, group = 'new_employment') => ({
  realName: `张${'明伟芳军'[n % 4]}${n}`,
  phone: `138${String(n).padStart(8, '0')}`,
  idNumber: testIdNumber(n),
  group,
  consent: true,
});
