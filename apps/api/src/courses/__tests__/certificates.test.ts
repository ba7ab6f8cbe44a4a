import { afterAll, describe, expect, it } from 'vitest';
import type { Certificate, Enrollment } from '@yilu/contract';
import { addDays, addYears, beijingDate } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { endedSessions } from '../../../test/courses-fixtures.js';

const { api, tokens, workers, createCourse, enroll, attend } = await startCoursesWorld(12);
afterAll(() => api.close());
const today = beijingDate();
let nextWorker = 0;
let nextNo = 0;
const certNo = () => `C-TEST-${String(++nextNo).padStart(4, '0')}`;

type Sessions = ReturnType<typeof endedSessions>;

/** An approved enrollment of a new worker in a class with these sessions, who attended the first `attended` of them. */
async function enrolled(sessions: Sessions, attended = sessions.length) {
  const courseId = await createCourse({ sessions });
  const e = (await enroll(courseId, nextWorker++)).body as Enrollment;
  const review = (body: object, token = tokens.school) => api.request<Enrollment>('PATCH', `/api/v1/enrollments/${e.id}`, { token, body });
  expect((await review({ action: 'approve' })).status).toBe(200);
  await attend(e.id, sessions.slice(0, attended));
  return { courseId, id: e.id, review };
}

const passed = (type = 'skill_level') => ({ action: 'result', certificateType: type, passed: true, score: 88 });
const certify = (issuedAt = today, type = 'skill_level', no = certNo()) => ({ action: 'certify', certificateType: type, no, issuedAt });

describe('completion (结业) follows the training', () => {
  it('says the attendance rule on the class page', async () => {
    const courseId = await createCourse();
    expect((await api.request('GET', `/api/v1/courses/${courseId}?crs=wgs84`)).body.minAttendanceShare).toBe(0.8);
  });

  it('waits for the last session to end', async () => {
    const tomorrow = addDays(today, 1);
    const { review } = await enrolled([...endedSessions(1), { date: tomorrow, start: '09:00', end: '12:00', kind: 'theory' }], 1);
    const refused = expectProblem(await review({ action: 'complete' }), 409);
    expect(refused.detail).toBe(`课程尚未结束（最后一次课 ${tomorrow} 12:00 结束），不能结业`);
    expect(refused.type).toMatch(/class-not-ended$/);
    const overridden = await review({ action: 'complete', override: { reason: '学员已提前完成全部课程' } });
    expectProblem(overridden, 409);
  });

  it('refuses 1 of 2 sessions at 80 %, naming the rule; accepts it with a reason, kept and audited', async () => {
    const { id, review } = await enrolled(endedSessions(2), 1);
    const refused = expectProblem(await review({ action: 'complete' }), 409);
    expect(refused.detail).toBe('出勤 1/2 次课，未达到结业要求（出勤达到 80%，即至少 2 次），不能结业；如确需结业，请填写理由');
    expect(refused.errors).toEqual([{ field: 'body.override', message: refused.detail }]);
    expect(expectProblem(await review({ action: 'complete', override: { reason: '' } }), 400).errors![0]!.field).toBe(
      'body.override.reason',
    );

    const reason = '住院一周缺课一次，已补课并经考核合格';
    const done = await review({ action: 'complete', override: { reason } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', attendedSessions: 1, sessionCount: 2, completionOverride: { reason } });
    const trail = await api.ctx.models.Audit.findOne({ action: 'complete', entityId: id }).lean();
    expect(trail?.after).toMatchObject({
      status: 'completed',
      override: { reason },
      attendance: '1/2',
      minAttendanceShare: 0.8,
      overridden: true,
    });
    expect(trail?.actorName).toBe('米东区职业技能培训学校');

    // Completed on the staff's word, the certificate follows the exam.
    await review(passed());
    expect((await review(certify())).status).toBe(200);
  });

  it('completes without a word when attendance reaches the share', async () => {
    const { review } = await enrolled(endedSessions(5), 4);
    const done = await review({ action: 'complete' });
    expect(done.body).toMatchObject({ status: 'completed' });
    expect(done.body.completionOverride).toBeUndefined();
  });
});

describe('a certificate follows completion and a passed exam', () => {
  it('refuses a certificate without a passing result, and a second one of the same kind', async () => {
    const { review } = await enrolled(endedSessions(2));
    await review({ action: 'complete' });
    expect(expectProblem(await review(certify()), 409).detail).toBe('考核通过后才能录入证书');
    await review({ action: 'result', certificateType: 'skill_level', passed: false, score: 40 });
    expectProblem(await review(certify()), 409);
    await review(passed());
    const first = certNo();
    expect((await review(certify(today, 'skill_level', first))).status).toBe(200);
    expect(expectProblem(await review(certify()), 409).detail).toBe(`已录入该证书（编号 ${first}），如需更正请先撤销`);
  });

  it('dates it on a real day, from the last session’s day to today (Beijing), never “2026-13-45”', async () => {
    const sessions = endedSessions(2);
    const { review } = await enrolled(sessions);
    await review({ action: 'complete' });
    await review(passed());
    const impossible = expectProblem(await review(certify('2026-13-45')), 400);
    expect(impossible.errors).toEqual([{ field: 'body.issuedAt', message: '发证日期不是日历上存在的日期' }]);
    expectProblem(await review(certify('2026/11/20')), 400);
    const future = expectProblem(await review(certify(addDays(today, 1))), 422);
    expect(future).toMatchObject({
      detail: `发证日期（${addDays(today, 1)}）不能晚于今天（${today}）`,
      errors: [{ field: 'body.issuedAt' }],
    });
    const early = expectProblem(await review(certify(sessions[0]!.date)), 422);
    expect(early.detail).toBe(`发证日期（${sessions[0]!.date}）不能早于最后一次课（${sessions[1]!.date}）`);
    expect((await review(certify(sessions[1]!.date))).body.certificates[0]).toMatchObject({ issuedAt: sessions[1]!.date, status: 'valid' });
  });

  it('checks completion again for enrollments completed before these rules', async () => {
    // Recorded as completed by an older version: zero attendance, and a class still to come.
    const { id, review } = await enrolled(endedSessions(2), 0);
    await review({ action: 'result', certificateType: 'skill_level', passed: true, score: 80 });
    await api.ctx.models.Enrollment.updateOne({ _id: id }, { $set: { status: 'completed' } });
    expect(expectProblem(await review(certify()), 409).detail).toBe('出勤 0/2 次课，未达到结业要求（出勤达到 80%，即至少 2 次），不能发证');

    const nextWeek = addDays(today, 7);
    const upcoming = await enrolled([{ date: nextWeek, start: '09:00', end: '17:00', kind: 'practice' }], 0);
    await api.ctx.models.Enrollment.updateOne(
      { _id: upcoming.id },
      { $set: { status: 'completed', results: [{ certificateType: 'skill_level', passed: true }] } },
    );
    expect(expectProblem(await upcoming.review(certify()), 409).detail).toBe(`课程尚未结束（最后一次课 ${nextWeek} 17:00 结束），不能发证`);
  });
});

/** A worker with both certificates of the class, issued on `issuedAt` after a class held just before. */
async function certifiedOn(issuedAt: string) {
  const sessions = [
    { date: addDays(issuedAt, -2), start: '09:00', end: '17:00', kind: 'practice' },
    { date: addDays(issuedAt, -1), start: '09:00', end: '17:00', kind: 'practice' },
  ];
  const { courseId, id, review } = await enrolled(sessions);
  await review({ action: 'complete' });
  await review(passed('skill_level'));
  await review(passed('special_operation'));
  const skill = certNo();
  const permit = certNo();
  await review(certify(issuedAt, 'skill_level', skill));
  const both = await review(certify(issuedAt, 'special_operation', permit));
  expect(both.body.status).toBe('certified');
  return { courseId, id, review, skill, permit, worker: workers[nextWorker - 1]! };
}

const verify = (no: string) => api.request('GET', `/api/v1/certificates/verify?no=${no}`);

describe('certificates have a life', () => {
  it('a special-operation permit is valid six years, with its review (复审) at three; verification says so', async () => {
    const issued = addDays(today, -30);
    const { skill, permit, worker } = await certifiedOn(issued);
    const answer = await verify(permit);
    expect(answer.body).toMatchObject({
      status: 'valid',
      valid: true,
      issuedAt: issued,
      validUntil: addYears(issued, 6),
      reviewDue: addYears(issued, 3),
    });
    expect((await verify(skill)).body).toMatchObject({ status: 'valid', valid: true });
    expect((await verify(skill)).body.validUntil).toBeUndefined();
    const wallet = await api.request<{ items: Certificate[] }>('GET', '/api/v1/me/certificates', { token: worker });
    expect(wallet.body.items.find((c) => c.no === permit)).toMatchObject({ status: 'valid', reviewDue: addYears(issued, 3) });
  });

  it('answers 已过期 truthfully, with the last valid day, once six years have passed', async () => {
    const issued = addDays(addYears(today, -6), -1);
    const { skill, permit, worker } = await certifiedOn(issued);
    expect((await verify(permit)).body).toMatchObject({ status: 'expired', valid: false, validUntil: addYears(issued, 6) });
    expect((await verify(skill)).body).toMatchObject({ status: 'valid', valid: true });
    const wallet = await api.request<{ items: Certificate[] }>('GET', '/api/v1/me/certificates', { token: worker });
    expect(wallet.body.items.find((c) => c.no === permit)?.status).toBe('expired');
  });

  it('is revoked by staff in scope with a reason, audited; verification says 已撤销 with the date, not who did it', async () => {
    const { id, review, permit, worker } = await certifiedOn(addDays(today, -10));
    const revoke = (token: string, reason = '考核材料造假，发证机关已注销') =>
      api.request<Certificate>('POST', `/api/v1/certificates/${permit}/revocation`, { token, body: { reason } });
    expectProblem(await revoke(tokens.kashi), 404);
    expectProblem(await revoke(tokens.other), 404);
    expectProblem(await revoke(worker), 403);
    expect(expectProblem(await revoke(tokens.midong, '无'), 400).errors![0]!.field).toBe('body.reason');
    expectProblem(
      await api.request('POST', '/api/v1/certificates/NO-SUCH-1/revocation', { token: tokens.midong, body: { reason: '考核材料造假' } }),
      404,
    );

    const revoked = await revoke(tokens.midong);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      no: permit,
      status: 'revoked',
      revokeReason: '考核材料造假，发证机关已注销',
      revokedBy: '米东区人社',
    });
    expect(expectProblem(await revoke(tokens.midong), 409).detail).toBe(`该证书已于 ${today} 撤销`);

    const publicAnswer = await verify(permit);
    expect(publicAnswer.body).toMatchObject({ status: 'revoked', valid: false, revokeReason: '考核材料造假，发证机关已注销' });
    expect(beijingDate(new Date(publicAnswer.body.revokedAt))).toBe(today);
    expect(JSON.stringify(publicAnswer.body)).not.toContain('米东区人社');
    const trail = await api.ctx.models.Audit.findOne({ action: 'revoke', entity: 'certificate', entityId: permit }).lean();
    expect(trail).toMatchObject({
      actorName: '米东区人社',
      areaCode: '650109',
      after: { status: 'revoked', revokeReason: '考核材料造假，发证机关已注销' },
    });

    // The worker no longer holds both certificates until a corrected one is issued.
    const wallet = await api.request<{ items: Certificate[] }>('GET', '/api/v1/me/certificates', { token: worker });
    expect(wallet.body.items.find((c) => c.no === permit)?.status).toBe('revoked');
    const enrollment = (await api.request<{ items: Enrollment[] }>('GET', '/api/v1/me/enrollments', { token: worker })).body.items.find(
      (e) => e.id === id,
    );
    expect(enrollment?.status).toBe('completed');
    expect((await review(certify(today, 'special_operation'))).body.status).toBe('certified');
  });
});
