import { describe, expect, it } from 'vitest';
import { canStillConfirm, createWishBodySchema, updateWishBodySchema, WISH_CONFIRM_DAYS } from '../index.js';

const wish = { category: 'building_signs', text: '楼栋号看不清，晚上送餐找不到' };

describe('a wish', () => {
  it('has exactly one place: a point, a spot on the map or a district', () => {
    expect(createWishBodySchema.safeParse({ ...wish, areaCode: '650109' }).success).toBe(true);
    expect(createWishBodySchema.safeParse({ ...wish, location: { lng: 87.6, lat: 43.9 } }).data).toMatchObject({ crs: 'wgs84' });
    const none = createWishBodySchema.safeParse(wish);
    expect(none.error?.issues[0]).toMatchObject({ path: ['areaCode'], message: expect.stringContaining('三选一') });
    expect(createWishBodySchema.safeParse({ ...wish, areaCode: '650109', pointId: '0123456789abcdef01234567' }).success).toBe(false);
  });

  it('is public unless the worker says staff only, and holds at most 500 characters', () => {
    expect(createWishBodySchema.parse({ ...wish, areaCode: '650109' }).visibility).toBe('public');
    const long = createWishBodySchema.safeParse({ ...wish, areaCode: '650109', text: '字'.repeat(501) });
    expect(long.error?.issues[0]?.message).toBe('心愿内容最多 500 个字');
  });

  it('takes the staff actions with what each needs', () => {
    expect(updateWishBodySchema.safeParse({ action: 'decline' }).error?.issues[0]?.message).toBe('原因不能为空');
    expect(updateWishBodySchema.safeParse({ action: 'done', reply: '已加装楼栋号牌' }).success).toBe(true);
    expect(updateWishBodySchema.safeParse({ action: 'fly' }).error?.issues[0]?.message).toBe('请选择有效的操作');
  });

  it('may be confirmed or reopened for 14 days after done', () => {
    const doneAt = new Date('2026-12-01T10:00:00+08:00');
    expect(canStillConfirm(doneAt, new Date(doneAt.getTime() + WISH_CONFIRM_DAYS * 86_400_000))).toBe(true);
    expect(canStillConfirm(doneAt, new Date(doneAt.getTime() + WISH_CONFIRM_DAYS * 86_400_000 + 1))).toBe(false);
  });
});
