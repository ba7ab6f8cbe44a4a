import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('admin: an administrator signs in and creates a staff account', () => {
  it('signs in, opens 账号与角色, creates a community staffer who can then sign in', async () => {
    const { page, external } = await openOfflinePage(browser);
    const admin = inject('admin');

    await page.goto(inject('adminUrl'));
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();

    // A wrong password is refused with a message, not a blank page.
    await page.getByPlaceholder('用户名').fill(admin.username);
    await page.getByPlaceholder('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();

    await page.getByPlaceholder('密码').fill(admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('current-user').filter({ hasText: '平台管理员' }).waitFor();

    await page.getByRole('menuitem', { name: '账号与角色' }).click();
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建账号' });
    await dialog.locator('input[name="username"]').fill('gucheng-e2e');
    await dialog.locator('input[name="displayName"]').fill('古城社区（测试）');
    // The default role is 社区工作人员, which needs an area: saving without one names the field.
    await dialog.locator('input[name="password"]').fill('gucheng-password');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('区县或社区工作人员必须指定管辖区域').waitFor();

    await dialog.locator('input[name="areaCode"]').fill('650109001001');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('accounts-table').locator('tr', { hasText: 'gucheng-e2e' });
    await row.waitFor();
    expect(await row.innerText()).toContain('社区工作人员');
    expect(await row.innerText()).toContain('650109001001');

    // The new account really exists: it can sign in through the API.
    const login = await fetch(`${inject('apiOrigin')}/api/v1/auth/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'gucheng-e2e', password: 'gucheng-password' }),
    });
    expect(login.status).toBe(200);
    expect((await login.json()).user).toMatchObject({ role: 'community_staff', areaCode: '650109001001' });

    expect(external).toEqual([]);
  });
});
