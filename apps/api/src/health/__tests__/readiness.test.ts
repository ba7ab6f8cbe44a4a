import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, startEmbeddedDb, type EmbeddedDb } from '@yilu/embedded-db';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';

// This file runs its own FerretDB so it can stop and restart it under a running API.
const dataDir = freshDataDir('readiness');
let db: EmbeddedDb;
let api: TestApi;
let listen: string;

beforeAll(async () => {
  db = await startEmbeddedDb({ dataDir });
  listen = new URL(db.uri).host;
  api = await startApi({}, db.uri);
  await api.createAccount({ username: 'admin', password: 'correct-horse-battery', displayName: '管理员', role: 'admin' });
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

describe('readiness and database outages', () => {
  it('is ready while the database answers', async () => {
    expect((await api.request('GET', '/healthz')).status).toBe(200);
    expect((await api.request('GET', '/readyz')).status).toBe(200);
  });

  it('answers 503 quickly while the database is down, and recovers without a restart', async () => {
    await db.stop();

    const started = Date.now();
    expectProblem(await api.request('GET', '/readyz'), 503);
    expect(Date.now() - started).toBeLessThan(3000);

    // Once the driver has noticed, API calls fail fast with 503 instead of hanging.
    await until(async () => (await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'admin', password: 'x' } })).status === 503, 10_000);
    const t0 = Date.now();
    const login = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'admin', password: 'correct-horse-battery' } });
    expect(expectProblem(login, 503).detail).toMatch(/数据库暂不可用/);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect((await api.request('GET', '/healthz')).status).toBe(200);

    db = await startEmbeddedDb({ dataDir, listen });
    await until(async () => (await api.request('GET', '/readyz')).status === 200, 20_000);
    await until(async () => (await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'admin', password: 'correct-horse-battery' } })).status === 200, 20_000);
  });
});
