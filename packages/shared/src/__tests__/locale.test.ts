import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createCourseBodySchema,
  createPointBodySchema,
  enrollBodySchema,
  fieldErrorsFromZod,
  fieldLabel,
  pointsListQuerySchema,
  pointsMapQuerySchema,
  reviewBodySchema,
  updatePointBodySchema,
} from '../index.js';

/** Field → message, as the API answers them (first message per field). */
function messages(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const e of fieldErrorsFromZod(result.error)) out[e.field] ??= e.message;
  return out;
}

describe('field labels', () => {
  it('names a field by its own key, or by its parent and key when that reads better', () => {
    expect(fieldLabel(['realName'])).toBe('真实姓名');
    expect(fieldLabel(['certificates', 0, 'name'])).toBe('证书名称');
    expect(fieldLabel(['sites', 1, 'name'])).toBe('地点名称');
    expect(fieldLabel(['name'])).toBe('名称');
    expect(fieldLabel(['sites', 0, 'location', 'lat'])).toBe('纬度');
    expect(fieldLabel(['hours', 'weekly', 0, 'ranges', 0, 'open'])).toBe('开门时间');
  });

  it('falls back to a neutral word, never to a key or to what objects inherit', () => {
    expect(fieldLabel([])).toBe('请求内容');
    expect(fieldLabel(['somethingElse'])).toBe('此项');
    expect(fieldLabel(['constructor'])).toBe('此项');
    expect(fieldLabel(['toString'])).toBe('此项');
  });
});

describe('plain messages for each kind of problem', () => {
  it('an empty enrollment names every field it needs', () => {
    expect(messages(enrollBodySchema, {})).toEqual({
      realName: '真实姓名不能为空',
      phone: '手机号不能为空',
      idNumber: '身份证号不能为空',
      group: '请选择身份类别',
      consent: '请阅读并同意个人信息使用说明',
    });
  });

  it('an enrollment form left blank, as the mini-program sends it, says the same', () => {
    expect(messages(enrollBodySchema, { realName: '', phone: '', idNumber: '', group: '', consent: false })).toEqual({
      realName: '真实姓名不能为空',
      phone: '手机号不能为空',
      idNumber: '身份证号不能为空',
      group: '请选择身份类别',
      consent: '请阅读并同意个人信息使用说明',
    });
  });

  it('text that is too short, too long, blank or of the wrong type', () => {
    expect(messages(enrollBodySchema, { realName: '李' }).realName).toBe('真实姓名至少 2 个字');
    expect(messages(enrollBodySchema, { realName: '李'.repeat(21) }).realName).toBe('真实姓名最多 20 个字');
    expect(messages(enrollBodySchema, { realName: '   ' }).realName).toBe('真实姓名不能为空');
    expect(messages(enrollBodySchema, { realName: 42 }).realName).toBe('真实姓名须为文字');
    expect(messages(enrollBodySchema, { realName: null }).realName).toBe('真实姓名不能为空');
  });

  it('a choice is asked for by name and its options are never listed', () => {
    expect(messages(enrollBodySchema, { group: '' }).group).toBe('请选择身份类别');
    expect(messages(enrollBodySchema, { group: 'martian' }).group).toBe('请选择有效的身份类别');
    expect(messages(createCourseBodySchema, { eligibility: ['martian'] })['eligibility.0']).toBe('请选择有效的补贴对象');
    expect(messages(reviewBodySchema, {}).action).toBe('请选择操作');
    expect(messages(reviewBodySchema, { action: 'delete' }).action).toBe('请选择有效的操作');
    expect(messages(updatePointBodySchema, { verified: false }).verified).toBe('核实取值不正确');
  });

  it('numbers out of range, fractions and unreadable numbers', () => {
    expect(messages(createCourseBodySchema, { capacity: 0 }).capacity).toBe('名额不能小于 1');
    expect(messages(createCourseBodySchema, { capacity: 501 }).capacity).toBe('名额不能大于 500');
    expect(messages(createCourseBodySchema, { capacity: 1.5 }).capacity).toBe('名额须为整数');
    expect(messages(createCourseBodySchema, { capacity: '三十' }).capacity).toBe('名额须为数字');
    expect(messages(createCourseBodySchema, { feeFen: 1e12 }).feeFen).toBe('学费不能超过 100 万元');
    expect(messages(createPointBodySchema, { location: { lng: Number.NaN, lat: 60 } })).toMatchObject({
      'location.lng': '请填写有效的经度',
      'location.lat': '纬度不能大于 54',
    });
    expect(messages(pointsListQuerySchema, { page: 'abc' }).page).toBe('请填写有效的页码');
    expect(messages(z.strictObject({ capacity: z.number().multipleOf(5) }), { capacity: 7 }).capacity).toBe('名额须为 5 的倍数');
    expect(messages(z.strictObject({ score: z.number().gt(0).lt(100) }), { score: 0 }).score).toBe('成绩须大于 0');
  });

  it('lists that are empty or too long', () => {
    expect(messages(createCourseBodySchema, { sessions: [] }).sessions).toBe('课程安排不能为空');
    expect(messages(createCourseBodySchema, { eligibility: [] }).eligibility).toBe('补贴对象不能为空');
    expect(messages(createCourseBodySchema, { certificates: [{}, {}, {}, {}] }).certificates).toBe('证书最多 3 项');
    expect(messages(z.strictObject({ photos: z.array(z.string()).min(2) }), { photos: ['a'] }).photos).toBe('照片至少 2 项');
  });

  it('formats, with the schema’s own hint where it has one', () => {
    expect(messages(createCourseBodySchema, { enrollDeadline: '' }).enrollDeadline).toBe('报名截止时间不能为空');
    expect(messages(createCourseBodySchema, { enrollDeadline: '明天' }).enrollDeadline).toBe('报名截止时间格式不正确');
    expect(messages(createCourseBodySchema, { sessions: [{ date: '2026-12-01', start: '9:00', end: '10:00' }] })['sessions.0.start']).toBe(
      '开始时间须为 HH:MM 格式，如 09:00',
    );
    expect(messages(createCourseBodySchema, { areaCode: '65' }).areaCode).toBe('行政区划代码须为 6、9 或 12 位数字');
    expect(messages(createCourseBodySchema, { areaCode: '' }).areaCode).toBe('行政区划代码不能为空');
    expect(messages(createPointBodySchema, { photos: ['not a url'] })['photos.0']).toBe('照片格式不正确');
    expect(messages(pointsMapQuerySchema, { near: 'here' }).near).toBe('附近位置须为“经度,纬度”，如 87.62,43.83');
  });

  it('unknown fields and a request that is not an object', () => {
    expect(messages(enrollBodySchema, { realName: '李四', isAdmin: true }).isAdmin).toBe('不允许的字段');
    expect(fieldErrorsFromZod(enrollBodySchema.safeParse(null).error!, 'body')).toEqual([{ field: 'body', message: '请求内容不能为空' }]);
    expect(fieldErrorsFromZod(enrollBodySchema.safeParse('x').error!, 'body')).toEqual([{ field: 'body', message: '请求内容格式不正确' }]);
  });

  it('a schema’s own message wins over the plain one', () => {
    expect(messages(enrollBodySchema, { phone: '123' }).phone).toBe('手机号须为 1 开头的 11 位数字');
    expect(messages(enrollBodySchema, { idNumber: '110101199001010000' }).idNumber).toBe('身份证号不正确，请核对');
    expect(messages(z.strictObject({ title: z.string().min(2, '起个名字吧') }), { title: '' }).title).toBe('起个名字吧');
  });
});
