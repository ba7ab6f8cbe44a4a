import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { pointBody } from '../../../test/points-fixtures.js';

let api: TestApi;
const password = 'correct-horse-battery';
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startApi({ YILU_DEV_LOGIN: 'true' });
  const accounts = [
    { username: 'admin', displayName: '管理员', role: 'admin' },
    { username: 'kashi', displayName: '喀什市人社', role: 'district_staff', areaCode: '653101' },
    { username: 'midong', displayName: '米东区人社', role: 'district_staff', areaCode: '650109' },
    { username: 'gucheng', displayName: '古城社区', role: 'community_staff', areaCode: '650109001001' },
    { username: 'school', displayName: '培训学校', role: 'provider', providerId: 'p1' },
  ] as const;
  for (const a of accounts) {
    await api.createAccount({ ...a, password });
    tokens[a.username] = (await api.login(a.username, password)).accessToken;
  }
  const worker = await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '骑手' } });
  tokens.worker = worker.body.accessToken;
}, 60_000);
afterAll(() => api?.close());

const create = (token: string, body: Record<string, unknown>) => api.request('POST', '/api/v1/points', { token, body });

describe('creating and editing points', () => {
  it('staff create a point in their area; it is on the map at once and audited', async () => {
    const res = await create(tokens.kashi!, pointBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '喀什古城暖心驿站', crs: 'wgs84', openNow: true, status: 'published' });
    const near = await api.request('GET', '/api/v1/points?near=75.9897,39.4704&radius=100');
    expect(near.body.items.map((p: { id: string }) => p.id)).toContain(res.body.id);

    const history = await api.request('GET', `/api/v1/points/${res.body.id}/history`, { token: tokens.kashi });
    expect(history.body.items[0]).toMatchObject({ action: 'create', actorName: '喀什市人社' });
  });

  it('accepts GCJ-02 input and stores WGS-84', async () => {
    const gcj = { lng: 75.99229, lat: 39.47131 };
    const res = await create(tokens.kashi!, pointBody({ name: '微信坐标驿站', location: gcj, crs: 'gcj02' }));
    expect(res.body.crs).toBe('gcj02');
    expect(res.body.location.lng).toBeCloseTo(gcj.lng, 5);
    const stored = await api.ctx.models.Point.findById(res.body.id).lean();
    expect(Math.abs(stored!.location!.lng - gcj.lng)).toBeGreaterThan(0.001);
  });

  it('edits record before and after; verify stamps verifiedAt; delete is soft', async () => {
    const { body: point } = await create(tokens.kashi!, pointBody({ name: '待编辑驿站' }));
    const edit = await api.request('PATCH', `/api/v1/points/${point.id}`, {
      token: tokens.kashi,
      body: { name: '已编辑驿站', verified: true },
    });
    expect(edit.status).toBe(200);
    expect(edit.body.name).toBe('已编辑驿站');
    expect(edit.body.verifiedAt).toBeTruthy();
    const history = await api.request('GET', `/api/v1/points/${point.id}/history`, { token: tokens.kashi });
    expect(history.body.items[0]).toMatchObject({ action: 'verify', before: { name: '待编辑驿站' }, after: { name: '已编辑驿站' } });

    expect((await api.request('DELETE', `/api/v1/points/${point.id}`, { token: tokens.kashi })).status).toBe(204);
    expectProblem(await api.request('GET', `/api/v1/points/${point.id}`), 404);
    expect(await api.ctx.models.Point.exists({ _id: point.id })).toBeTruthy();
  });

  it('bad bodies are 400 naming each field, and nothing is stored', async () => {
    const before = await api.ctx.models.Point.countDocuments();
    const res = await create(
      tokens.kashi!,
      pointBody({ location: { lng: 300, lat: 39 }, kind: 'spa' as never, amenities: ['pool'] as never }),
    );
    const fields = expectProblem(res, 400).errors!.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.location.lng', 'body.kind', 'body.amenities.0']));
    expect(await api.ctx.models.Point.countDocuments()).toBe(before);
  });
});

describe('scope matrix', () => {
  let midongDraft: string;
  let kashiPoint: string;

  beforeAll(async () => {
    midongDraft = (
      await create(
        tokens.midong!,
        pointBody({ name: '米东区草稿驿站', areaCode: '650109001001', location: { lng: 87.68, lat: 43.95 }, status: 'draft' }),
      )
    ).body.id;
    kashiPoint = (await create(tokens.kashi!, pointBody({ name: '喀什已发布驿站' }))).body.id;
  });

  const cases: [string, 'read draft' | 'edit' | 'delete', number][] = [
    ['admin', 'read draft', 200],
    ['midong', 'read draft', 200],
    ['gucheng', 'read draft', 200],
    ['kashi', 'read draft', 404],
    ['school', 'read draft', 404],
    ['worker', 'read draft', 404],
    ['anonymous', 'read draft', 404],
    ['kashi', 'edit', 404],
    ['school', 'edit', 403],
    ['worker', 'edit', 403],
    ['anonymous', 'edit', 401],
    ['gucheng', 'edit', 200],
    ['kashi', 'delete', 404],
    ['school', 'delete', 403],
    ['anonymous', 'delete', 401],
  ];

  it.each(cases)('%s: %s of another area’s draft → %i', async (who, action, status) => {
    const token = who === 'anonymous' ? undefined : tokens[who];
    const path = `/api/v1/points/${midongDraft}`;
    const res =
      action === 'read draft'
        ? await api.request('GET', path, { token })
        : action === 'edit'
          ? await api.request('PATCH', path, { token, body: { description: `${who} 修改` } })
          : await api.request('DELETE', path, { token });
    expect(res.status).toBe(status);
  });

  it('staff cannot create in, or move a point to, another area', async () => {
    const res = await create(tokens.midong!, pointBody({ areaCode: '653101' }));
    expect(expectProblem(res, 403).errors).toEqual([{ field: 'body.areaCode', message: '不在您的管辖范围内' }]);
    const move = await api.request('PATCH', `/api/v1/points/${kashiPoint}`, { token: tokens.kashi, body: { areaCode: '650109' } });
    expectProblem(move, 403);
  });

  it('the staff listing shows only the own area', async () => {
    const kashi = await api.request('GET', '/api/v1/points?page=1&pageSize=100', { token: tokens.kashi });
    expect(kashi.status).toBe(200);
    expect(kashi.body.items.every((p: { areaCode: string }) => p.areaCode.startsWith('653101'))).toBe(true);
    const midong = await api.request('GET', '/api/v1/points?status=draft', { token: tokens.midong });
    expect(midong.body.items.map((p: { id: string }) => p.id)).toEqual([midongDraft]);
    expectProblem(await api.request('GET', '/api/v1/points?page=1', { token: tokens.worker }), 403);
    expectProblem(await api.request('GET', '/api/v1/points?page=1'), 401);
  });

  it('the stale filter lists points never verified or verified long ago', async () => {
    const res = await api.request('GET', '/api/v1/points?staleDays=30&sort=stale', { token: tokens.admin });
    expect(res.body.total).toBeGreaterThan(0);
    expect(
      res.body.items.every((p: { verifiedAt?: string }) => !p.verifiedAt || Date.parse(p.verifiedAt) < Date.now() - 30 * 86_400_000),
    ).toBe(true);
  });
});
