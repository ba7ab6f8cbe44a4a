import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { pointBody } from '../../../test/points-fixtures.js';
import { startWishesWorld } from '../../../test/wishes-world.js';

let world: Awaited<ReturnType<typeof startCoursesWorld>>;

beforeAll(async () => {
  world = await startCoursesWorld(2);
});
afterAll(() => world.api.close());

const inbox = async (worker: number) =>
  (await world.api.request('GET', '/api/v1/me/notifications', { token: world.workers[worker] })).body.items as {
    kind: string;
    title: string;
    body: string;
  }[];

describe('what tells a worker', () => {
  it('a review: approved, then rejected with the reason', async () => {
    const { api, tokens } = world;
    const courseId = await world.createCourse();
    const e = await world.enroll(courseId, 0);
    await api.request('PATCH', `/api/v1/enrollments/${e.body.id}`, { token: tokens.school, body: { action: 'approve' } });
    await api.request('PATCH', `/api/v1/enrollments/${e.body.id}`, {
      token: tokens.school,
      body: { action: 'reject', reason: '材料不全' },
    });
    const kinds = (await inbox(0)).map((m) => m.kind);
    expect(kinds).toEqual(['enrollment-rejected', 'enrollment-approved']);
    expect((await inbox(0))[0]!.body).toBe('原因：材料不全');
  });

  it('a class cancelled tells everyone enrolled', async () => {
    const { api, tokens } = world;
    const courseId = await world.createCourse();
    await world.enroll(courseId, 1);
    const res = await api.request('PATCH', `/api/v1/courses/${courseId}`, { token: tokens.school, body: { status: 'cancelled' } });
    expect(res.status).toBe(200);
    expect((await inbox(1))[0]).toMatchObject({ kind: 'class-cancelled', title: '课程已取消：低压电工“一培双证”培训班' });
  });

  it('a report handled tells its reporter the outcome and the reply', async () => {
    const { api, tokens } = world;
    const pointId = (await api.request('POST', '/api/v1/points', { token: tokens.kashi, body: pointBody() })).body.id;
    const report = await api.request('POST', `/api/v1/points/${pointId}/reports`, { token: world.workers[1], body: { reason: 'closed' } });
    await api.request('PATCH', `/api/v1/point-reports/${report.body.id}`, {
      token: tokens.kashi,
      body: { status: 'resolved', reply: '已下线' },
    });
    expect((await inbox(1))[0]).toMatchObject({ kind: 'report-changed', body: '已下线' });
  });
});

describe('a wish', () => {
  it('tells its author of each staff step, not of their own', async () => {
    const wishes = await startWishesWorld();
    try {
      const id = await wishes.posted(0);
      expect((await wishes.step(wishes.tokens.midong, id, { action: 'accept' })).status).toBe(200);
      const items = (await wishes.api.request('GET', '/api/v1/me/notifications', { token: wishes.workers[0] })).body.items;
      expect(items.map((m: { kind: string; title: string }) => [m.kind, m.title])).toEqual([['wish-changed', '心愿已受理']]);
    } finally {
      await wishes.api.close();
    }
  });
});
