import type { AppContext } from '../context.js';
import { createAccountsService } from '../accounts/accounts.service.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';

/** Adds the demo accounts that are missing; running it twice changes nothing. Refuses in production. */
export async function seedDemo(ctx: AppContext): Promise<{ created: string[] }> {
  if (ctx.config.env === 'production') throw new Error('Demo data is never seeded in production.');
  const accounts = createAccountsService(ctx);
  const created: string[] = [];
  for (const account of demoAccounts) {
    if (await ctx.models.Account.exists({ username: account.username })) continue;
    await accounts.create({ ...account, password: DEMO_PASSWORD });
    created.push(account.username);
  }
  return { created };
}
