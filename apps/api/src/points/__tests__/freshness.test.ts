import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiProcess } from '../../../test/api-process.js';
import { startApi, type TestApi } from '../../../test/harness.js';
import { pointBody } from '../../../test/points-fixtures.js';

// Two API instances on one database: this test process, and a separate API process.
let a: TestApi;
let b: { origin: string; process: ChildProcess };
let token: string;

beforeAll(async () => {
  a = await startApi();
  b = await startApiProcess({ MONGODB_URI: inject('mongodbUri'), YILU_DB_NAME: a.config.dbName, YILU_JWT_SECRET: a.config.jwtSecret });
  await a.createAccount({
    username: 'kashi',
    password: 'correct-horse-battery',
    displayName: '喀什市人社',
    role: 'district_staff',
    areaCode: '653101',
  });
  token = (await a.login('kashi', 'correct-horse-battery')).accessToken;
}, 90_000);
afterAll(async () => {
  b?.process.kill('SIGTERM');
  if (b) await new Promise((r) => b.process.once('exit', r));
  await a?.close();
});

async function msUntil(check: () => Promise<boolean>, limitMs = 5000): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

const nearIds = async (origin: string) => {
  const res = await fetch(`${origin}/api/v1/points?near=75.9897,39.4704&radius=500`);
  return ((await res.json()) as { items: { id: string; name: string }[] }).items;
};

describe('freshness across API processes', () => {
  it('a point created, renamed and deleted through one process is served by the other within 2 s', async () => {
    const created = await a.request('POST', '/api/v1/points', { token, body: pointBody({ name: '新开驿站' }) });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(await msUntil(async () => (await nearIds(b.origin)).some((p) => p.id === id))).toBeLessThan(2000);

    await a.request('PATCH', `/api/v1/points/${id}`, { token, body: { name: '改名驿站' } });
    expect(await msUntil(async () => (await nearIds(b.origin)).some((p) => p.id === id && p.name === '改名驿站'))).toBeLessThan(2000);

    await a.request('DELETE', `/api/v1/points/${id}`, { token });
    expect(await msUntil(async () => !(await nearIds(b.origin)).some((p) => p.id === id))).toBeLessThan(2000);
  });
});
