import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/harness.js';
import { DEMO_PASSWORD, DEMO_WORKER, demoAccounts } from '../demo-accounts.js';
import { demoCourses } from '../demo-courses.js';
import type { Certificate } from '@yilu/contract';
import {
  attendedSessions,
  beijingDate,
  createPointBodySchema,
  DEFAULT_MIN_ATTENDANCE_SHARE,
  isDueSoon,
  lastSessionEnd,
  meetsAttendance,
} from '@yilu/shared';
import { demoPoints } from '../demo-points.js';
import { DEMO_GENERATED_POINTS, seedDemo } from '../seed.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi({ YILU_DEV_LOGIN: 'true' });
});
afterAll(() => api?.close());

describe('seedDemo', () => {
  it('creates one signed-in-able account per staff role, once', async () => {
    const first = await seedDemo(api.ctx);
    expect(first.created).toEqual(demoAccounts.map((a) => a.username));
    expect((await seedDemo(api.ctx)).created).toEqual([]);
    const roles = new Set<string>();
    for (const account of demoAccounts) roles.add((await api.login(account.username, DEMO_PASSWORD)).user.role);
    expect([...roles].sort()).toEqual(['admin', 'community_staff', 'district_staff', 'employer', 'provider']);
  });

  it('adds the named places once, valid by the shared schema, and they are on the map', async () => {
    expect(await api.ctx.models.Point.countDocuments()).toBe(demoPoints.length + DEMO_GENERATED_POINTS);
    for (const p of demoPoints) expect(createPointBodySchema.safeParse(p).success, p.name).toBe(true);
    const near = await api.request('GET', '/api/v1/points?near=120.9949,31.3862&radius=200');
    expect(near.body.items[0].name).toBe('昆山南星绿能e站');
  });

  it('adds classes at every stage once: figures to show, and a demo worker holding the certificates of two finished classes', async () => {
    expect(await api.ctx.models.Course.countDocuments()).toBe(demoCourses.length);
    expect((await seedDemo(api.ctx)).courses).toBe(0);
    expect(await api.ctx.models.Course.countDocuments()).toBe(demoCourses.length);

    const admin = await api.login('admin', DEMO_PASSWORD);
    const figures = await api.request('GET', '/api/v1/stats/training?groupBy=area', { token: admin.accessToken });
    const midong = figures.body.rows.find((r: { key: string }) => r.key === '650109');
    expect(midong).toMatchObject({ trained: 18, certified: 17, employed: 14 });

    const worker = await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: DEMO_WORKER } });
    const wallet = await api.request<{ items: Certificate[] }>('GET', '/api/v1/me/certificates', { token: worker.body.accessToken });
    expect(wallet.body.items.map((c) => c.name).sort()).toEqual([
      '低压电工特种作业操作证',
      '工程机械（装载机）操作证',
      '电工职业技能等级证书（五级）',
      '装载机司机职业技能等级证书（五级）',
    ]);
    expect(wallet.body.items.every((c) => c.status === 'valid')).toBe(true);
    const permit = wallet.body.items.find((c) => c.type === 'special_operation')!;
    expect(isDueSoon(permit.reviewDue, beijingDate())).toBe(true);
    const mine = await api.request('GET', '/api/v1/me/enrollments', { token: worker.body.accessToken });
    expect(mine.body.items.map((e: { status: string }) => e.status).sort()).toEqual(['approved', 'certified', 'certified']);

    // The loader class's 14 jobs are hires through applications; the demo worker is one of them.
    const applications = await api.request('GET', '/api/v1/me/applications', { token: worker.body.accessToken });
    expect(applications.body.items).toEqual([
      expect.objectContaining({ state: 'hired', job: expect.objectContaining({ jobTitle: '装载机司机' }) }),
    ]);
    const jobs = await api.request('GET', '/api/v1/jobs?lng=87.6543&lat=43.9642', { token: worker.body.accessToken });
    const electrician = jobs.body.items.find((j: { jobTitle: string }) => j.jobTitle === '配电运维电工');
    expect(electrician.fit.qualifies).toBe(true);

    const open = await api.request('GET', '/api/v1/courses?pageSize=50');
    expect(open.body.items.map((c: { title: string }) => c.title)).not.toContain(demoCourses[1]!.body.title);
    expect(open.body.items.find((c: { title: string }) => c.title === demoCourses[0]!.body.title)).toMatchObject({
      dualCertificate: true,
      seatsLeft: 18,
    });
  }, 60_000);

  it('issues demo certificates only as the rules allow: after the last session, to those who attended and passed', async () => {
    const today = beijingDate();
    const certificates = await api.ctx.models.Certificate.find().lean();
    expect(certificates.length).toBeGreaterThan(0);
    for (const c of certificates) {
      const e = (await api.ctx.models.Enrollment.findById(c.enrollmentId).lean())!;
      const course = (await api.ctx.models.Course.findById(e.courseId).lean())!;
      expect(c.issuedAt! <= today && c.issuedAt! >= lastSessionEnd(course.sessions)!.date, String(c._id)).toBe(true);
      expect(meetsAttendance(attendedSessions(e.checkIns), course.sessions.length, DEFAULT_MIN_ATTENDANCE_SHARE), String(c._id)).toBe(true);
      expect(
        e.results.some((r) => r.certificateType === c.type && r.passed),
        String(c._id),
      ).toBe(true);
    }
    const revoked = certificates.filter((c) => c.revokedAt);
    expect(revoked).toHaveLength(1);
    const verified = await api.request('GET', `/api/v1/certificates/verify?no=${revoked[0]!._id}`);
    expect(verified.body).toMatchObject({ status: 'revoked', valid: false, revokeReason: expect.stringContaining('注销') });
  });

  it('adds wishes at every stage once: the Zepu building numbers done and confirmed, one overdue, one of the demo worker', async () => {
    expect((await seedDemo(api.ctx)).wishes).toBe(0);
    const admin = await api.login('admin', DEMO_PASSWORD);
    const queue = await api.request('GET', '/api/v1/wishes/queue?status=all', { token: admin.accessToken });
    expect(queue.body.items.map((w: { status: string }) => w.status).sort()).toEqual([
      'accepted',
      'declined',
      'done',
      'in_progress',
      'submitted',
    ]);
    const zepu = queue.body.items.find((w: { place: { areaCode: string } }) => w.place.areaCode === '653124');
    expect(zepu).toMatchObject({ category: 'building_signs', status: 'done', confirmedAt: expect.any(String), supportCount: 5 });
    const home = await api.request('GET', '/api/v1/overview', { token: (await api.login('midong', DEMO_PASSWORD)).accessToken });
    expect(home.body.overdueWishes).toBe(1);
    const gucheng = await api.request('GET', '/api/v1/wishes/queue', { token: (await api.login('gucheng', DEMO_PASSWORD)).accessToken });
    expect(gucheng.body.items).toEqual([expect.objectContaining({ status: 'in_progress', assignedTo: expect.anything() })]);
    const worker = await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: DEMO_WORKER } });
    const mine = await api.request('GET', '/api/v1/me/wishes', { token: worker.body.accessToken });
    expect(mine.body.items).toHaveLength(1);
    const figures = await api.request('GET', '/api/v1/stats/wishes', { token: admin.accessToken });
    expect(figures.body.rows.find((r: { areaCode: string }) => r.areaCode === '653124')).toMatchObject({ done: 1, medianDaysToDone: 6 });
  });

  it('refuses to run in production', async () => {
    await expect(seedDemo({ ...api.ctx, config: { ...api.ctx.config, env: 'production' } })).rejects.toThrow(/never seeded/);
  });
});
