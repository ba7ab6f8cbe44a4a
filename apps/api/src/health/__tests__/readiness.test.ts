import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, startEmbeddedDb, type EmbeddedDb } from '@yilu/embedded-db';
import { courseBody, enrollBody } from '../../../test/courses-fixtures.js';
import { expectProblem, startApi, type ApiResponse, type TestApi } from '../../../test/harness.js';

// This file runs its own FerretDB so it can stop and restart it under a running API.
const dataDir = freshDataDir('readiness');
const password = 'correct-horse-battery';
let db: EmbeddedDb;
let api: TestApi;
let listen: string;
let calls: [name: string, call: () => Promise<ApiResponse>][];

beforeAll(async () => {
  db = await startEmbeddedDb({ dataDir });
  listen = new URL(db.uri).host;
  // The test signs in many times in a few seconds: the per-address sign-in limit is not what it measures.
  api = await startApi({ YILU_DEV_LOGIN: 'true', YILU_AUTH_RATE_LIMIT_PER_MIN: '1000' }, db.uri);
  await api.createAccount({ username: 'admin', password, displayName: '管理员', role: 'admin' });
  const admin = (await api.login('admin', password)).accessToken;
  const worker = (await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '骑手' } })).body.accessToken as string;
  const course = await api.request('POST', '/api/v1/courses', { token: admin, body: courseBody({ providerId: 'midong-vtc' }) });
  const point = {
    kind: 'toilet',
    name: '停电测试公厕',
    address: '乌鲁木齐市米东区测试路 1 号',
    areaCode: '650109',
    location: { lng: 87.65, lat: 43.96 },
  };
  // Signed-in writes and reads, public reads, a sign-in and readiness: each one of the kinds of request there are.
  calls = [
    ['create a point', () => api.request('POST', '/api/v1/points', { token: admin, body: point })],
    ['enroll', () => api.request('POST', `/api/v1/courses/${course.body.id}/enrollments`, { token: worker, body: enrollBody(1) })],
    ['list points (staff)', () => api.request('GET', '/api/v1/points?page=1', { token: admin })],
    ['my classes', () => api.request('GET', '/api/v1/me/enrollments', { token: worker })],
    ['class list', () => api.request('GET', '/api/v1/courses')],
    ['one class', () => api.request('GET', `/api/v1/courses/${course.body.id}`)],
    ['staff sign-in', () => api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'admin', password } })],
    ['readiness', () => api.request('GET', '/readyz')],
  ];
});
afterAll(async () => {
  await api?.close().catch(() => undefined);
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`condition not met in ${timeoutMs} ms`);
}

/** Each call over and over until `stop` resolves; every answer that took a second or more, or was a 5xx other than 503. */
async function hammer(stop: Promise<unknown>): Promise<string[]> {
  let running = true;
  const bad: string[] = [];
  const loops = calls.map(async ([name, call]) => {
    while (running) {
      const started = Date.now();
      const res = await call();
      const ms = Date.now() - started;
      if (ms >= 1000 || (res.status >= 500 && res.status !== 503)) bad.push(`${name}: ${res.status} in ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await stop;
  running = false;
  await Promise.all(loops);
  return bad;
}

describe('readiness and database outages', () => {
  it('is ready while the database answers', async () => {
    expect((await api.request('GET', '/healthz')).status).toBe(200);
    expect((await api.request('GET', '/readyz')).status).toBe(200);
  });

  it('answers every request within a second while the database goes away and while it is away', async () => {
    // Requests in flight as the server shuts down: the driver does not know yet, and must not wait long to find out.
    expect(await hammer(db.stop().then(() => new Promise((r) => setTimeout(r, 1500))))).toEqual([]);

    for (const [name, call] of calls) {
      const started = Date.now();
      const problem = expectProblem(await call(), 503);
      expect(problem.detail, name).toMatch(/数据库暂不可用/);
      expect(Date.now() - started, name).toBeLessThan(1000);
    }
    expect((await api.request('GET', '/healthz')).status).toBe(200);
  }, 60_000);

  it('recovers without a restart', async () => {
    db = await startEmbeddedDb({ dataDir, listen });
    await until(async () => (await api.request('GET', '/readyz')).status === 200, 20_000);
    const failed = [];
    for (const [name, call] of calls) {
      const res = await call();
      if (res.status >= 300) failed.push(`${name}: ${res.status}`);
    }
    expect(failed).toEqual([]);
  }, 30_000);
});
