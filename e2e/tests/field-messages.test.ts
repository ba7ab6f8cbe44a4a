import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessTypes,
  amenities,
  certificateTypes,
  courseStatuses,
  courseTracks,
  crsValues,
  eligibilityGroups,
  pointKinds,
  pointStatuses,
} from '@yilu/shared';
import { courseBody } from '@yilu/api/fixtures/courses';
import { signInToAdmin } from '../support/admin-session.js';
import { apiPost, providerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// Bad input is answered in words people read, next to the field: an empty enrollment on h5, an empty class
// form and a bad spreadsheet row in the admin. No zod wording ("期望 …") and no enum code reaches the page.
const title = '电工培训班（表单提示 e2e）';
const codes = [
  ...accessTypes,
  ...amenities,
  ...certificateTypes,
  ...courseStatuses,
  ...courseTracks,
  ...crsValues,
  ...eligibilityGroups,
  ...pointKinds,
  ...pointStatuses,
];

async function expectHuman(region: Locator) {
  const text = await region.innerText();
  expect(text).not.toMatch(/期望|expected|Invalid|无效输入|无效选项/);
  expect(codes.filter((code) => new RegExp(`(^|[^A-Za-z0-9_])${code}([^A-Za-z0-9_]|$)`).test(text))).toEqual([]);
}

let browser: Browser;
let courseId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const token = await providerToken({
    username: 'e2e-messages',
    password: 'e2e-messages-password',
    displayName: '米东区职业技能培训学校',
    providerId: 'midong-vtc',
  });
  const course = await apiPost('/courses', token, courseBody({ title }));
  expect(course.status).toBe(201);
  courseId = course.body.id;
});
afterAll(() => browser?.close());

/** The admin's form item labelled `label`, and the message element-plus shows under it. */
const formItem = (dialog: Locator, page: Page, label: string) =>
  dialog.locator('.el-form-item', { has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) });

describe('messages for people, next to the field', () => {
  it('h5: an empty enrollment form says under each field what is missing', async () => {
    const { page, external } = await openOfflinePage(browser, { width: 390, height: 844 });
    await page.goto(`${inject('h5Url')}/#/pages/course/index?id=${courseId}`);
    const detail = page.getByTestId('course-detail');
    await detail.locator('.primary-button', { hasText: '报名' }).click();
    await detail.locator('.primary-button', { hasText: '提交报名' }).click();

    const under = (label: string) => detail.locator('.form-field', { hasText: label }).locator('.error');
    await under('姓名').filter({ hasText: '真实姓名不能为空' }).waitFor();
    expect(await under('手机号').innerText()).toBe('手机号不能为空');
    expect(await under('身份证号').innerText()).toBe('身份证号不能为空');
    // The group chips and the consent line each carry their message right after them.
    expect(await detail.locator('.course-form__groups + .error').innerText()).toBe('请选择身份类别');
    expect(await detail.locator('[data-testid="consent"] + .error').innerText()).toBe('请阅读并同意个人信息使用说明');
    await expectHuman(page.locator('body'));
    expect(external).toEqual([]);
  });

  it('admin: an empty class form says under each field what is missing', async () => {
    const { page, external } = await openOfflinePage(browser);
    await signInToAdmin(page);
    await page.getByRole('menuitem', { name: '技能培训' }).click();
    await page.getByRole('button', { name: '发布课程' }).click();
    const dialog = page.getByRole('dialog', { name: '发布课程' });
    await dialog.getByRole('button', { name: '保存' }).click();

    const error = (label: string) => formItem(dialog, page, label).locator('.el-form-item__error');
    await error('课程名称').filter({ hasText: '课程名称不能为空' }).waitFor();
    const shown = {
      工种: await error('工种').innerText(),
      职业技能等级证书: await error('职业技能等级证书').innerText(),
      培训机构: await error('培训机构').innerText(),
      所属区划代码: await error('所属区划代码').innerText(),
      上课地点: await error('上课地点').innerText(),
      课程安排: await error('课程安排').innerText(),
      报名截止: await error('报名截止').innerText(),
    };
    expect(shown).toEqual({
      工种: '工种名称不能为空',
      职业技能等级证书: '证书名称不能为空',
      培训机构: '机构编号不能为空',
      所属区划代码: '行政区划代码不能为空',
      上课地点: '地点名称不能为空',
      课程安排: '课程安排不能为空',
      报名截止: '报名截止时间不能为空',
    });
    await expectHuman(dialog);
    expect(external).toEqual([]);
  });

  it('admin: a bad row of a points spreadsheet says what is wrong in each column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('服务点');
    sheet.addRow(['类型', '名称', '地址', '行政区划代码', '经度', '纬度', '开放对象']);
    sheet.addRow(['', '某', '泽普县某地', '65', '', 38.19, '全体']);
    sheet.addRow(['驿站', '泽普县团结路暖心驿站', '泽普县团结东路 18 号', '653124', 77.27, 38.19, '']);

    const { page, external } = await openOfflinePage(browser);
    await signInToAdmin(page);
    await page.getByRole('menuitem', { name: '服务点位' }).click();
    await page.getByRole('button', { name: '导入 Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '导入服务点位' });
    await dialog.getByTestId('import-file').setInputFiles({
      name: '点位.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await dialog.getByTestId('import-summary').filter({ hasText: '共 2 行：有效 1 行，有误 1 行' }).waitFor();

    const report = await dialog.getByTestId('import-report').innerText();
    for (const line of [
      '【类型】请选择类型',
      '【名称】名称至少 2 个字',
      '【行政区划代码】行政区划代码须为 6、9 或 12 位数字',
      '【经度】请填写有效的经度',
      '【开放对象】无法识别“全体”',
    ]) {
      expect(report).toContain(line);
    }
    await expectHuman(dialog);
    expect(external).toEqual([]);
  });
});
