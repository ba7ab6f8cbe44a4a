import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { addDays, beijingDate } from '@yilu/shared';
import { startApiProcess } from '../../../test/api-process.js';
import { courseBody, enrollBody } from '../../../test/courses-fixtures.js';
import { startApi, type TestApi } from '../../../test/harness.js';
import { startWechatStandIn } from '../../../test/wechat-stand-in.js';

const TEMPLATE = 'tmpl-class-tomorrow';
const password = 'correct-horse-battery';
let wechat: Awaited<ReturnType<typeof startWechatStandIn>>;
let api: TestApi;
const processes: ChildProcess[] = [];
const tomorrow = addDays(beijingDate(), 1);

const wechatEnv = () => ({
  YILU_WECHAT_APPID: 'wx-test-app',
  YILU_WECHAT_SECRET: 'wx-test-secret',
  YILU_WECHAT_API_BASE: wechat.base,
  YILU_WECHAT_TEMPLATES: JSON.stringify({ 'class-tomorrow': TEMPLATE }),
});

beforeAll(async () => {
  wechat = await startWechatStandIn();
  api = await startApi({ YILU_DEV_LOGIN: 'true', ...wechatEnv() });
  await api.createAccount({
    username: 'school',
    displayName: '米东区职业技能培训学校',
    role: 'provider',
    providerId: 'midong-vtc',
    password,
  });
  const school = (await api.login('school', password)).accessToken;
  const sessions = [{ date: tomorrow, start: '09:00', end: '12:00', kind: 'theory' }];
  const course = await api.request('POST', '/api/v1/courses', { token: school, body: courseBody({ sessions }) });
  expect(course.status).toBe(201);
  // The first rider accepts the subscribe prompt at the enroll tap; the second refuses it (nothing is recorded).
  for (const [n, accepts] of [
    [0, true],
    [1, false],
  ] as const) {
    const token = (await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: `骑手${n}` } })).body.accessToken;
    if (accepts) await api.request('POST', '/api/v1/me/subscriptions', { token, body: { templateIds: [TEMPLATE] } });
    const enrolled = await api.request('POST', `/api/v1/courses/${course.body.id}/enrollments`, { token, body: enrollBody(n) });
    const approved = await api.request('PATCH', `/api/v1/enrollments/${enrolled.body.id}`, { token: school, body: { action: 'approve' } });
    expect(approved.status).toBe(200);
  }
}, 60_000);

afterAll(async () => {
  for (const child of processes) {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
  await api.close();
  await wechat.close();
});

it('two API processes running the scheduler send each reminder once; a refused consent sends nothing', async () => {
  const env = {
    MONGODB_URI: inject('mongodbUri'),
    YILU_DB_NAME: api.config.dbName,
    YILU_JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    YILU_SCHEDULER_MS: '150',
    ...wechatEnv(),
  };
  const started = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  processes.push(...started.map((s) => s.process));
  const deadline = Date.now() + 15_000;
  while (wechat.sent.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1500)); // both schedulers run several more times

  expect(wechat.sent).toHaveLength(1);
  expect(wechat.sent[0]).toMatchObject({
    touser: 'dev:骑手0',
    template_id: TEMPLATE,
    data: { thing1: { value: '低压电工“一培双证”培训班' }, time2: { value: `${tomorrow} 09:00` }, thing3: { value: '实训基地' } },
  });
  expect(wechat.state.tokenRequests).toBeGreaterThanOrEqual(1);
  // Both riders have the reminder in 消息; only the consenting one was pushed.
  expect(await api.ctx.models.Notification.countDocuments({ kind: 'class-tomorrow' })).toBe(2);
  const skipped = await api.ctx.models.Delivery.findOne({ kind: 'class-tomorrow', status: 'skipped' }).lean();
  expect(skipped?.lastError).toBe('no subscribe consent');
}, 90_000);
