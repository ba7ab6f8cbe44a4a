import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WISHES_PER_DAY } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { startWishesWorld } from '../../../test/wishes-world.js';

let world: Awaited<ReturnType<typeof startWishesWorld>>;
beforeAll(async () => {
  world = await startWishesWorld();
});
afterAll(() => world?.api.close());

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((w) => w.id);

describe('the wish board', () => {
  it('shows public wishes of the district a position lies in, by category, newest or most supported first', async () => {
    const { api, workers, posted } = world;
    const signs = await posted(0);
    const water = await posted(1, { category: 'drinking_water', text: '古城社区驿站的饮水机经常没有热水', areaCode: '650109' });
    const mine = await posted(2, { visibility: 'staff', text: '社区门岗总不让电动车进，希望协调一下', category: 'entry' });
    const kashgar = await posted(3, { areaCode: '653101', text: '喀什古城里充电的地方太少了', category: 'charging' });
    await api.request('POST', `/api/v1/wishes/${signs}/supports`, { token: workers[4] });

    const near = await api.request('GET', '/api/v1/wishes?near=87.68,43.96', { token: workers[5] });
    expect(near.body.area).toEqual({ areaCode: '650109', areaName: '乌鲁木齐市米东区' });
    expect(ids(near)).toEqual([water, signs]);
    expect(near.body.items[1]).toMatchObject({ supportCount: 1, supportedByMe: false, mine: false, authorName: '骑**王' });
    const supported = await api.request('GET', '/api/v1/wishes?areaCode=650109&sort=supported', { token: workers[4] });
    expect(ids(supported)).toEqual([signs, water]);
    expect(supported.body.items[0].supportedByMe).toBe(true);
    expect(ids(await api.request('GET', '/api/v1/wishes?areaCode=650109&category=drinking_water', { token: workers[5] }))).toEqual([water]);
    expect(ids(await api.request('GET', '/api/v1/wishes?areaCode=653101', { token: workers[5] }))).toEqual([kashgar]);

    // Staff only: its author and the staff of its area read it; other workers get 404.
    expectProblem(await api.request('GET', `/api/v1/wishes/${mine}`, { token: workers[5] }), 404);
    expect((await api.request('GET', `/api/v1/wishes/${mine}`, { token: workers[2] })).status).toBe(200);
    expect((await api.request('GET', `/api/v1/wishes/${mine}`, { token: world.tokens.gucheng })).status).toBe(200);
    expectProblem(await api.request('GET', '/api/v1/wishes?areaCode=650109'), 401);
    expectProblem(await api.request('GET', '/api/v1/wishes?near=87.68,43.96&areaCode=650109', { token: workers[5] }), 400);
  });

  it('counts one support per worker: a second is refused, and a double tap at once leaves one', async () => {
    const { api, workers, posted } = world;
    const id = await posted(4, { text: '古城社区驿站的椅子太少，午休时坐不下', category: 'rest' });
    const support = (w: number) => api.request('POST', `/api/v1/wishes/${id}/supports`, { token: workers[w] });
    expect((await support(5)).body).toEqual({ supportCount: 1, supportedByMe: true });
    expect(expectProblem(await support(5), 409).detail).toBe('您已经支持过这个心愿');
    const taps = await Promise.all(Array.from({ length: 6 }, () => support(6)));
    expect(taps.filter((r) => r.status === 201)).toHaveLength(1);
    expect(taps.filter((r) => r.status === 409)).toHaveLength(5);
    expectProblem(await support(4), 403);
    expect((await api.request('GET', `/api/v1/wishes/${id}`, { token: workers[0] })).body.supportCount).toBe(2);
    expect(await api.ctx.models.WishSupport.countDocuments({ wishId: id })).toBe(2);
  });

  it('takes a hidden wish off the board, for everyone but its author and staff, with the reason audited', async () => {
    const { api, tokens, workers, posted } = world;
    const id = await posted(5, { text: '加微信 abc123 领红包，骑手福利群', category: 'other' });
    const hidden = await api.request('POST', `/api/v1/wishes/${id}/hide`, { token: tokens.midong, body: { reason: '广告信息' } });
    expect(hidden.body.hidden).toMatchObject({ reason: '广告信息' });
    expect(ids(await api.request('GET', '/api/v1/wishes?areaCode=650109', { token: workers[0] }))).not.toContain(id);
    expectProblem(await api.request('GET', `/api/v1/wishes/${id}`, { token: workers[0] }), 404);
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/supports`, { token: workers[0] }), 404);
    const own = await api.request('GET', '/api/v1/me/wishes', { token: workers[5] });
    expect(own.body.items.find((w: { id: string }) => w.id === id).hidden.reason).toBe('广告信息');
    const queue = await api.request('GET', '/api/v1/wishes/queue?hidden=true&status=all', { token: tokens.midong });
    expect(ids(queue)).toEqual([id]);
    expect(ids(await api.request('GET', '/api/v1/wishes/queue?status=all', { token: tokens.midong }))).not.toContain(id);
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/hide`, { token: tokens.midong, body: { reason: '再次' } }), 409);
    const trail = await api.request('GET', `/api/v1/audit?entity=wish&entityId=${id}`, { token: tokens.midong });
    expect(trail.body.items[0]).toMatchObject({ action: 'hide', actor: { name: '米东区人社' } });
  });

  it('suggests open wishes of the same category nearby while one is typed, the most alike first', async () => {
    const { api, workers, pointId } = world;
    const similar = (q: string) => api.request('GET', `/api/v1/wishes/similar?${q}`, { token: workers[7] });
    const res = await similar(`category=building_signs&pointId=${pointId}&text=${encodeURIComponent('楼号看不清')}`);
    expect(res.body.items[0]).toMatchObject({ category: 'building_signs', text: expect.stringContaining('楼栋号看不清') });
    expect((await similar(`category=building_signs&areaCode=653101&text=${encodeURIComponent('楼号看不清')}`)).body.items).toEqual([]);
    expect((await similar(`category=building_signs&near=87.68,43.96&text=${encodeURIComponent('充电柜')}`)).body.items).toEqual([]);
    expectProblem(await similar('category=building_signs'), 400);
  });

  it('takes a few wishes per worker per day', async () => {
    const { posted, post } = world;
    for (let i = 0; i < WISHES_PER_DAY; i++)
      await posted(7, { areaCode: '650109', text: `米东区第 ${i + 1} 个心愿：希望多设几个饮水点`, category: 'drinking_water' });
    expect(expectProblem(await post(7, { areaCode: '650109', category: 'drinking_water' }), 429).detail).toContain(`${WISHES_PER_DAY}`);
  });
});
