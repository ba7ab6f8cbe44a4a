import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from '../../../test/harness.js';
import { startNotifyWorld } from '../../../test/notify-world.js';
import { retryDue } from '../deliver.js';
import { notify, type NotifyInput } from '../notify.js';

const TEMPLATE = 'tmpl-approved';

let world: Awaited<ReturnType<typeof startNotifyWorld>>;
let api: TestApi;
let wechat: typeof world.wechat;
let token: string;
let workerId: string;

beforeAll(async () => {
  world = await startNotifyWorld({ 'enrollment-approved': TEMPLATE }, 3, '骑手甲');
  ({ api, wechat, token, workerId } = world);
});
afterAll(() => world.close());

let n = 0;
const message = (occurrence = `o-${++n}`): NotifyInput => ({
  kind: 'enrollment-approved',
  workerId,
  occurrence,
  title: '报名已通过：低压电工',
  body: '请按时上课',
  link: '/pages/course/index?id=x',
  data: { thing1: '低压电工', phrase2: '已通过' },
});
const consent = (count = 1) =>
  api.request('POST', '/api/v1/me/subscriptions', { token, body: { templateIds: Array.from({ length: count }, () => TEMPLATE) } });
const inbox = () => api.request('GET', '/api/v1/me/notifications', { token });

beforeEach(async () => {
  wechat.sent.length = 0;
  wechat.state.failNext = 0;
  await api.ctx.models.ConsentUse.deleteMany({});
  await api.ctx.models.Consent.deleteMany({});
});

describe('notify', () => {
  it('makes one inbox entry and one send per claim key, even when called at once', async () => {
    expect((await consent()).status).toBe(204);
    const input = message();
    const results = await Promise.all(Array.from({ length: 5 }, () => notify(api.ctx, input)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(wechat.sent).toHaveLength(1);
    expect(wechat.sent[0]).toMatchObject({
      touser: 'dev:骑手甲',
      template_id: TEMPLATE,
      page: '/pages/course/index?id=x',
      data: { thing1: { value: '低压电工' }, phrase2: { value: '已通过' } },
    });
    expect(await api.ctx.models.Notification.countDocuments({ deliveryKey: `enrollment-approved:${workerId}:${input.occurrence}` })).toBe(
      1,
    );
  });

  it('puts the message in the inbox but sends nothing without a consent (a refused or used-up one)', async () => {
    await consent();
    await notify(api.ctx, message());
    await notify(api.ctx, message());
    expect(wechat.sent).toHaveLength(1);
    const delivery = await api.ctx.models.Delivery.findOne({ key: `enrollment-approved:${workerId}:o-${n}` }).lean();
    expect(delivery).toMatchObject({ status: 'skipped', lastError: 'no subscribe consent' });
    const res = await inbox();
    expect(res.body.items[0]).toMatchObject({ kind: 'enrollment-approved', title: '报名已通过：低压电工' });
  });

  it('sends nothing for a kind the worker switched off, and keeps the inbox entry', async () => {
    await consent();
    const off = await api.request('PATCH', '/api/v1/me/notification-preferences', { token, body: { kinds: ['class-tomorrow'] } });
    expect(off.body.kinds).toEqual(['class-tomorrow']);
    await notify(api.ctx, message());
    expect(wechat.sent).toHaveLength(0);
    expect((await inbox()).body.items[0].kind).toBe('enrollment-approved');
    await api.request('PATCH', '/api/v1/me/notification-preferences', { token, body: { kinds: ['enrollment-approved'] } });
  });

  it('retries a refused send with backoff and sends it once it is accepted', async () => {
    await consent();
    wechat.state.failNext = 2;
    await notify(api.ctx, message());
    const key = `enrollment-approved:${workerId}:o-${n}`;
    expect(await api.ctx.models.Delivery.findOne({ key }).lean()).toMatchObject({ status: 'pending', attempts: 1 });
    for (let i = 0; i < 20 && wechat.sent.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
      await retryDue(api.ctx);
    }
    expect(wechat.sent).toHaveLength(1);
    expect(await api.ctx.models.Delivery.findOne({ key }).lean()).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after the limit and keeps the reason; the inbox entry stays', async () => {
    await consent();
    wechat.state.failNext = 10;
    await notify(api.ctx, message());
    const key = `enrollment-approved:${workerId}:o-${n}`;
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 25));
      await retryDue(api.ctx);
    }
    const delivery = await api.ctx.models.Delivery.findOne({ key }).lean();
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3 });
    expect(delivery?.lastError).toContain('45009');
    expect(wechat.sent).toHaveLength(0);
    expect(await api.ctx.models.Notification.countDocuments({ deliveryKey: key })).toBe(1);
  });
});

describe('the inbox', () => {
  it('pages the messages with the unread count, and marks some or all read', async () => {
    const before = (await inbox()).body;
    expect(before.unread).toBeGreaterThan(0);
    expect(before.total).toBe(before.unread);
    const one = await api.request('POST', '/api/v1/me/notifications/read', { token, body: { ids: [before.items[0].id] } });
    expect(one.body.unread).toBe(before.unread - 1);
    expect((await inbox()).body.items[0].readAt).toBeDefined();
    const all = await api.request('POST', '/api/v1/me/notifications/read', { token, body: { all: true } });
    expect(all.body.unread).toBe(0);
  });

  it('is for workers only', async () => {
    expect((await api.request('GET', '/api/v1/me/notifications')).status).toBe(401);
  });
});
