import { describe, expect, it } from 'vitest';
import { creditCodeMessage, toBody, validateForm, type AccountFormValues } from '../use-account-form';

const values = (v: Partial<AccountFormValues>): AccountFormValues => ({
  username: 'gucheng02',
  displayName: '古城社区',
  role: 'community_staff',
  areaCode: '650109001001',
  providerId: 'ignored',
  employerName: '米东电力安装有限公司',
  creditCode: ' 91650109ma78c1hq08 ',
  password: 'long-enough-pw',
  ...v,
});

describe('account form', () => {
  it('sends only the scope the role uses', () => {
    expect(toBody(values({}), false)).toEqual({
      username: 'gucheng02',
      displayName: '古城社区',
      role: 'community_staff',
      areaCode: '650109001001',
      password: 'long-enough-pw',
    });
    expect(toBody(values({ role: 'provider', password: '' }), true)).toEqual({
      displayName: '古城社区',
      role: 'provider',
      providerId: 'ignored',
      areaCode: null,
      employerName: null,
      creditCode: null,
    });
  });

  it('validates with the shared schema, naming fields in Chinese', () => {
    expect(validateForm(values({}), false)).toEqual({});
    const errors = validateForm(values({ role: 'district_staff', areaCode: '', password: 'short' }), false);
    expect(errors.areaCode).toBe('区县或社区工作人员必须指定管辖区域');
    expect(errors.password).toBe('密码至少 8 位');
  });

  it('lets an edit leave the password empty', () => {
    expect(validateForm(values({ password: '' }), true)).toEqual({});
  });

  it('sends an employer its company, its 统一社会信用代码 in capitals and its area', () => {
    expect(toBody(values({ role: 'employer', areaCode: '650109' }), false)).toEqual({
      username: 'gucheng02',
      displayName: '古城社区',
      role: 'employer',
      areaCode: '650109',
      employerName: '米东电力安装有限公司',
      creditCode: '91650109MA78C1HQ08',
      password: 'long-enough-pw',
    });
    expect(toBody(values({ role: 'admin', password: '' }), true)).toEqual({
      displayName: '古城社区',
      role: 'admin',
      areaCode: null,
      providerId: null,
      employerName: null,
      creditCode: null,
    });
    expect(validateForm(values({ role: 'employer', areaCode: '650109' }), false)).toEqual({});
  });

  it('says what is wrong with a 统一社会信用代码 as it is typed', () => {
    expect(creditCodeMessage('')).toBe('');
    expect(creditCodeMessage('9165')).toBe('统一社会信用代码为 18 位，当前 4 位');
    expect(creditCodeMessage('91650109MA78C1HO08')).toBe('统一社会信用代码只含数字和大写字母（不用 I、O、S、V、Z）');
    expect(creditCodeMessage('91650109MA78C1HQ07')).toBe('统一社会信用代码校验位不正确，请核对');
    expect(creditCodeMessage('91650109ma78c1hq08')).toBe('');
  });

  it('names what an employer lacks, also when an account becomes one', () => {
    const blank = values({ role: 'employer', employerName: '', creditCode: '91650109MA78C1HQ07', areaCode: '' });
    expect(validateForm(blank, false)).toEqual({
      employerName: '用人单位账号必须填写单位名称',
      creditCode: '统一社会信用代码校验位不正确，请核对',
      areaCode: '用人单位账号必须指定所在区域',
    });
    expect(validateForm({ ...blank, creditCode: '' }, true)).toEqual({
      employerName: '用人单位账号必须填写单位名称',
      creditCode: '用人单位账号必须填写统一社会信用代码',
      areaCode: '用人单位账号必须指定所在区域',
    });
  });
});
