import { describe, expect, it } from 'vitest';
import { createAccountBodySchema } from '../accounts.js';

const base = { username: 'midong01', password: 'a-long-password', displayName: '米东区人社' };

describe('createAccountBodySchema', () => {
  it('requires an area for area staff and a provider id for providers', () => {
    const noArea = createAccountBodySchema.safeParse({ ...base, role: 'district_staff' });
    expect(noArea.success).toBe(false);
    expect(noArea.error?.issues[0]?.path).toEqual(['areaCode']);

    const noProvider = createAccountBodySchema.safeParse({ ...base, role: 'provider' });
    expect(noProvider.error?.issues[0]?.path).toEqual(['providerId']);

    expect(createAccountBodySchema.safeParse({ ...base, role: 'district_staff', areaCode: '650109' }).success).toBe(true);
  });

  it('rejects unknown fields and a worker role', () => {
    expect(createAccountBodySchema.safeParse({ ...base, role: 'admin', isAdmin: true }).success).toBe(false);
    expect(createAccountBodySchema.safeParse({ ...base, role: 'worker' }).success).toBe(false);
  });

  it('rejects operator objects where strings belong', () => {
    expect(createAccountBodySchema.safeParse({ ...base, role: 'admin', username: { $gt: '' } }).success).toBe(false);
  });
});

describe('fieldErrorsFromZod', () => {
  it('names each invalid field in Chinese, unknown keys included', async () => {
    const { fieldErrorsFromZod } = await import('../index.js');
    const result = createAccountBodySchema.safeParse({ ...base, role: 'admin', password: 'x', extra: 1 });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFromZod(result.error!, 'body');
    expect(errors).toContainEqual({ field: 'body.extra', message: '不允许的字段' });
    expect(errors.find((e) => e.field === 'body.password')?.message).toMatch(/密码至少 8 位/);
  });
});
