import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { beijingDate } from '@yilu/shared';
import { courseBody, endedSessions, enrollBody, school, sessionNow, testIdNumber } from '../../../test/courses-fixtures.js';

const { api, tokens, workers, createCourse, enroll, attend } = await startCoursesWorld(50);
afterAll(() => api.close());

describe('seats never exceed capacity', () => {
  it('50 concurrent enrollments for 10 seats, 20 times: exactly 10 succeed, 40 get a clear 409, no 5xx', async () => {
    for (let round = 0; round < 20; round++) {
      const courseId = await createCourse({ capacity: 10 });
      const results = await Promise.all(workers.map((_, i) => enroll(courseId, i)));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(40);
      for (const r of results.filter((x) => x.status === 409)) expect(r.body.detail).toBe('名额已满，可关注其他班次');
      expect(await api.ctx.models.Enrollment.countDocuments({ courseId })).toBe(10);
      const course = await api.request('GET', `/api/v1/courses/${courseId}`);
      expect(course.body).toMatchObject({ seatsLeft: 0, status: 'full' });
    }
  }, 240_000);

  it('a double tap or a retry never creates two enrollments', async () => {
    const courseId = await createCourse({ capacity: 5 });
    const taps = await Promise.all([1, 2, 3].map(() => enroll(courseId, 0)));
    expect(new Set(taps.map((t) => t.body.id)).size).toBe(1);
    expect(taps.filter((t) => t.status === 201)).toHaveLength(1);
    expect(taps.every((t) => t.status === 201 || t.status === 200)).toBe(true);
    expect(await api.ctx.models.SeatClaim.countDocuments({ courseId })).toBe(1);
  });

  it('withdrawal frees the seat', async () => {
    const courseId = await createCourse({ capacity: 1 });
    const first = await enroll(courseId, 1);
    expect(first.status).toBe(201);
    expectProblem(await enroll(courseId, 2), 409);
    const out = await api.request('POST', `/api/v1/enrollments/${first.body.id}/withdrawal`, { token: workers[1] });
    expect(out.body.status).toBe('withdrawn');
    expect((await enroll(courseId, 2)).status).toBe(201);
  });
});

describe('server-side rules with reasons in Chinese', () => {
  it('refuses groups the subsidy does not cover, and late enrollment', async () => {
    const onlyUnemployed = await createCourse({ eligibility: ['registered_unemployed'] });
    const refused = await enroll(onlyUnemployed, 3, 'new_employment');
    expect(expectProblem(refused, 403).detail).toBe('本课程的补贴名额仅面向：登记失业人员');
    expect(refused.body.errors[0].field).toBe('body.group');

    const closed = await createCourse({ enrollDeadline: new Date(Date.now() + 2000).toISOString() });
    await new Promise((r) => setTimeout(r, 2500));
    expect(expectProblem(await enroll(closed, 3), 409).detail).toBe('报名已截止');
  });

  it('checks the real-name form: ID number checksum, phone, consent', async () => {
    const courseId = await createCourse();
    const bad = await api.request('POST', `/api/v1/courses/${courseId}/enrollments`, {
      token: workers[4],
      body: { realName: '王五', phone: '123', idNumber: '110101199001010000', group: 'any', consent: false },
    });
    const fields = expectProblem(bad, 400)
      .errors!.map((e) => e.field)
      .sort();
    expect(fields).toEqual(['body.consent', 'body.idNumber', 'body.phone']);
  });

  it('stores the ID number encrypted and shows it masked, except on the one audited view', async () => {
    const courseId = await createCourse();
    const res = await enroll(courseId, 5);
    expect(res.body.idNumber).toBe(`${testIdNumber(5).slice(0, 4)}**********${testIdNumber(5).slice(-4)}`);
    const stored = await api.ctx.models.Enrollment.findById(res.body.id).lean();
    expect(JSON.stringify(stored)).not.toContain(testIdNumber(5));
    const full = await api.request('GET', `/api/v1/enrollments/${res.body.id}/id-number`, { token: tokens.school });
    expect(full.body.idNumber).toBe(testIdNumber(5));
    expect(await api.ctx.models.Audit.exists({ action: 'view_id_number', entityId: res.body.id })).toBeTruthy();
  });
});

describe('check-in', () => {
  it('accepts a check-in at the site, refuses one outside the geofence, accepts a queued offline one once', async () => {
    const courseId = await createCourse();
    const e = (await enroll(courseId, 6)).body;
    await api.request('PATCH', `/api/v1/enrollments/${e.id}`, { token: tokens.school, body: { action: 'approve' } });

    const far = await api.request('POST', `/api/v1/enrollments/${e.id}/check-ins`, {
      token: workers[6],
      body: { location: { lng: school.lng + 0.03, lat: school.lat }, clientId: 'phone-far-0001' },
    });
    expect(expectProblem(far, 422).errors?.[0]?.field).toBe('body.location');
    expect(far.body.detail).toMatch(/需在 300 米内签到/);

    const live = await api.request('POST', `/api/v1/enrollments/${e.id}/check-ins`, {
      token: workers[6],
      body: { location: { lng: school.lng + 0.001, lat: school.lat }, clientId: 'phone-live-0001' },
    });
    expect(live.status).toBe(201);
    expect(live.body.status).toBe('attending');

    const queued = { location: school, at: new Date(Date.now() - 5 * 60_000).toISOString(), clientId: 'phone-offline-0001' };
    const offline = await api.request('POST', `/api/v1/enrollments/${e.id}/check-ins`, { token: workers[6], body: queued });
    expect(offline.status).toBe(201);
    const again = await api.request('POST', `/api/v1/enrollments/${e.id}/check-ins`, { token: workers[6], body: queued });
    // A retry answers the same enrollment, as a success the phone stops retrying on, and counts once.
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(e.id);
    expect(again.body.checkIns.map((c: { source: string }) => c.source)).toEqual(['live', 'offline']);
    // Sent five times at the same moment (a reconnect on several tabs): still once, claimed under a unique index.
    const twice = { ...queued, clientId: 'phone-offline-0003' };
    const both = await Promise.all(
      [1, 2, 3, 4, 5].map(() => api.request('POST', `/api/v1/enrollments/${e.id}/check-ins`, { token: workers[6], body: twice })),
    );
    expect(both.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(await api.ctx.models.CheckInClaim.countDocuments({ enrollmentId: e.id, clientId: 'phone-offline-0003' })).toBe(1);
    const afterTwice = await api.ctx.models.Enrollment.findById(e.id).lean();
    expect(afterTwice!.checkIns.filter((c) => c.clientId === 'phone-offline-0003')).toHaveLength(1);
    // Two check-ins in the one session: attended 1 of 1, and the session still running is the next one.
    expect(again.body).toMatchObject({ sessionCount: 1, attendedSessions: 1, nextSession: { date: sessionNow().date } });
    const stored = await api.ctx.models.Enrollment.findById(e.id).lean();
    expect(JSON.stringify(stored!.checkIns)).not.toContain(String(school.lng));

    const outside = await api.request('POST', `/api/v1/enrollments/${e.id}/check-ins`, {
      token: workers[6],
      body: { location: school, at: new Date(Date.now() - 3 * 86_400_000).toISOString(), clientId: 'phone-offline-0002' },
    });
    expectProblem(outside, 422);

    const corrected = await api.request('POST', `/api/v1/enrollments/${e.id}/check-in-corrections`, {
      token: tokens.school,
      body: { at: new Date().toISOString(), reason: '手机没电，现场核实到课' },
    });
    expect(corrected.status).toBe(201);
    expect(await api.ctx.models.Audit.exists({ action: 'correct_check_in', entityId: e.id })).toBeTruthy();
  });
});

describe('scope', () => {
  it('providers see only their own classes’ enrollments; district staff only their area', async () => {
    const courseId = await createCourse();
    const e = (await enroll(courseId, 7)).body;
    const approve = { action: 'approve' };
    expectProblem(await api.request('PATCH', `/api/v1/enrollments/${e.id}`, { token: tokens.other, body: approve }), 404);
    expectProblem(await api.request('PATCH', `/api/v1/enrollments/${e.id}`, { token: tokens.kashi, body: approve }), 404);
    expectProblem(await api.request('PATCH', `/api/v1/enrollments/${e.id}`, { token: workers[7], body: approve }), 403);
    expectProblem(await api.request('GET', `/api/v1/courses/${courseId}/enrollments`, { token: tokens.other }), 404);
    expectProblem(await api.request('GET', `/api/v1/enrollments/${e.id}/id-number`, { token: tokens.kashi }), 404);
    expect((await api.request('PATCH', `/api/v1/enrollments/${e.id}`, { token: tokens.midong, body: approve })).status).toBe(200);
    const other = await api.request('POST', '/api/v1/courses', { token: tokens.other, body: courseBody() });
    expect(expectProblem(other, 403).errors?.[0]?.field).toBe('body.providerId');
  });
});

describe('the whole way to two certificates and a job', () => {
  it('approve → attend → complete → results → both certificates → job; anyone can verify, masked', async () => {
    const sessions = endedSessions(2);
    const courseId = await createCourse({ sessions });
    const e = (await enroll(courseId, 8)).body;
    const patch = (body: object) => api.request('PATCH', `/api/v1/enrollments/${e.id}`, { token: tokens.school, body });
    const today = beijingDate();
    expect((await patch({ action: 'approve' })).body.status).toBe('approved');
    await attend(e.id, sessions);
    expect((await patch({ action: 'complete' })).body.status).toBe('completed');
    expectProblem(await patch({ action: 'certify', certificateType: 'skill_level', no: 'S6501092026000001', issuedAt: today }), 409);
    await patch({ action: 'result', certificateType: 'skill_level', passed: true, score: 86 });
    await patch({ action: 'result', certificateType: 'special_operation', passed: true, score: 92 });
    expect(
      (await patch({ action: 'certify', certificateType: 'skill_level', no: 'S6501092026000001', issuedAt: sessions[1]!.date })).body
        .status,
    ).toBe('completed');
    const both = await patch({ action: 'certify', certificateType: 'special_operation', no: 'T650109202600001', issuedAt: today });
    expect(both.body.status).toBe('certified');
    // A job is recorded by a hire through an application (jobs), no longer typed in as a review step.
    expectProblem(await patch({ action: 'job', employer: '新疆某电力工程有限公司', startedAt: today }), 400);
    expectProblem(await patch({ action: 'certify', certificateType: 'skill_level', no: 'S6501092026000001', issuedAt: today }), 409);

    const wallet = await api.request('GET', '/api/v1/me/certificates', { token: workers[8] });
    expect(wallet.body.items.map((c: { name: string }) => c.name).sort()).toEqual([
      '低压电工特种作业操作证',
      '电工职业技能等级证书（五级）',
    ]);

    const verified = await api.request('GET', '/api/v1/certificates/verify?no=T650109202600001');
    expect(verified.body).toMatchObject({
      valid: true,
      status: 'valid',
      name: '低压电工特种作业操作证',
      issuer: '应急管理部门',
      trade: '电工',
      level: 5,
      issuedAt: today,
    });
    expect(verified.body.holder).toBe('张*8');
    const text = JSON.stringify(verified.body);
    expect(text).not.toContain(enrollBody(8).realName);
    expect(text).not.toContain(testIdNumber(8));
    const unknown = await api.request('GET', '/api/v1/certificates/verify?no=T650109202600002');
    expect(expectProblem(unknown, 404).detail).toBe('未找到该证书编号，请核对后重试');
  });
});

describe('listing classes', () => {
  it('the public sees open classes, a provider its own in any status, others none of its drafts', async () => {
    const draft = await createCourse({ status: 'draft', title: '叉车司机培训（筹备中）' });
    const publicList = await api.request('GET', '/api/v1/courses?pageSize=100&dualCertificate=true');
    expect(publicList.body.items.map((c: { id: string }) => c.id)).not.toContain(draft);
    expect(publicList.body.items.every((c: { dualCertificate: boolean }) => c.dualCertificate)).toBe(true);
    const mine = await api.request('GET', '/api/v1/courses?managed=true&status=draft', { token: tokens.school });
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([draft]);
    const other = await api.request('GET', '/api/v1/courses?managed=true&status=draft', { token: tokens.other });
    expect(other.body.total).toBe(0);
    expectProblem(await api.request('GET', '/api/v1/courses?managed=true'), 403);
    expectProblem(await api.request('GET', `/api/v1/courses/${draft}`), 404);
    expect(expectProblem(await api.request('GET', '/api/v1/courses?status=draft'), 403).errors![0]!.field).toBe('query.status');
  });

  it('shows seats taken in the list at once after enrolling through this instance', async () => {
    const id = await createCourse({ capacity: 3, title: '座位即时刷新', trade: { name: '育婴员' } });
    const seatsLeft = async () =>
      (await api.request('GET', `/api/v1/courses?trade=${encodeURIComponent('育婴员')}`)).body.items.find(
        (c: { id: string }) => c.id === id,
      ).seatsLeft;
    expect(await seatsLeft()).toBe(3);
    const e = await enroll(id, 20);
    expect(await seatsLeft()).toBe(2);
    await api.request('POST', `/api/v1/enrollments/${e.body.id}/withdrawal`, { token: workers[20] });
    expect(await seatsLeft()).toBe(3);
  });

  it('lists the trades of open classes for the trade filter, and filters by one', async () => {
    await createCourse({ title: '叉车司机培训班', trade: { name: '叉车司机' } });
    await createCourse();
    await createCourse();
    const trades = await api.request('GET', '/api/v1/courses/trades');
    expect(trades.status).toBe(200);
    const electricians = trades.body.items.find((t: { name: string }) => t.name === '电工');
    expect(electricians.count).toBeGreaterThan(1);
    expect(trades.body.items[0].name).toBe('电工');
    expect(trades.body.items.map((t: { name: string }) => t.name)).toContain('叉车司机');
    const forklift = await api.request('GET', `/api/v1/courses?trade=${encodeURIComponent('叉车司机')}`);
    expect(forklift.body.items.map((c: { title: string }) => c.title)).toEqual(['叉车司机培训班']);
  });

  it('“starting soon” keeps classes whose first session is within 14 days', async () => {
    const later = await createCourse({
      title: '装载机司机培训（下季度）',
      sessions: [{ date: '2099-03-01', start: '09:00', end: '17:00' }],
    });
    const soon = await api.request('GET', '/api/v1/courses?pageSize=100&startingSoon=true');
    const ids = soon.body.items.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(later);
    expect(ids.length).toBeGreaterThan(0);
  });
});
