import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingDate } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { startJobsWorld } from '../../../test/jobs-world.js';
import { endedSessions } from '../../../test/courses-fixtures.js';

const world = await startJobsWorld(6);
const { api, tokens, workers, createCourse, enroll, attend } = world;
afterAll(() => api.close());
// Classes that ended yesterday, so that those who attended complete them and get their certificates today.
const sessions = endedSessions(1);
const today = beijingDate();

async function progress(
  enrollmentId: string,
  token: string,
  to: 'applied' | 'completed' | 'certified' | 'employed',
  certNo: string,
  worker: number,
) {
  const patch = (body: object) => api.request('PATCH', `/api/v1/enrollments/${enrollmentId}`, { token, body });
  if (to === 'applied') return;
  await patch({ action: 'approve' });
  await attend(enrollmentId, sessions, token);
  await patch({ action: 'complete' });
  if (to === 'completed') return;
  await patch({ action: 'result', certificateType: 'skill_level', passed: true, score: 80 });
  await patch({ action: 'result', certificateType: 'special_operation', passed: true, score: 80 });
  await patch({ action: 'certify', certificateType: 'skill_level', no: `S${certNo}`, issuedAt: today });
  await patch({ action: 'certify', certificateType: 'special_operation', no: `T${certNo}`, issuedAt: today });
  if (to === 'employed') await hire(worker);
}

/** The worker applies to the electrician job and its employer invites and hires them: a real job, counted in 上岗率. */
async function hire(worker: number) {
  const jobId = await world.postJob();
  const applied = await world.apply(jobId, worker);
  const at = new Date(Date.now() + 86_400_000).toISOString();
  await world.act(applied.body.id, world.employerTokens.grid, { action: 'invite', interviewAt: at, place: '米东变电站' });
  const hired = await world.act(applied.body.id, world.employerTokens.grid, { action: 'hire', startDate: '2026-12-01' });
  if (hired.status !== 200) throw new Error(JSON.stringify(hired.body));
}

beforeAll(async () => {
  const electric = await createCourse({ sessions });
  const forklift = await createCourse(
    {
      sessions,
      title: '叉车司机培训班',
      trade: { name: '叉车司机' },
      providerId: 'kashi-tech',
      providerName: '喀什技工学校',
      areaCode: '653101',
      subsidyFen: 150000,
      feeFen: 150000,
    },
    tokens['kashi-school'],
  );
  // Electricians in Midong: 4 enrolled, 3 trained, 2 certified, 1 employed. Forklift in Kashgar: 2 enrolled, 1 trained.
  const plan: [string, number, string, 'applied' | 'completed' | 'certified' | 'employed'][] = [
    [electric, 0, 'school', 'employed'],
    [electric, 1, 'school', 'certified'],
    [electric, 2, 'school', 'completed'],
    [electric, 3, 'school', 'applied'],
    [forklift, 4, 'kashi-school', 'completed'],
    [forklift, 5, 'kashi-school', 'applied'],
  ];
  for (const [courseId, w, owner, to] of plan) {
    const e = await enroll(courseId, w);
    await progress(e.body.id, tokens[owner as keyof typeof tokens], to, `65010920261${w}`, w);
  }
}, 120_000);

describe('training figures', () => {
  it('counts trained, 取证率, 上岗率 and subsidy per area for an admin', async () => {
    const res = await api.request('GET', '/api/v1/stats/training?groupBy=area', { token: tokens.admin });
    expect(res.status).toBe(200);
    const midong = res.body.rows.find((r: { key: string }) => r.key === '650109');
    expect(midong).toEqual({
      key: '650109',
      label: '乌鲁木齐市米东区',
      enrolled: 4,
      trained: 3,
      certified: 2,
      certRate: 0.667,
      employed: 1,
      employRate: 0.5,
      subsidyFen: 840000,
    });
    const kashi = res.body.rows.find((r: { key: string }) => r.key === '653101');
    expect(kashi).toMatchObject({ enrolled: 2, trained: 1, certified: 0, certRate: 0, subsidyFen: 150000 });
  });

  it('groups by trade and provider, and keeps each user in scope', async () => {
    const byTrade = await api.request('GET', '/api/v1/stats/training?groupBy=trade', { token: tokens.admin });
    expect(byTrade.body.rows.map((r: { label: string }) => r.label).sort()).toEqual(['叉车司机', '电工']);
    const ownOnly = await api.request('GET', '/api/v1/stats/training?groupBy=provider', { token: tokens.school });
    expect(ownOnly.body.rows).toHaveLength(1);
    expect(ownOnly.body.rows[0]).toMatchObject({ label: '米东区职业技能培训学校', enrolled: 4 });
    const district = await api.request('GET', '/api/v1/stats/training', { token: tokens.kashi });
    expect(district.body.rows.map((r: { key: string }) => r.key)).toEqual(['653101']);
    expectProblem(await api.request('GET', '/api/v1/stats/training', { token: workers[0] }), 403);
    expectProblem(await api.request('GET', '/api/v1/stats/training?groupBy=color', { token: tokens.admin }), 400);
  });

  it('filters by period and exports CSV for Excel', async () => {
    const future = await api.request('GET', '/api/v1/stats/training?from=2099-01-01', { token: tokens.admin });
    expect(future.body.rows).toEqual([]);
    const csv = await fetch(`${api.baseUrl}/api/v1/stats/training/export?groupBy=area`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    expect(text).toContain('编码,分组,报名人数,结业人数,取证人数,取证率,上岗人数,上岗率,补贴金额（元）');
    expect(text).toContain('650109,乌鲁木齐市米东区,4,3,2,66.7%,1,50.0%,8400.00');
  });
});
