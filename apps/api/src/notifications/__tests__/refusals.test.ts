import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from '../../../test/harness.js';
import { startNotifyWorld } from '../../../test/notify-world.js';
import { retryDue } from '../deliver.js';
import { notify } from '../notify.js';

// WeChat's refusals that another try cannot change stop the tries at once, keeping the reason; the passing ones
// (system busy, a cut connection) are tried again with backoff until WeChat takes the message.
const TEMPLATE = 'tmpl-wish-changed';
let world: Awaited<ReturnType<typeof startNotifyWorld>>;
let api: TestApi;
let wechat: typeof world.wechat;
let token: string;
let workerId: string;

beforeAll(async () => {
  world = await startNotifyWorld({ 'wish-changed': TEMPLATE }, 4, '骑手乙');
  ({ api, wechat, token, workerId } = world);
});
afterAll(() => world.close());
beforeEach(() => {
  wechat.sent.length = 0;
  Object.assign(wechat.state, { failNext: 0, failCode: 45009, dropNext: 0, refused: 0 });
});

let n = 0;
/** Tells the worker of a wish step, with one consent; answers the message's key. */
async function tell(): Promise<string> {
  await api.request('POST', '/api/v1/me/subscriptions', { token, body: { templateIds: [TEMPLATE] } });
  const occurrence = `wish-${++n}:accepted`;
  await notify(api.ctx, {
    kind: 'wish-changed',
    workerId,
    occurrence,
    title: '心愿已受理',
    body: '楼栋号看不清：已受理',
    link: '/pages/me/index',
    data: { thing1: '楼栋号看不清', phrase2: '已受理' },
  });
  return `wish-changed:${workerId}:${occurrence}`;
}
const delivery = (key: string) => api.ctx.models.Delivery.findOne({ key }).lean();
/** Sweeps for a while, as the scheduler would, well past every backoff of this test's 10 ms. */
async function sweepAWhile() {
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, 40));
    await retryDue(api.ctx);
  }
}

describe('a permanent refusal', () => {
  it.each([
    [43101, 'the worker refused or has no subscription left'],
    [47003, 'the template rejects the data'],
    [40037, 'the template id is wrong'],
  ])('%i (%s) stops the tries at once and keeps the reason', async (code) => {
    Object.assign(wechat.state, { failNext: 5, failCode: code });
    const key = await tell();
    const failed = await delivery(key);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed?.lastError).toContain(String(code));
    expect(failed?.nextAttemptAt).toBeUndefined();
    await sweepAWhile();
    expect(wechat.state.refused).toBe(1);
    expect(await delivery(key)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await api.ctx.models.Notification.countDocuments({ deliveryKey: key })).toBe(1);
  });
});

describe('a passing failure', () => {
  it('-1 (system busy) is tried again with backoff and sent once WeChat takes it', async () => {
    Object.assign(wechat.state, { failNext: 2, failCode: -1 });
    const key = await tell();
    const waiting = await delivery(key);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting?.lastError).toContain('-1');
    expect(waiting?.nextAttemptAt).toBeInstanceOf(Date);
    await sweepAWhile();
    expect(wechat.sent).toHaveLength(1);
    expect(await delivery(key)).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('a cut connection is tried again and sent once', async () => {
    wechat.state.dropNext = 1;
    const key = await tell();
    expect(await delivery(key)).toMatchObject({ status: 'pending', attempts: 1 });
    await sweepAWhile();
    expect(wechat.sent).toHaveLength(1);
    expect(await delivery(key)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('still gives up after the last try, the reason kept', async () => {
    Object.assign(wechat.state, { failNext: 10, failCode: -1 });
    const key = await tell();
    await sweepAWhile();
    const failed = await delivery(key);
    expect(failed).toMatchObject({ status: 'failed', attempts: 4 });
    expect(failed?.lastError).toBe('subscribe message refused: -1 system error');
    expect(wechat.state.refused).toBe(4);
  });
});
