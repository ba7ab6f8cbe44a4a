import { afterAll, describe, expect, it, vi } from 'vitest';
import { addDays, beijingDate } from '@yilu/shared';
import { startCoursesWorld } from '../../../test/courses-world.js';

// 01:00 on 2 December in Beijing, 17:00 on 1 December in UTC: from 00:00 to 08:00 the UTC date is a day behind.
// The API runs in this process, so its clock stops here too (only Date is faked; timers run as usual).
const ONE_AM = new Date('2026-12-02T01:00:00+08:00');
vi.useFakeTimers({ now: ONE_AM, toFake: ['Date'] });

const { api, tokens, workers, createCourse, enroll, attend } = await startCoursesWorld(1);
afterAll(async () => {
  await api.close();
  vi.useRealTimers();
});

const on = (date: string) => ({
  sessions: [{ date, start: '09:00', end: '12:00', kind: 'theory' }],
  enrollDeadline: '2026-12-02T08:00:00+08:00',
});

describe('at 01:00 Beijing time', () => {
  it('the class list, the admin home and the results entry agree on the date', async () => {
    // What the admin's results entry sends as a certificate's issue date when staff give none.
    const today = beijingDate();
    expect(today).toBe('2026-12-02');
    expect(ONE_AM.toISOString().slice(0, 10)).toBe('2026-12-01');

    const startsToday = await createCourse(on(today));
    const lastDayOfSoon = await createCourse(on(addDays(today, 14)));
    await createCourse(on(addDays(today, 15)));
    const endedYesterday = await createCourse(on(addDays(today, -1)));

    const list = await api.request('GET', '/api/v1/courses?startingSoon=true');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { id: string }) => c.id).sort()).toEqual([startsToday, lastDayOfSoon].sort());
    const home = await api.request('GET', '/api/v1/overview', { token: tokens.school });
    expect(home.body.classesStartingSoon).toBe(2);

    // Yesterday's class has ended: today (not the UTC date) is the latest issue date, and not in the future.
    const enrolled = await enroll(endedYesterday, 0);
    expect(enrolled.status).toBe(201);
    const e = enrolled.body;
    const review = (body: object) => api.request('PATCH', `/api/v1/enrollments/${e.id}`, { token: tokens.school, body });
    expect((await review({ action: 'approve' })).status).toBe(200);
    await attend(e.id, on(addDays(today, -1)).sessions);
    for (const step of [{ action: 'complete' }, { action: 'result', certificateType: 'skill_level', passed: true, score: 90 }]) {
      expect((await review(step)).status).toBe(200);
    }
    const tomorrow = await review({ action: 'certify', certificateType: 'skill_level', no: 'DL-20261202-01', issuedAt: addDays(today, 1) });
    expect(tomorrow.status).toBe(422);
    const certified = await review({ action: 'certify', certificateType: 'skill_level', no: 'DL-20261202-01', issuedAt: today });
    expect(certified.body.certificates).toEqual([expect.objectContaining({ no: 'DL-20261202-01', issuedAt: '2026-12-02' })]);
    const wallet = await api.request('GET', '/api/v1/me/certificates', { token: workers[0] });
    expect(wallet.body.items[0].issuedAt).toBe('2026-12-02');
  });
});
