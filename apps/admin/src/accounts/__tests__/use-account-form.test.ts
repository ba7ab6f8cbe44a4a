import { describe, expect, it } from 'vitest';
import { toBody, validateForm, type AccountFormValues } from '../use-account-form';

const values = (v: Partial<AccountFormValues>): AccountFormValues => ({
  username: 'gucheng02',
  displayName: '古城社区',
  role: 'community_staff',
  areaCode: '650109001001',
  providerId: 'ignored',
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
});
