import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWechatStandIn } from '../../../test/wechat-stand-in.js';
import { guchengPoint, startWishesWorld } from '../../../test/wishes-world.js';

// The report and wish taps record the templates a worker accepted, as the enroll tap does; the staff's answer is then
// pushed once with the kind's template, and only the inbox tells a worker who refused.
const REPORT_TEMPLATE = 'tmpl-report-changed';
const WISH_TEMPLATE = 'tmpl-wish-changed';
let wechat: Awaited<ReturnType<typeof startWechatStandIn>>;
let world: Awaited<ReturnType<typeof startWishesWorld>>;

beforeAll(async () => {
  wechat = await startWechatStandIn();
  world = await startWishesWorld({
    YILU_WECHAT_APPID: 'wx-test-app',
    YILU_WECHAT_SECRET: 'wx-test-secret',
    YILU_WECHAT_API_BASE: wechat.base,
    YILU_WECHAT_TEMPLATES: JSON.stringify({ 'report-changed': REPORT_TEMPLATE, 'wish-changed': WISH_TEMPLATE }),
  });
}, 60_000);
afterAll(async () => {
  await world.api.close();
  await wechat.close();
});
beforeEach(() => void (wechat.sent.length = 0));

const accept = (worker: number, templateId: string) =>
  world.api.request('POST', '/api/v1/me/subscriptions', { token: world.workers[worker], body: { templateIds: [templateId] } });
const inboxKinds = async (worker: number) =>
  ((await world.api.request('GET', '/api/v1/me/notifications', { token: world.workers[worker] })).body.items as { kind: string }[]).map(
    (m) => m.kind,
  );

async function reportAnswered(worker: number) {
  const { api, tokens, pointId } = world;
  const report = await api.request('POST', `/api/v1/points/${pointId}/reports`, {
    token: world.workers[worker],
    body: { reason: 'closed' },
  });
  expect(report.status).toBe(201);
  const handled = await api.request('PATCH', `/api/v1/point-reports/${report.body.id}`, {
    token: tokens.midong,
    body: { status: 'resolved', reply: '已核实，驿站搬到隔壁楼' },
  });
  expect(handled.status).toBe(200);
}

describe('consent at the report tap', () => {
  it('pushes the answer to the report once, with the report-changed template and data', async () => {
    expect((await accept(0, REPORT_TEMPLATE)).status).toBe(204);
    await reportAnswered(0);
    expect(wechat.sent).toEqual([
      {
        touser: 'dev:骑手小王',
        template_id: REPORT_TEMPLATE,
        page: '/pages/me/index',
        data: { thing1: { value: guchengPoint.name }, phrase2: { value: '已处理' }, thing3: { value: '已核实，驿站搬到隔壁楼' } },
      },
    ]);
  });

  it('without it, the answer is in 消息 only', async () => {
    await reportAnswered(1);
    expect(wechat.sent).toEqual([]);
    expect(await inboxKinds(1)).toEqual(['report-changed']);
  });
});

describe('consent at the wish post tap', () => {
  it('pushes the staff step on the wish once, with the wish-changed template and data', async () => {
    expect((await accept(2, WISH_TEMPLATE)).status).toBe(204);
    const id = await world.posted(2, { text: '楼栋号看不清' });
    expect((await world.step(world.tokens.midong, id, { action: 'accept' })).status).toBe(200);
    expect(wechat.sent).toEqual([
      {
        touser: 'dev:司机阿明',
        template_id: WISH_TEMPLATE,
        page: '/pages/me/index',
        data: { thing1: { value: '楼栋号看不清' }, phrase2: { value: '已受理' } },
      },
    ]);
  });

  it('one consent is one message: the next step is in 消息 only', async () => {
    const id = await world.posted(3, { text: '楼栋号看不清楚' });
    await accept(3, WISH_TEMPLATE);
    await world.step(world.tokens.midong, id, { action: 'accept' });
    await world.step(world.tokens.midong, id, { action: 'start' });
    expect(wechat.sent).toHaveLength(1);
    expect(await inboxKinds(3)).toEqual(['wish-changed', 'wish-changed']);
  });
});
