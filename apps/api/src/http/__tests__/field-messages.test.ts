import { afterAll, describe, expect, it } from 'vitest';
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
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { header, makeSheet, upload } from '../../../test/sheets.js';

const { api, tokens, workers, createCourse } = await startCoursesWorld(1);
afterAll(() => api.close());

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

/** The answer as text holds no zod wording and no enum code: what a person would be shown is all Chinese sense. */
function expectHuman(answer: unknown) {
  const messages = JSON.stringify(answer);
  expect(messages).not.toMatch(/期望|expected|Invalid|无效输入|无效选项/);
  for (const code of codes) expect(messages).not.toMatch(new RegExp(`(^|[^A-Za-z0-9_])${code}([^A-Za-z0-9_]|$)`));
}

const byField = (errors: { field: string; message: string }[] = []) => Object.fromEntries(errors.map((e) => [e.field, e.message]));

describe('bad input is answered with messages for people', () => {
  it('an empty enrollment names each field in Chinese', async () => {
    const courseId = await createCourse();
    const res = await api.request('POST', `/api/v1/courses/${courseId}/enrollments`, { token: workers[0], body: {} });
    const errors = expectProblem(res, 400).errors;
    expect(byField(errors)).toEqual({
      'body.realName': '真实姓名不能为空',
      'body.phone': '手机号不能为空',
      'body.idNumber': '身份证号不能为空',
      'body.group': '请选择身份类别',
      'body.consent': '请阅读并同意个人信息使用说明',
    });
    expectHuman(errors);
  });

  it('an empty class names each field in Chinese', async () => {
    const res = await api.request('POST', '/api/v1/courses', { token: tokens.school, body: {} });
    const errors = byField(expectProblem(res, 400).errors);
    expect(errors).toMatchObject({
      'body.title': '课程名称不能为空',
      'body.trade': '工种不能为空',
      'body.certificates': '证书不能为空',
      'body.areaCode': '行政区划代码不能为空',
      'body.sites': '上课地点不能为空',
      'body.sessions': '课程安排不能为空',
      'body.capacity': '名额不能为空',
      'body.eligibility': '补贴对象不能为空',
      'body.enrollDeadline': '报名截止时间不能为空',
    });
    expectHuman(errors);
  });

  it('wrong choices and numbers in a class are named, never listed as codes', async () => {
    const res = await api.request('POST', '/api/v1/courses', {
      token: tokens.school,
      body: {
        title: '电',
        eligibility: ['martian'],
        status: 'paused',
        level: 9,
        certificates: [{ type: 'diploma', name: '证', issuer: '' }],
        crs: 'bd09',
      },
    });
    const errors = byField(expectProblem(res, 400).errors);
    expect(errors).toMatchObject({
      'body.title': '课程名称至少 2 个字',
      'body.eligibility.0': '请选择有效的补贴对象',
      'body.status': '请选择有效的状态',
      'body.level': '等级不能大于 5',
      'body.certificates.0.type': '请选择有效的证书类型',
      'body.certificates.0.name': '证书名称至少 2 个字',
      'body.certificates.0.issuer': '发证部门不能为空',
      'body.crs': '请选择有效的坐标系',
    });
    expectHuman(errors);
  });

  it('a bad query parameter is named too', async () => {
    const res = await api.request('GET', '/api/v1/courses?status=paused&page=abc');
    expect(byField(expectProblem(res, 400).errors)).toEqual({ 'query.status': '请选择有效的状态', 'query.page': '请填写有效的页码' });
  });

  it('a bad row of a points import says what is wrong in each column', async () => {
    const row = ['', '', '某', '某地', '65', '', 39.47, '', '', '', '', '', '', ''];
    const res = await upload(api.baseUrl, tokens.kashi, await makeSheet([header, row]), 'mode=validate');
    expect(res.status).toBe(200);
    expect(res.body.rows[0].issues).toEqual(
      expect.arrayContaining([
        { column: '类型', message: '请选择类型' },
        { column: '名称', message: '名称至少 2 个字' },
        { column: '行政区划代码', message: '行政区划代码须为 6、9 或 12 位数字' },
        { column: '经度', message: '请填写有效的经度' },
      ]),
    );
    expectHuman(res.body);
  });
});
