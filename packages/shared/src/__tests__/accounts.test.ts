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
