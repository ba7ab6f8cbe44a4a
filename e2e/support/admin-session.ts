import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** Signs in to the admin (as the e2e administrator unless told) and waits for the layout. */
export async function signInToAdmin(page: Page, credentials: { username: string; password: string } = inject('admin')) {
  await page.goto(inject('adminUrl'));
  await page.getByPlaceholder('用户名').fill(credentials.username);
  await page.getByPlaceholder('密码').fill(credentials.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
}
