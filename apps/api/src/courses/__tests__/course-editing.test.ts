import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/harness.js';
import { school, sessionNow } from '../../../test/courses-fixtures.js';
import { startCoursesWorld } from '../../../test/courses-world.js';

const { api, tokens, workers, createCourse, enroll } = await startCoursesWorld(2);
afterAll(() => api.close());

const edit = (id: string, body: object, token = tokens.school) => api.request('PATCH', `/api/v1/courses/${id}`, { token, body });
const later = { date: '2099-06-01', start: '09:00', end: '12:00', kind: 'theory' };

describe('editing a class', () => {
  it('changes anything while nobody has enrolled, and audits it', async () => {
    const id = await createCourse({ status: 'draft' });
    const res = await edit(id, {
      feeFen: 100000,
      subsidyFen: 60000,
      eligibility: ['any'],
      sessions: [later],
      sites: [{ name: '新校区', address: '米东区新址 1 号', location: school }],
      crs: 'wgs84',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      feeFen: 100000,
      subsidyFen: 60000,
      eligibility: ['any'],
      sessions: [later],
      sites: [{ name: '新校区' }],
    });
    const trail = await api.ctx.models.Audit.find({ entity: 'course', entityId: id, action: 'update' }).lean();
    expect(trail).toHaveLength(1);
  });

  it('keeps what workers enrolled for once someone has: fees, certificates, eligibility; never back to draft', async () => {
    const id = await createCourse();
    expect((await enroll(id, 0)).status).toBe(201);
    const locked = expectProblem(
      await edit(id, { subsidyFen: 0, certificates: [{ type: 'skill_level', name: '别的证书', issuer: '某部门' }] }),
      409,
    );
    expect(locked.errors!.map((e) => e.field).sort()).toEqual(['body.certificates', 'body.subsidyFen']);
    expectProblem(await edit(id, { status: 'draft' }), 409);

    // The same values again (as a whole form sends them) are not changes; the schedule and seats still are.
    const same = await edit(id, {
      feeFen: 280000,
      eligibility: ['registered_unemployed', 'rural_migrant', 'new_employment'],
      capacity: 40,
      title: '低压电工（晚班）',
    });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ capacity: 40, title: '低压电工（晚班）' });
  });

  it('keeps a session someone checked in to, and allows adding more', async () => {
    const now = sessionNow();
    const id = await createCourse({ sessions: [now] });
    const e = await enroll(id, 1);
    await api.request('PATCH', `/api/v1/enrollments/${e.body.id}`, { token: tokens.school, body: { action: 'approve' } });
    const checkIn = await api.request('POST', `/api/v1/enrollments/${e.body.id}/check-ins`, {
      token: workers[1],
      body: { location: school, crs: 'wgs84', clientId: 'edit-test-0001' },
    });
    expect(checkIn.status).toBe(201);

    const moved = expectProblem(await edit(id, { sessions: [{ ...now, date: '2099-01-01' }], crs: 'wgs84' }), 409);
    expect(moved.errors).toEqual([{ field: 'body.sessions.0', message: '已有签到' }]);
    expectProblem(await edit(id, { sessions: [later], crs: 'wgs84' }), 409);
    const added = await edit(id, { sessions: [now, later], crs: 'wgs84' });
    expect(added.body.sessions).toHaveLength(2);
  });

  it('refuses out-of-scope changes and an unpaid-for subsidy with the field named', async () => {
    const id = await createCourse({ status: 'draft' });
    expect(expectProblem(await edit(id, { providerId: 'other-school' }), 403).errors).toEqual([
      { field: 'body.providerId', message: '须为本机构编号' },
    ]);
    expect(expectProblem(await edit(id, { areaCode: '650102' }, tokens.midong), 403).errors![0]!.field).toBe('body.areaCode');
    expect(expectProblem(await edit(id, { subsidyFen: 999999 }), 400).errors).toEqual([
      { field: 'body.subsidyFen', message: '补贴不能高于学费' },
    ]);
    expectProblem(await edit(id, { title: '别人的课' }, tokens.other), 404);
  });

  it('deletes a class nobody enrolled in, and refuses one with enrollments', async () => {
    const empty = await createCourse({ status: 'draft' });
    expect((await api.request('DELETE', `/api/v1/courses/${empty}`, { token: tokens.school })).status).toBe(204);
    expectProblem(await api.request('GET', `/api/v1/courses/${empty}`, { token: tokens.school }), 404);
    expect(await api.ctx.models.Audit.exists({ entity: 'course', entityId: empty, action: 'delete' })).toBeTruthy();

    const taken = await createCourse();
    const e = await enroll(taken, 0);
    await api.request('POST', `/api/v1/enrollments/${e.body.id}/withdrawal`, { token: workers[0] });
    const refused = expectProblem(await api.request('DELETE', `/api/v1/courses/${taken}`, { token: tokens.school }), 409);
    expect(refused.detail).toContain('改为“已取消”');
    expectProblem(await api.request('DELETE', `/api/v1/courses/${taken}`, { token: tokens.other }), 404);
  });
});
