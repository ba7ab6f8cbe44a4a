import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/harness.js';
import { DEMO_PASSWORD, demoAccounts } from '../demo-accounts.js';
import { seedDemo } from '../seed.js';

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

  it('refuses to run in production', async () => {
    await expect(seedDemo({ ...api.ctx, config: { ...api.ctx.config, env: 'production' } })).rejects.toThrow(/never seeded/);
  });
});
