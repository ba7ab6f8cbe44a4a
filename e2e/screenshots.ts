// Regenerates docs/screenshots/: the h5 app at 390×844 (phone-*.png) and the admin at 1440×900 (admin-*.png), from
// the production builds on the demo data, in the e2e browser (nothing leaves 127.0.0.1).
// Run with `npm run screenshots -w @yilu/e2e`; `-- admin-jobs` takes only the shots whose names start with that.
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openOfflinePage } from './support/browser.js';
import { demoStaffSession, kashgar, startDemoProduct, type DemoProduct } from './support/demo-product.js';

const out = new URL('../docs/screenshots/', import.meta.url);
const phone = { width: 390, height: 844 };
const desktop = { width: 1440, height: 900 };
const only = process.argv[2] ?? '';
const wanted = (prefix: string) => prefix.startsWith(only) || only.startsWith(prefix);

async function shoot(page: Page, name: string) {
  if (!name.startsWith(only)) return;
  await page.waitForLoadState('networkidle');
  // Fades and page slides finish, map tiles and outlines settle.
  await page.waitForTimeout(800);
  await page.screenshot({ path: new URL(`${name}.png`, out).pathname });
  console.log(`docs/screenshots/${name}.png`);
}

async function firstIds(product: DemoProduct) {
  const near = `${kashgar.longitude},${kashgar.latitude}`;
  const points = (await (await fetch(`${product.apiOrigin}/api/v1/points?near=${near}&radius=2000`)).json()) as {
    items: { id: string; name: string }[];
  };
  const courses = (await (await fetch(`${product.apiOrigin}/api/v1/courses?near=${near}`)).json()) as { items: { id: string }[] };
  return { pointId: (points.items.find((p) => p.name === '喀什古城暖心驿站') ?? points.items[0]!).id, courseId: courses.items[0]!.id };
}

/** The demo worker signs in on 我的: the button says 开发环境登录 or 微信一键登录, as the h5 build was configured. */
const signInOnH5 = (page: Page) =>
  page
    .getByTestId('me-page')
    .locator('.primary-button', { hasText: /开发环境登录|微信一键登录/ })
    .click();

async function phoneShots(browser: Browser, product: DemoProduct) {
  const { page, context } = await openOfflinePage(browser, phone, kashgar);
  const { pointId, courseId } = await firstIds(product);
  const h5 = product.h5Url;
  await page.goto(h5);
  await shoot(page, 'phone-map');
  await page.goto(`${h5}/#/pages/courses/index`);
  await shoot(page, 'phone-courses');
  await page.goto(`${h5}/#/pages/course/index?id=${courseId}`);
  await shoot(page, 'phone-course');
  await page.goto(`${h5}/#/pages/point/index?id=${pointId}`);
  await shoot(page, 'phone-point');
  await page.goto(`${h5}/#/pages/me/index`);
  await signInOnH5(page);
  await page.getByText('我的证书').waitFor();
  await page.getByText('我的证书').scrollIntoViewIfNeeded();
  await shoot(page, 'phone-wallet');
  await page.getByTestId('large-text-switch').locator('.weui-switch, input').first().click();
  await page.goto(`${h5}/#/pages/courses/index`);
  await shoot(page, 'phone-large-text');
  await context.close();
}

/** Midong, where the demo's jobs are. */
const midong = { latitude: 43.9642, longitude: 87.6543 };

/** The order-class job at Jimsar (its site is 120 km from Midong): the demo worker lacks both forklift certificates. */
async function orderClassJob(product: DemoProduct) {
  const near = 'lng=89.17&lat=44.0&radiusKm=50&crs=wgs84';
  const jobs = (await (await fetch(`${product.apiOrigin}/api/v1/jobs?${near}`)).json()) as { items: { id: string; jobTitle: string }[] };
  const id = jobs.items.find((j) => j.jobTitle === '仓储叉车司机')!.id;
  const job = (await (await fetch(`${product.apiOrigin}/api/v1/jobs/${id}?crs=wgs84`)).json()) as { orderCourse: { id: string } };
  return { id, courseId: job.orderCourse.id };
}

/**
 * 工作 for the demo worker at Midong: the list, a job they lack certificates for and the class that ends in them, the
 * apply form, and the order class's promise on its page.
 */
async function phoneJobShots(browser: Browser, product: DemoProduct) {
  const { page, context } = await openOfflinePage(browser, phone, midong);
  const h5 = product.h5Url;
  await page.goto(`${h5}/#/pages/me/index`);
  await signInOnH5(page);
  await page.getByText('我的证书').waitFor();
  await page.locator('.weui-tabbar').getByText('工作', { exact: true }).click();
  const list = page.getByTestId('jobs-page');
  await list.getByTestId('job-card').nth(2).waitFor();
  await shoot(page, 'phone-jobs');

  const forklift = await orderClassJob(product);
  await page.goto(`${h5}/#/jobs/detail/index?id=${forklift.id}`);
  await page.getByTestId('job-detail').getByTestId('pathway-class').first().waitFor();
  await shoot(page, 'phone-jobs-detail');
  await page.getByTestId('job-detail').getByTestId('job-fit-card').scrollIntoViewIfNeeded();
  await shoot(page, 'phone-jobs-pathway');

  await page.goto(`${h5}/#/pages/jobs/index`);
  await list.getByTestId('job-card').filter({ hasText: '配电运维电工' }).click();
  const detail = page.getByTestId('job-detail').filter({ hasText: '配电运维电工' });
  await detail.locator('.primary-button', { hasText: /^申请$/ }).click();
  await detail.locator('input[name="phone"]').fill('13999010000');
  await detail.getByTestId('apply-consent').click();
  await detail.getByTestId('apply-form').scrollIntoViewIfNeeded();
  await shoot(page, 'phone-jobs-apply');

  await page.goto(`${h5}/#/pages/course/index?id=${forklift.courseId}`);
  await page.getByTestId('course-detail').getByTestId('order-promise').scrollIntoViewIfNeeded();
  await shoot(page, 'phone-jobs-order-class');
  await context.close();
}

/**
 * Demand heard on the phone at Kashgar: a class search for a trade nobody teaches there, offering 有班通知我, and the
 * 想学 form filled in (trades, free times, district) before it is saved.
 */
async function phoneDemandShots(browser: Browser, product: DemoProduct) {
  const { page, context } = await openOfflinePage(browser, phone, kashgar);
  const h5 = product.h5Url;
  await page.goto(`${h5}/#/pages/me/index`);
  await signInOnH5(page);
  await page.getByText('我的证书').waitFor();
  await page.locator('.weui-tabbar').getByText('课程', { exact: true }).click();
  const courses = page.getByTestId('courses-page');
  const search = courses.getByRole('searchbox');
  await search.fill('茶艺师');
  await search.press('Enter');
  await courses.getByTestId('courses-empty').waitFor();
  await shoot(page, 'phone-demand-no-class');

  await page.goto(`${h5}/#/demand/interest/index`);
  const form = page.getByTestId('interest-page').getByTestId('interest-form');
  const chip = (list: string, text: string) => form.getByTestId(list).locator('.chip', { hasText: text });
  await chip('interest-trades', '电工').click();
  await form.getByRole('textbox').fill('茶艺师');
  await form.getByText('添加', { exact: true }).click();
  await chip('interest-times', '工作日').click();
  await chip('interest-times', '周末').click();
  await chip('interest-districts', '喀什市').click();
  await shoot(page, 'phone-demand-interest');
  await context.close();
}

/** Opens the admin signed in as a demo staff member (the session the admin keeps in localStorage). */
async function adminAs(page: Page, product: DemoProduct, username = 'admin') {
  const session = await demoStaffSession(product, username);
  await page.evaluate((value) => localStorage.setItem('yilu.admin.session', value), JSON.stringify(session));
  // A hash change alone keeps the signed-out app in memory: reload so it reads the session.
  await page.goto(`${product.adminUrl}/#/`);
  await page.reload();
  await page.getByTestId('current-user').waitFor();
}

async function adminShots(browser: Browser, product: DemoProduct) {
  const { page, context } = await openOfflinePage(browser, desktop);
  const admin = product.adminUrl;
  await page.goto(`${admin}/#/login`);
  await shoot(page, 'admin-sign-in');
  await adminAs(page, product);
  await shoot(page, 'admin-home');
  await page.goto(`${admin}/#/points`);
  await page.getByRole('tab', { name: '地图' }).click();
  await page.locator('.leaflet-container').first().waitFor();
  await shoot(page, 'admin-points-map');
  await page.goto(`${admin}/#/courses`);
  await page.getByRole('button', { name: '报名审核' }).first().click();
  await shoot(page, 'admin-enrollments');
  await page.goto(`${admin}/#/stats`);
  await shoot(page, 'admin-figures');
  await page.goto(`${admin}/#/demand`);
  const demand = page.getByTestId('demand-page');
  await demand.getByTestId('district-ranking').locator('.el-table__body tr').first().waitFor();
  await shoot(page, 'admin-demand');
  await demand.getByRole('tab', { name: '紧缺职业技能缺口清单' }).click();
  await demand.getByTestId('shortage-table').locator('.el-table__body tr').first().waitFor();
  await shoot(page, 'admin-demand-shortage');
  await context.close();
}

/** A demo employer's job postings, the form of a new one, and the applicants it hired from Midong's loader class. */
async function jobShots(browser: Browser, product: DemoProduct) {
  const { page, context } = await openOfflinePage(browser, desktop);
  await page.goto(`${product.adminUrl}/#/login`);
  await adminAs(page, product, 'employer');
  await page.goto(`${product.adminUrl}/#/jobs`);
  const row = (title: string) => page.getByTestId('jobs-table').locator('tbody tr', { hasText: title });
  await row('装载机司机').waitFor();
  await shoot(page, 'admin-jobs');
  // A new posting: the map opens on the employer's district.
  await page.getByTestId('create-job').click();
  const form = page.getByTestId('job-form');
  await form.locator('input[name="jobTitle"]').fill('配电房值班电工');
  await form.locator('input[name="tradeName"]').fill('电工');
  await form.locator('input[name="tradeCode"]').fill('6-31-01-03');
  await form.getByTestId('add-requirement').click();
  await form.getByTestId('add-requirement').click();
  await form.getByTestId('job-requirements').locator('.el-select').nth(2).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '特种作业操作证' }).click();
  await form.locator('input[name="siteName"]').fill('古城小区配电房');
  await page.getByTestId('pin-picker-area').waitFor();
  await shoot(page, 'admin-job-form');
  await page.keyboard.press('Escape');
  await row('装载机司机').getByTestId('open-applicants').click();
  await page.getByTestId('applicant').first().waitFor();
  await shoot(page, 'admin-job-applicants');
  await context.close();
}

await mkdir(out, { recursive: true });
const product = await startDemoProduct();
const browser = await launchBrowser();
try {
  if (wanted('phone')) await phoneShots(browser, product);
  if (wanted('phone-jobs')) await phoneJobShots(browser, product);
  if (wanted('phone-demand')) await phoneDemandShots(browser, product);
  if (wanted('admin')) await adminShots(browser, product);
  if (wanted('admin-job')) await jobShots(browser, product);
} finally {
  await browser.close();
  await product.close();
}
