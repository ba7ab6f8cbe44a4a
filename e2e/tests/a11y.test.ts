import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, school } from '@yilu/api/fixtures/courses';
import { signInToAdmin } from '../support/admin-session.js';
import { adminToken, apiPost, providerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// axe-core on every h5 page and the admin's main pages, at the phone size the issue names for all of them:
// no violation a screen-reader user or a rider in sun glare would be stopped by (impact serious or critical).
const axePath = createRequire(import.meta.url).resolve('axe-core');
const phone = { width: 390, height: 844 };
const courseTitle = '叉车司机培训班（无障碍 e2e）';

let browser: Browser;
let pointId: string;
let courseId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const site = await apiPost('/points', await adminToken(), {
    name: '无障碍培训学校',
    kind: 'training_site',
    address: '乌鲁木齐市米东区米东南路 59 号',
    areaCode: '650109',
    location: school,
    hours: { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] },
  });
  expect(site.status).toBe(201);
  pointId = site.body.id;
  const token = await providerToken({
    username: 'e2e-a11y-school',
    password: 'e2e-a11y-password',
    displayName: '米东区职业技能培训学校',
    providerId: 'midong-vtc',
  });
  const sites = [{ name: '无障碍培训学校', address: '乌鲁木齐市米东区米东南路 59 号', location: school, pointId }];
  const course = await apiPost('/courses', token, courseBody({ title: courseTitle, sites }));
  expect(course.status).toBe(201);
  courseId = course.body.id;
});
afterAll(() => browser?.close());

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** Runs axe on the page as it stands and answers the serious and critical violations, printed for the reader. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // Transitions (element-plus fades, Taro's page slide) would be measured half-way through.
  await page.waitForTimeout(600);
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Violation[] }> } }).axe;
    // Leaflet's tiles and markers are drawn by the map library; the map itself is named and has a list beside it.
    return (await axe.run({ exclude: [['.leaflet-pane'], ['.leaflet-control-attribution']] })).violations;
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = serious.flatMap((v) =>
    v.nodes.map(
      (n) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(n.target)} ${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`,
    ),
  );
  if (lines.length) console.log(lines.join('\n'));
  return lines;
}

describe('h5 app at 390×844', () => {
  it('has no serious or critical axe violation on any page, signed out and signed in', async () => {
    const { page, context } = await openOfflinePage(browser, phone, { latitude: school.lat, longitude: school.lng });
    const h5 = inject('h5Url');
    const found: string[] = [];
    const visit = async (hash: string, where: string) => {
      await page.goto(`${h5}/#${hash}`);
      found.push(...(await seriousViolations(page, where)));
    };
    await page.goto(h5);
    await page.getByText('无障碍培训学校').first().waitFor();
    found.push(...(await seriousViolations(page, '地图')));
    await visit('/pages/courses/index', '课程');
    await visit(`/pages/course/index?id=${courseId}`, 'a class');
    await visit(`/pages/point/index?id=${pointId}`, 'a point');
    await visit('/wishes/board/index', '心愿栏 (signed out)');
    await visit('/pages/me/index', '我的 (signed out)');
    // The sign-in button says 开发环境登录 or 微信一键登录, as the h5 build was configured; on h5 both sign in for development.
    await page
      .getByTestId('me-page')
      .locator('.primary-button', { hasText: /开发环境登录|微信一键登录/ })
      .click();
    await page.getByText('我的证书').waitFor();
    found.push(...(await seriousViolations(page, '我的 with the wallet (signed in)')));
    await page.goto(`${h5}/#/pages/course/index?id=${courseId}`);
    const course = page.getByTestId('course-detail');
    await course.locator('.primary-button', { hasText: /^报名$/ }).click();
    await course.getByRole('textbox', { name: '身份证号' }).waitFor();
    found.push(...(await seriousViolations(page, "a class's enroll form")));
    await visit('/wishes/board/index', '心愿栏');
    await visit('/wishes/post/index', '提个心愿');
    await visit('/wishes/feedback/index', '我的反馈');
    await visit('/demand/interest/index', '想学');
    await context.close();
    expect(found).toEqual([]);
  });
});

describe('admin at 390×844', () => {
  it('has no serious or critical axe violation on the sign-in page and the main pages', async () => {
    const { page, context } = await openOfflinePage(browser, phone);
    const admin = inject('adminUrl');
    const found: string[] = [];
    await page.goto(`${admin}/#/login`);
    await page.getByPlaceholder('用户名').waitFor();
    found.push(...(await seriousViolations(page, 'sign-in')));
    await signInToAdmin(page);
    for (const [hash, where] of [
      ['/', 'home'],
      ['/points', '服务点位'],
      ['/courses', '技能培训'],
      ['/stats', 'figures'],
      ['/wishes', '心愿栏'],
      ['/accounts', 'accounts'],
    ]) {
      await page.goto(`${admin}/#${hash}`);
      found.push(...(await seriousViolations(page, where!)));
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
