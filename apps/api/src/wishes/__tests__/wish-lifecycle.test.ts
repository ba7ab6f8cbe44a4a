import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeToWishChanges, type WishChange } from '../wish-changes.js';
import { expectProblem } from '../../../test/harness.js';
import { startWishesWorld } from '../../../test/wishes-world.js';

let world: Awaited<ReturnType<typeof startWishesWorld>>;
const changes: WishChange[] = [];
beforeAll(async () => {
  world = await startWishesWorld();
  subscribeToWishChanges(world.api.ctx, (_ctx, _wish, change) => void changes.push(change));
});
afterAll(() => world?.api.close());

const kinds = (wish: { timeline: { kind: string }[] }) => wish.timeline.map((e) => e.kind);

describe('a wish from posting to done', () => {
  it('is posted at a point, accepted, handed to the community, answered and done; every step on its timeline', async () => {
    const { api, tokens, workers, step } = world;
    const posted = await world.post(0);
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      status: 'submitted',
      authorName: '骑**王',
      mine: true,
      place: { pointName: '米东区古城社区劳动者驿站', areaCode: '650109001001' },
      supportCount: 0,
      overdue: false,
    });
    const id = posted.body.id;

    expect((await step(tokens.midong, id, { action: 'accept', note: '已转社区核实' })).body.status).toBe('accepted');
    const assigned = await step(tokens.midong, id, { action: 'assign', areaCode: '650109001001' });
    expect(assigned.body.assignedTo).toEqual({ areaCode: '650109001001', areaName: '古城社区工作站' });
    expect((await step(tokens.gucheng, id, { action: 'start' })).body.status).toBe('in_progress');
    await step(tokens.gucheng, id, { action: 'answer', reply: '已联系物业，本周内安装' });
    const done = await step(tokens.gucheng, id, { action: 'done', reply: '已在 12 栋楼安装夜光楼栋号牌' });
    expect(done.body).toMatchObject({ status: 'done', reply: '已在 12 栋楼安装夜光楼栋号牌' });
    expect(done.body.doneAt).toEqual(expect.any(String));

    const seen = await api.request('GET', `/api/v1/wishes/${id}`, { token: workers[1] });
    expect(kinds(seen.body)).toEqual(['submitted', 'accepted', 'assigned', 'in_progress', 'answered', 'done']);
    expect(seen.body.timeline[0]).toMatchObject({ by: '骑**王' });
    expect(seen.body.timeline[2]).toMatchObject({ by: '米东区人社', areaName: '古城社区工作站' });
    expect(seen.body.timeline[5]).toMatchObject({ by: '古城社区工作站', text: '已在 12 栋楼安装夜光楼栋号牌' });
    expect(seen.body.timeline.every((e: { at: string }) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(seen.body).toMatchObject({ mine: false });
    expect(seen.body.confirmUntil).toBeUndefined();

    // A closed wish takes no more staff steps.
    expectProblem(await step(tokens.midong, id, { action: 'decline', reason: '不行' }), 409);
    expect(changes.map((c) => c.kind)).toEqual(['submitted', 'accepted', 'assigned', 'in_progress', 'answered', 'done']);
    expect(changes[5]).toMatchObject({ from: 'in_progress', actor: { role: 'community_staff' } });
  });

  it('is declined with a reason, or marked as the duplicate of another, linking to it', async () => {
    const { tokens, step, posted } = world;
    const first = await posted(1, { text: '希望古城社区驿站门口加一个充电柜', category: 'charging' });
    const again = await posted(2, { text: '古城社区驿站门口能不能加个充电柜', category: 'charging' });
    const declined = await step(tokens.midong, first, { action: 'decline', reason: '该处没有电源条件' });
    expect(declined.body).toMatchObject({ status: 'declined', reason: '该处没有电源条件' });
    const dup = await step(tokens.midong, again, { action: 'duplicate', duplicateOf: first });
    expect(dup.body).toMatchObject({ status: 'duplicate', duplicateOf: first });
    expect(dup.body.timeline.at(-1)).toMatchObject({ kind: 'duplicate', duplicateOf: first });
    const self = await posted(3, { text: '古城社区驿站的厕所晚上能开门吗', category: 'toilet' });
    const refused = expectProblem(await step(tokens.midong, self, { action: 'duplicate', duplicateOf: self }), 422);
    expect(refused.errors?.[0]?.field).toBe('body.duplicateOf');
  });

  it('is handed only to a community of its own district inside the staff member’s area', async () => {
    const { tokens, step, posted } = world;
    const id = await posted(3, { areaCode: '650109', text: '米东区这边的小区大门都进不去，外卖只能放门口', category: 'entry' });
    for (const areaCode of ['653101001001', '650109', '650102001001']) {
      const res = expectProblem(await step(tokens.midong, id, { action: 'assign', areaCode }), 422);
      expect(res.errors?.[0]?.field).toBe('body.areaCode');
    }
    const ok = await step(tokens.midong, id, { action: 'assign', areaCode: '650109002001' });
    expect(ok.body).toMatchObject({ status: 'accepted', assignedTo: { areaName: '东风社区工作站' } });
    expect((await step(tokens.dongfeng, id, { action: 'start' })).status).toBe(200);
    expectProblem(await step(tokens.dongfeng, id, { action: 'assign', areaCode: '650109001001' }), 422);
  });
});

describe('the scope matrix', () => {
  it('lets only the staff of the wish’s area (or the community it was handed to) see and answer it', async () => {
    const { api, tokens, step, posted } = world;
    const id = await posted(4, { text: '古城社区驿站晚上能不能留一盏灯，方便找到入口', category: 'safety' });
    const answer = { action: 'answer', reply: '收到' };
    expectProblem(await step(tokens.kashi, id, answer), 404);
    expectProblem(await step(tokens.dongfeng, id, answer), 404);
    expect((await step(tokens.gucheng, id, answer)).status).toBe(200);
    expect((await step(tokens.midong, id, answer)).status).toBe(200);
    expect((await step(tokens.admin, id, answer)).status).toBe(200);
    expectProblem(await step(world.workers[0], id, answer), 403);
    expectProblem(await api.request('PATCH', `/api/v1/wishes/${id}`, { body: answer }), 401);

    const queue = async (token: string) =>
      (await api.request('GET', '/api/v1/wishes/queue?status=all', { token })).body.items.map((w: { id: string }) => w.id);
    expect(await queue(tokens.midong)).toContain(id);
    expect(await queue(tokens.gucheng)).toContain(id);
    expect(await queue(tokens.kashi)).not.toContain(id);
    expect(await queue(tokens.dongfeng)).not.toContain(id);
    expectProblem(await api.request('GET', '/api/v1/wishes/queue', { token: world.workers[0] }), 403);
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/hide`, { token: tokens.kashi, body: { reason: '广告' } }), 404);
  });

  it('refuses staff and other roles posting or supporting, and unknown places', async () => {
    const { api, tokens } = world;
    const body = { category: 'rest', text: '这里需要一个能坐下休息的地方', areaCode: '650109' };
    expectProblem(await api.request('POST', '/api/v1/wishes', { token: tokens.midong, body }), 403);
    expectProblem(await world.post(5, { pointId: '0123456789abcdef01234567' }), 404);
    const far = expectProblem(await world.post(5, { location: { lng: 120, lat: 10 } }), 422);
    expect(far.errors?.[0]?.field).toBe('body.location');
    const unknown = expectProblem(await world.post(5, { areaCode: '659999' }), 422);
    expect(unknown.errors?.[0]?.field).toBe('body.areaCode');
    const none = expectProblem(
      await api.request('POST', '/api/v1/wishes', { token: world.workers[5], body: { ...body, areaCode: undefined } }),
      400,
    );
    expect(none.errors?.[0]).toMatchObject({ field: 'body.areaCode', message: expect.stringContaining('三选一') });
  });

  it('files a spot on the map under its district without keeping the spot', async () => {
    const { api } = world;
    const res = await world.post(5, {
      location: { lng: 87.65, lat: 43.96 },
      text: '这条路上没有公共厕所，跑单很不方便',
      category: 'toilet',
    });
    expect(res.body.place).toEqual({ areaCode: '650109', areaName: '乌鲁木齐市米东区' });
    const stored = await api.ctx.models.Wish.findById(res.body.id).lean();
    expect(JSON.stringify(stored)).not.toMatch(/87\.65|43\.96/);
  });
});
