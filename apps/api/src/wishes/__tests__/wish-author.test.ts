import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WISH_CONFIRM_DAYS } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { startWishesWorld } from '../../../test/wishes-world.js';
import { median } from '../wish-figures.js';

let world: Awaited<ReturnType<typeof startWishesWorld>>;
beforeAll(async () => {
  world = await startWishesWorld({ YILU_WISH_OVERDUE_DAYS: '10' });
});
afterAll(() => world?.api.close());

/** A wish posted by worker `w` and done by the Gucheng community. */
async function doneWish(w: number, text = '古城社区的楼栋号看不清，晚上送餐总找不到楼') {
  const id = await world.posted(w, { text });
  await world.step(world.tokens.gucheng, id, { action: 'done', reply: '已安装楼栋号牌' });
  return id;
}

// The smallest valid PNG: one transparent pixel.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
async function upload(token: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png)]), 'photo.png');
  const res = await fetch(`${world.api.baseUrl}/api/v1/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return ((await res.json()) as { url: string }).url;
}

describe('the author after done', () => {
  it('confirms a done wish within 14 days, once', async () => {
    const { api, workers } = world;
    const id = await doneWish(0);
    const mine = await api.request('GET', `/api/v1/wishes/${id}`, { token: workers[0] });
    expect(Date.parse(mine.body.confirmUntil) - Date.parse(mine.body.doneAt)).toBe(WISH_CONFIRM_DAYS * 86_400_000);
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/confirm`, { token: workers[1] }), 403);
    const confirmed = await api.request('POST', `/api/v1/wishes/${id}/confirm`, { token: workers[0] });
    expect(confirmed.body).toMatchObject({ status: 'done', confirmedAt: expect.any(String) });
    expect(confirmed.body.timeline.at(-1)).toMatchObject({ kind: 'confirmed', by: '骑**王' });
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/confirm`, { token: workers[0] }), 409);
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/reopen`, { token: workers[0], body: { reason: '又坏了' } }), 409);
  });

  it('reopens a done wish with a reason: back in progress for staff', async () => {
    const { api, workers, tokens } = world;
    const id = await doneWish(1);
    const reopened = await api.request('POST', `/api/v1/wishes/${id}/reopen`, {
      token: workers[1],
      body: { reason: '只装了一栋，其他楼还是没有' },
    });
    expect(reopened.body).toMatchObject({ status: 'in_progress' });
    expect(reopened.body.doneAt).toBeUndefined();
    expect(reopened.body.timeline.at(-1)).toMatchObject({ kind: 'reopened', text: '只装了一栋，其他楼还是没有' });
    const queue = await api.request('GET', '/api/v1/wishes/queue', { token: tokens.gucheng });
    expect(queue.body.items.map((w: { id: string }) => w.id)).toContain(id);
    expect((await world.step(tokens.gucheng, id, { action: 'done', reply: '其余楼栋也已安装' })).body.status).toBe('done');
  });

  it('can no longer confirm or reopen 14 days after done', async () => {
    const { api, workers } = world;
    const id = await doneWish(2);
    await world.age(id, WISH_CONFIRM_DAYS + 0.01, ['createdAt', 'doneAt']);
    expect((await api.request('GET', `/api/v1/wishes/${id}`, { token: workers[2] })).body.confirmUntil).toBeUndefined();
    expect(expectProblem(await api.request('POST', `/api/v1/wishes/${id}/confirm`, { token: workers[2] }), 409).detail).toContain('14 天');
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/reopen`, { token: workers[2], body: { reason: '没修好' } }), 409);
    expectProblem(await api.request('POST', `/api/v1/wishes/${id}/confirm`, { token: world.tokens.gucheng }), 403);
  });
});

describe('我的反馈', () => {
  it('lists the worker’s own wishes and reports with their state and the staff reply', async () => {
    const { api, workers, tokens, pointId } = world;
    const wish = await doneWish(3, '古城社区驿站的楼栋号牌太小');
    const report = await api.request('POST', `/api/v1/points/${pointId}/reports`, { token: workers[3], body: { reason: 'hours_wrong' } });
    await api.request('PATCH', `/api/v1/point-reports/${report.body.id}`, {
      token: tokens.midong,
      body: { status: 'resolved', reply: '已更正营业时间' },
    });
    const wishes = await api.request('GET', '/api/v1/me/wishes', { token: workers[3] });
    expect(wishes.body.items).toEqual([expect.objectContaining({ id: wish, status: 'done', reply: '已安装楼栋号牌', mine: true })]);
    const reports = await api.request('GET', '/api/v1/me/reports', { token: workers[3] });
    expect(reports.body.items).toEqual([expect.objectContaining({ id: report.body.id, status: 'resolved', reply: '已更正营业时间' })]);
    expect((await api.request('GET', '/api/v1/me/reports', { token: workers[4] })).body.items).toEqual([]);
    expectProblem(await api.request('GET', '/api/v1/me/wishes', { token: tokens.midong }), 403);
  });
});

describe('photos of a wish', () => {
  it('are seen by every signed-in worker on a public wish, by its author and staff only once hidden', async () => {
    const { api, workers, tokens } = world;
    const photo = await upload(workers[4]);
    expectProblem(await world.post(5, { photo }), 400);
    const id = await world.posted(4, { photo, text: '古城社区 3 号楼门口的台阶太高，电动车上不去' });
    const answerPhoto = await upload(tokens.gucheng);
    await world.step(tokens.gucheng, id, { action: 'done', reply: '已加装坡道', photo: answerPhoto });
    const see = (url: string, token: string) => api.request('GET', url, { token });
    for (const url of [photo, answerPhoto]) expect((await see(url, workers[6])).status).toBe(200);
    await api.request('POST', `/api/v1/wishes/${id}/hide`, { token: tokens.midong, body: { reason: '照片含住户门牌' } });
    for (const url of [photo, answerPhoto]) {
      expectProblem(await see(url, workers[6]), 404);
      expectProblem(await see(url, tokens.kashi), 404);
      expect((await see(url, tokens.midong)).status).toBe(200);
    }
    expect((await see(answerPhoto, workers[4])).status).toBe(200);
  });
});

describe('figures and the admin home', () => {
  it('counts wishes, the share done and the median days to done per district, and overdue wishes on the home page', async () => {
    const { api, tokens } = world;
    const before = (await api.request('GET', '/api/v1/overview', { token: tokens.midong })).body.overdueWishes;
    const late = await world.posted(6, { areaCode: '650109', category: 'rest', text: '米东区需要更多能午休的地方' });
    await world.age(late, 11);
    const slow = await doneWish(6, '古城社区 5 号楼没有楼栋号');
    await world.age(slow, 3, ['createdAt']);
    const home = await api.request('GET', '/api/v1/overview', { token: tokens.midong });
    expect(home.body.overdueWishes).toBe(before + 1);
    expect((await api.request('GET', '/api/v1/overview', { token: tokens.kashi })).body.overdueWishes).toBe(0);

    const queue = await api.request('GET', '/api/v1/wishes/queue', { token: tokens.midong });
    expect(queue.body.items[0]).toMatchObject({ id: late, overdue: true });

    const figures = await api.request('GET', '/api/v1/stats/wishes', { token: tokens.midong });
    expect(figures.body.overdueDays).toBe(10);
    const docs = await api.ctx.models.Wish.find({ areaCode: /^650109/, hidden: false }).lean();
    const done = docs.filter((d) => d.status === 'done');
    const days = done.map((d) => (d.doneAt!.getTime() - d.createdAt.getTime()) / 86_400_000);
    expect(figures.body.rows).toEqual([
      expect.objectContaining({
        areaCode: '650109',
        areaName: '乌鲁木齐市米东区',
        wishes: docs.length,
        done: done.length,
        doneShare: done.length / docs.length,
        medianDaysToDone: Math.round(median(days)! * 10) / 10,
        overdue: 1,
      }),
    ]);
    expect((await api.request('GET', '/api/v1/stats/wishes', { token: tokens.kashi })).body.rows).toEqual([]);
    expect([median([]), median([3]), median([1, 9, 2]), median([4, 1, 2, 3])]).toEqual([null, 3, 2, 2.5]);
  });
});
