import { describe, expect, it } from 'vitest';
import { courseBodyFrom, emptyCourse, formFieldOf } from '../use-course-form';

describe('class form messages', () => {
  it('an empty form names each field in Chinese, next to the field that shows it', () => {
    const { body, errors } = courseBodyFrom({ ...emptyCourse(), capacity: 30 });
    expect(body).toBeUndefined();
    expect(errors).toEqual({
      title: '课程名称不能为空',
      trade: '工种名称不能为空',
      skillCert: '证书名称不能为空',
      permit: '证书名称不能为空',
      providerId: '机构编号不能为空',
      providerName: '机构名称不能为空',
      providerRegistrationNo: '办学许可证号不能为空',
      areaCode: '行政区划代码不能为空',
      site: '地点名称不能为空',
      siteLocation: '请填写有效的经度',
      sessions: '课程安排不能为空',
      enrollDeadline: '报名截止时间不能为空',
    });
    expect(JSON.stringify(errors)).not.toMatch(/期望|registered_unemployed|special_operation/);
  });

  it('a short order-class employer is shown under its own field', () => {
    expect(courseBodyFrom({ ...emptyCourse(), employer: '某' }).errors.employer).toBe('用人单位至少 2 个字');
  });

  it('puts the API’s messages on the form field that shows them', () => {
    expect(formFieldOf('certificates.0.issuer')).toBe('skillCert');
    expect(formFieldOf('certificates.1.name')).toBe('permit');
    expect(formFieldOf('sites.0.location.lat')).toBe('siteLocation');
    expect(formFieldOf('sites.0.address')).toBe('site');
    expect(formFieldOf('sessions.0')).toBe('sessions');
    expect(formFieldOf('trade.code')).toBe('trade');
  });
});
