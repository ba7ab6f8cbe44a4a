import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/harness.js';
import { DEMO_PASSWORD, demoAccounts } from '../demo-accounts.js';
import { createPointBodySchema } from '@yilu/shared';
import { demoPoints } from '../demo-points.js';
import { DEMO_GENERATED_POINTS, seedDemo } from '../seed.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

describe('seedDemo', () => {
  it('creates one signed-in-able account per staff role, once', async () => {
    const first = await seedDemo(api.ctx);
    expect(first.created).toEqual(demoAccounts.map((a) => a.username));
    expect((await seedDemo(api.ctx)).created).toEqual([]);
    const roles = new Set<string>();
    for (const account of demoAccounts) roles.add((await api.login(account.username, DEMO_PASSWORD)).user.role);
    expect([...roles].sort()).toEqual(['admin', 'community_staff', 'district_staff', 'provider']);
  });

  it('adds the named places once, valid by the shared schema, and they are on the map', async () => {
    expect(await api.ctx.models.Point.countDocuments()).toBe(demoPoints.length + DEMO_GENERATED_POINTS);
    for (const p of demoPoints) expect(createPointBodySchema.safeParse(p).success, p.name).toBe(true);
    const near = await api.request('GET', '/api/v1/points?near=120.9949,31.3862&radius=200');
    expect(near.body.items[0].name).toBe('昆山南星绿能e站');
  });

  it('refuses to run in production', async () => {
    await expect(seedDemo({ ...api.ctx, config: { ...api.ctx.config, env: 'production' } })).rejects.toThrow(/never seeded/);
  });
});
