import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { courseBody, enrollBody } from '../../../test/courses-fixtures.js';

let api: TestApi;
const tokens: Record<string, string> = {};
const workers: string[] = [];
const password = 'correct-horse-battery';

async function progress(enrollmentId: string, token: string, to: 'applied' | 'completed' | 'certified' | 'employed', certNo: string) {
  const patch = (body: object) => api.request('PATCH', `/api/v1/enrollments/${enrollmentId}`, { token, body });
  if (to === 'applied') return;
  await patch({ action: 'approve' });
  await patch({ action: 'complete' });
  if (to === 'completed') return;
  await patch({ action: 'result', certificateType: 'skill_level', passed: true, score: 80 });
  await patch({ action: 'result', certificateType: 'special_operation', passed: true, score: 80 });
  await patch({ action: 'certify', certificateType: 'skill_level', no: `S${certNo}`, issuedAt: '2026-11-20' });
  await patch({ action: 'certify', certificateType: 'special_operation', no: `T${certNo}`, issuedAt: '2026-11-20' });
  if (to === 'employed') await patch({ action: 'job', employer: '某电力公司', startedAt: '2026-12-01' });
}

beforeAll(async () => {
  api = await startApi({ YILU_DEV_LOGIN: 'true', YILU_AUTH_RATE_LIMIT_PER_MIN: '1000' });
  const staff = [
    { username: 'admin', displayName: '管理员', role: 'admin' },
    { username: 'school', displayName: '米东区职业技能培训学校', role: 'provider', providerId: 'midong-vtc' },
    { username: 'kashi-school', displayName: '喀什技工学校', role: 'provider', providerId: 'kashi-tech' },
    { username: 'kashi', displayName: '喀什市人社', role: 'district_staff', areaCode: '653101' },
  ] as const;
  for (const a of staff) {
    await api.createAccount({ ...a, password });
    tokens[a.username] = (await api.login(a.username, password)).accessToken;
  }
  for (let i = 0; i < 6; i++) workers.push((await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: `统计骑手${i}` } })).body.accessToken);

  const electric = (await api.request('POST', '/api/v1/courses', { token: tokens.school, body: courseBody() })).body.id;
  const forklift = (
    await api.request('POST', '/api/v1/courses', {
      token: tokens['kashi-school'],
      body: courseBody({ title: '叉车司机培训班', trade: { name: '叉车司机' }, providerId: 'kashi-tech', providerName: '喀什技工学校', areaCode: '653101', subsidyFen: 150000, feeFen: 150000 }),
    })
  ).body.id;
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
    const e = await api.request('POST', `/api/v1/courses/${courseId}/enrollments`, { token: workers[w], body: enrollBody(w) });
    await progress(e.body.id, tokens[owner]!, to, `65010920261${w}`);
  }
}, 120_000);
afterAll(() => api?.close());

describe('training figures', () => {
  it('counts trained, 取证率, 上岗率 and subsidy per area for an admin', async () => {
    const res = await api.request('GET', '/api/v1/stats/training?groupBy=area', { token: tokens.admin });
    expect(res.status).toBe(200);
    const midong = res.body.rows.find((r: { key: string }) => r.key === '650109');
    expect(midong).toEqual({ key: '650109', label: '650109', enrolled: 4, trained: 3, certified: 2, certRate: 0.667, employed: 1, employRate: 0.5, subsidyFen: 840000 });
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
    const csv = await fetch(`${api.baseUrl}/api/v1/stats/training?groupBy=area&format=csv`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    const bytes = Buffer.from(await csv.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    expect(text).toContain('分组,报名人数,结业人数,取证人数,取证率,上岗人数,上岗率,补贴金额（元）');
    expect(text).toContain('650109,4,3,2,66.7%,1,50.0%,8400.00');
  });
});
