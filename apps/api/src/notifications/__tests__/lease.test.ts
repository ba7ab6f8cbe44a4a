import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startApiProcess } from '../../../test/api-process.js';
import { startApi, type TestApi } from '../../../test/harness.js';
import { kashgarStaffToken, pointBody } from '../../../test/points-fixtures.js';
import { startWechatStandIn } from '../../../test/wechat-stand-in.js';
import { retryDue } from '../deliver.js';
import { claimMessage } from '../notify.js';
import { createScheduler } from '../scheduler.js';

// A message left pending by a process that stopped (killed mid-send, or before its first try) is taken over by the
// scheduler of another instance once the lease is over, and sent once; within the lease nobody touches it.
const TEMPLATE = 'tmpl-report-changed';
const LEASE_MS = 2000;
const JWT_SECRET = 'test-secret-test-secret-test-secret-0123';
let wechat: Awaited<ReturnType<typeof startWechatStandIn>>;
/** Two API instances on one database, as two servers behind a balancer. */
let a: TestApi;
let b: TestApi;
let staff: string;
let worker: string;
let workerId: string;
let pointId: string;
let child: ChildProcess | undefined;

const wechatEnv = () => ({
  YILU_WECHAT_APPID: 'wx-test-app',
  YILU_WECHAT_SECRET: 'wx-test-secret',
  YILU_WECHAT_API_BASE: wechat.base,
  YILU_WECHAT_TEMPLATES: JSON.stringify({ 'report-changed': TEMPLATE }),
});

beforeAll(async () => {
  wechat = await startWechatStandIn();
  const env = { YILU_DEV_LOGIN: 'true', YILU_NOTIFY_LEASE_MS: String(LEASE_MS), ...wechatEnv() };
  a = await startApi(env);
  b = await startApi({ ...env, YILU_DB_NAME: a.config.dbName });
  staff = await kashgarStaffToken(a);
  worker = (await a.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '骑手甲' } })).body.accessToken;
  workerId = (await a.ctx.models.Account.findOne({ wechatOpenId: 'dev:骑手甲' }).lean())!._id.toString();
  pointId = (await a.request('POST', '/api/v1/points', { token: staff, body: pointBody() })).body.id;
}, 60_000);
afterAll(async () => {
  child?.kill('SIGKILL');
  await b.close();
  await a.close();
  await wechat.close();
});
beforeEach(() => void (wechat.sent.length = 0));

const consent = () => a.request('POST', '/api/v1/me/subscriptions', { token: worker, body: { templateIds: [TEMPLATE] } });
const delivery = (key: string) => a.ctx.models.Delivery.findOne({ key }).lean();
/** Both instances' schedulers sweep at the same moment. */
const bothSweep = () => Promise.all([createScheduler(a.ctx).tick(), createScheduler(b.ctx).tick()]);
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

describe('a message left pending by a process that stopped', () => {
  it('killed while sending: its try is taken over once after the lease, not before', async () => {
    await consent();
    const report = await a.request('POST', `/api/v1/points/${pointId}/reports`, { token: worker, body: { reason: 'closed' } });
    const other = await startApiProcess({
      MONGODB_URI: inject('mongodbUri'),
      YILU_DB_NAME: a.config.dbName,
      YILU_JWT_SECRET: JWT_SECRET,
      YILU_SCHEDULER_MS: '0',
      ...wechatEnv(),
    });
    child = other.process;
    // The other process answers the report and is killed while WeChat has not yet answered its send.
    wechat.state.holdNext = 1;
    const answering = fetch(`${other.origin}/api/v1/point-reports/${report.body.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'resolved', reply: '已核实' }),
    }).catch(() => undefined);
    while (wechat.state.held === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await once(child, 'exit');
    await answering;

    const key = `report-changed:${workerId}:${report.body.id}:resolved`;
    const tried = (await a.ctx.models.DeliveryAttempt.findOne({ key, no: 1 }).lean())!;
    await retryDue(a.ctx, new Date(tried.at.getTime() + LEASE_MS - 100));
    expect(await delivery(key)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(wechat.sent).toHaveLength(0);

    await sleepUntil(tried.at.getTime() + LEASE_MS + 50);
    await bothSweep();
    await bothSweep();
    expect(wechat.sent).toHaveLength(1);
    expect(wechat.sent[0]).toMatchObject({ touser: 'dev:骑手甲', template_id: TEMPLATE, data: { thing3: { value: '已核实' } } });
    expect(await delivery(key)).toMatchObject({ status: 'sent', attempts: 2 });
    // The try the stopped process began used the worker's one consent; the try taken over did not use another.
    expect(await a.ctx.models.ConsentUse.countDocuments({ deliveryKey: key })).toBe(1);
    expect(await a.ctx.models.Notification.countDocuments({ deliveryKey: key })).toBe(1);
  }, 90_000);

  it('stopped right after claiming it: the inbox entry and the push are made once after the lease, not before', async () => {
    await consent();
    const claimed = (await claimMessage(a.ctx, {
      kind: 'report-changed',
      workerId,
      occurrence: 'r-stopped:resolved',
      title: '点位反馈已处理：喀什古城暖心驿站',
      body: '已核实',
      link: '/pages/me/index',
      data: { thing1: '喀什古城暖心驿站', phrase2: '已处理', thing3: '已核实' },
    }))!;
    await retryDue(a.ctx, new Date(claimed.createdAt.getTime() + LEASE_MS - 100));
    expect(await a.ctx.models.Notification.countDocuments({ deliveryKey: claimed.key })).toBe(0);
    expect(wechat.sent).toHaveLength(0);

    await sleepUntil(claimed.createdAt.getTime() + LEASE_MS + 50);
    await bothSweep();
    await bothSweep();
    expect(wechat.sent).toHaveLength(1);
    expect(await delivery(claimed.key)).toMatchObject({ status: 'sent', attempts: 1 });
    const inbox = await a.request('GET', '/api/v1/me/notifications', { token: worker });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'report-changed', title: '点位反馈已处理：喀什古城暖心驿站', body: '已核实' });
    expect(await a.ctx.models.Notification.countDocuments({ deliveryKey: claimed.key })).toBe(1);
  });
});
