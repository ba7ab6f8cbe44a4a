import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '@yilu/contract';
import { addDays, beijingDate, type Page } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { endedSessions } from '../../../test/courses-fixtures.js';
import { pointBody } from '../../../test/points-fixtures.js';

const { api, tokens, workers, createCourse, enroll } = await startCoursesWorld(2);
afterAll(() => api.close());

const kashgarSite = { name: '技工学校', address: '喀什市人民东路 8 号', location: { lng: 75.99, lat: 39.47 } };
const ids = {
  midongPoint: '',
  kashgarPoint: '',
  midongCourse: '',
  kashgarCourse: '',
  deletedCourse: '',
  midongEnrollment: '',
  kashgarEnrollment: '',
};

async function trail(token: string, query = '') {
  const res = await api.request('GET', `/api/v1/audit${query ? `?${query}` : ''}`, { token });
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Page<AuditRecord>;
}
const records = (page: Awaited<ReturnType<typeof trail>>) => new Set(page.items.map((e) => e.entityId));

beforeAll(async () => {
  const midongPoint = await api.request('POST', '/api/v1/points', {
    token: tokens.midong,
    body: pointBody({ name: '米东区古城驿站', areaCode: '650109001', address: '米东区古城路 1 号', location: { lng: 87.65, lat: 43.96 } }),
  });
  ids.midongPoint = midongPoint.body.id;
  await api.request('PATCH', `/api/v1/points/${ids.midongPoint}`, { token: tokens.midong, body: { name: '米东区古城暖心驿站' } });
  ids.kashgarPoint = (await api.request('POST', '/api/v1/points', { token: tokens.admin, body: pointBody() })).body.id;

  // Ended yesterday, so its enrollment can be completed and certified.
  ids.midongCourse = await createCourse({ sessions: endedSessions(1) });
  ids.kashgarCourse = await createCourse(
    { providerId: 'kashi-tech', providerName: '喀什技工学校', areaCode: '653101', sites: [kashgarSite] },
    tokens['kashi-school'],
  );
  ids.deletedCourse = await createCourse({ title: '叉车司机培训班' });
  await api.request('DELETE', `/api/v1/courses/${ids.deletedCourse}`, { token: tokens.midong });

  ids.midongEnrollment = (await enroll(ids.midongCourse, 0)).body.id;
  ids.kashgarEnrollment = (await enroll(ids.kashgarCourse, 1)).body.id;
  await api.request('GET', `/api/v1/enrollments/${ids.midongEnrollment}/id-number`, { token: tokens.school });
  await api.request('PATCH', `/api/v1/enrollments/${ids.midongEnrollment}`, { token: tokens.midong, body: { action: 'approve' } });
  await api.request('GET', `/api/v1/enrollments/${ids.kashgarEnrollment}/id-number`, { token: tokens.kashi });
});

describe('who reads the audit trail', () => {
  it('admins read everything', async () => {
    const all = await trail(tokens.admin, 'pageSize=100');
    expect(all.total).toBe(10);
    expect(records(all)).toEqual(new Set(Object.values(ids)));
  });

  it('area staff read the records of their area: Midong sees Midong, not Kashgar', async () => {
    const midong = records(await trail(tokens.midong, 'pageSize=100'));
    expect(midong).toEqual(new Set([ids.midongPoint, ids.midongCourse, ids.deletedCourse, ids.midongEnrollment]));
    const kashi = records(await trail(tokens.kashi, 'pageSize=100'));
    expect(kashi).toEqual(new Set([ids.kashgarPoint, ids.kashgarCourse, ids.kashgarEnrollment]));
  });

  it('providers read their own classes and enrollments only; workers and strangers are refused', async () => {
    const school = await trail(tokens.school, 'pageSize=100');
    expect(records(school)).toEqual(new Set([ids.midongCourse, ids.deletedCourse, ids.midongEnrollment]));
    expect(school.items.every((e) => e.entity === 'course' || e.entity === 'enrollment')).toBe(true);
    expect((await trail(tokens.other)).total).toBe(0);
    expectProblem(await api.request('GET', '/api/v1/audit', { token: workers[0] }), 403);
    expectProblem(await api.request('GET', '/api/v1/audit'), 401);
  });
});

describe('what an entry says', () => {
  it('names the record and the person, newest first, with before and after', async () => {
    const point = await trail(tokens.midong, `entity=point&entityId=${ids.midongPoint}`);
    expect(point.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(point.items[0]).toMatchObject({ entityLabel: '米东区古城暖心驿站', actor: { name: '米东区人社' } });
    expect(point.items[0]!.before).toMatchObject({ name: '米东区古城驿站' });
    expect(point.items[0]!.after).toMatchObject({ name: '米东区古城暖心驿站' });

    const deleted = await trail(tokens.midong, `entity=course&entityId=${ids.deletedCourse}&action=delete`);
    expect(deleted.items[0]).toMatchObject({ entityLabel: '叉车司机培训班', actor: { name: '米东区人社' } });
  });

  it('shows who viewed a full ID number, naming the trainee and the class', async () => {
    const views = await trail(tokens.midong, 'action=view_id_number');
    expect(views.total).toBe(1);
    expect(views.items[0]).toMatchObject({
      entity: 'enrollment',
      entityId: ids.midongEnrollment,
      actor: { name: '米东区职业技能培训学校' },
    });
    expect(views.items[0]!.entityLabel).toMatch(/^张明0 · 低压电工/);
    expect(views.items[0]!.before).toBeUndefined();
    expect((await trail(tokens.admin, 'action=view_id_number')).total).toBe(2);
  });
});

describe('filters', () => {
  it('by person: part of the name, or the account', async () => {
    const byName = await trail(tokens.admin, `actor=${encodeURIComponent('人社')}&pageSize=100`);
    expect(new Set(byName.items.map((e) => e.actor.name))).toEqual(new Set(['米东区人社', '喀什市人社']));
    const actorId = byName.items.find((e) => e.actor.name === '喀什市人社')!.actor.id;
    const byId = await trail(tokens.admin, `actorId=${actorId}`);
    expect(byId.items.map((e) => [e.action, e.entityId])).toEqual([['view_id_number', ids.kashgarEnrollment]]);
  });

  it('by Beijing calendar day, both ends included', async () => {
    const today = beijingDate();
    expect((await trail(tokens.admin, `from=${today}&to=${today}`)).total).toBe(10);
    expect((await trail(tokens.admin, `to=${addDays(today, -1)}`)).total).toBe(0);
    expect((await trail(tokens.admin, `from=${addDays(today, 1)}`)).total).toBe(0);
  });

  it('pages of at most 100; bad filters are named in Chinese', async () => {
    const second = await trail(tokens.admin, 'pageSize=3&page=2');
    expect(second.items).toHaveLength(3);
    expect(second.total).toBe(10);
    const first = await trail(tokens.admin, 'pageSize=6');
    expect(first.items.slice(3).map((e) => e.entityId)).toEqual(second.items.map((e) => e.entityId));

    const tooMany = expectProblem(await api.request('GET', '/api/v1/audit?pageSize=101', { token: tokens.admin }), 400);
    expect(tooMany.errors?.[0]?.field).toBe('query.pageSize');
    const backwards = expectProblem(await api.request('GET', '/api/v1/audit?from=2026-03-02&to=2026-03-01', { token: tokens.admin }), 400);
    expect(backwards.errors).toEqual([{ field: 'query.to', message: '结束日期不能早于开始日期' }]);
    const badKind = expectProblem(await api.request('GET', '/api/v1/audit?entity=account', { token: tokens.admin }), 400);
    expect(badKind.errors?.[0]?.field).toBe('query.entity');
  });
});

describe('results and certificates', () => {
  it('keep the exam result and the certificate recorded, before and after', async () => {
    const review = (body: object) => api.request('PATCH', `/api/v1/enrollments/${ids.midongEnrollment}`, { token: tokens.school, body });
    // No check-in recorded: completed on the staff's word.
    await review({ action: 'complete', override: { reason: '纸质签到表已核实，出勤合格' } });
    await review({ action: 'result', certificateType: 'skill_level', passed: false, score: 55 });
    await review({ action: 'result', certificateType: 'skill_level', passed: true, score: 82 });
    await review({ action: 'certify', certificateType: 'skill_level', no: 'DG-2026-000123', issuedAt: beijingDate() });

    const [certify, retake] = (await trail(tokens.midong, `entity=enrollment&entityId=${ids.midongEnrollment}`)).items;
    expect(retake).toMatchObject({
      action: 'result',
      before: { results: [{ certificateType: 'skill_level', passed: false, score: 55 }] },
      after: { results: [{ certificateType: 'skill_level', passed: true, score: 82 }] },
    });
    expect(certify).toMatchObject({
      action: 'certify',
      after: { status: 'completed', no: 'DG-2026-000123', certificateType: 'skill_level' },
    });
  });
});
