import { describe, expect, it } from 'vitest';
import { canSupport, dayMonth, nearParam, statusTone } from '../format';
import { wishBodyFrom, type WishFormValues } from '../wish-body';

const form = (v: Partial<WishFormValues> = {}): WishFormValues => ({
  category: 'building_signs',
  text: '  楼栋号看不清，晚上送餐找不到楼 ',
  staffOnly: false,
  place: { kind: 'point', pointId: '65a000000000000000000002', name: '📍 古城驿站' },
  ...v,
});

describe('the post form', () => {
  it('sends the wish at its place, trimmed, public unless asked otherwise', () => {
    expect(wishBodyFrom(form()).body).toEqual({
      category: 'building_signs',
      text: '楼栋号看不清，晚上送餐找不到楼',
      pointId: '65a000000000000000000002',
      visibility: 'public',
      crs: 'wgs84',
    });
    const spot = wishBodyFrom(
      form({ staffOnly: true, place: { kind: 'spot', location: { lng: 87.65, lat: 43.96 }, crs: 'gcj02', name: '' } }),
    );
    expect(spot.body).toMatchObject({ location: { lng: 87.65, lat: 43.96 }, crs: 'gcj02', visibility: 'staff' });
    expect(wishBodyFrom(form({ place: { kind: 'area', areaCode: '650109', name: '' } })).body).toMatchObject({ areaCode: '650109' });
  });

  it('says what is missing next to each field', () => {
    expect(wishBodyFrom(form({ category: '', text: '短', place: null })).errors).toEqual({
      category: '请选择类别',
      text: '心愿内容至少 5 个字',
    });
    expect(wishBodyFrom(form({ place: null })).errors).toEqual({ place: expect.stringContaining('三选一') });
    expect(wishBodyFrom(form({ text: '字'.repeat(501) })).errors.text).toBe('心愿内容最多 500 个字');
  });
});

describe('a wish on a card', () => {
  it('can be supported by others while open, once', () => {
    expect(canSupport({ mine: false, supportedByMe: false, status: 'accepted' })).toBe(true);
    expect(canSupport({ mine: true, supportedByMe: false, status: 'accepted' })).toBe(false);
    expect(canSupport({ mine: false, supportedByMe: true, status: 'accepted' })).toBe(false);
    expect(canSupport({ mine: false, supportedByMe: false, status: 'done' })).toBe(false);
    expect([statusTone('done'), statusTone('duplicate'), statusTone('submitted')]).toEqual(['done', 'closed', 'open']);
  });

  it('names days in Beijing time and asks the board for a position to five decimals', () => {
    expect(dayMonth('2026-12-14T16:30:00.000Z')).toBe('12月15日');
    expect(nearParam({ lng: 87.123456789, lat: 43.9 })).toBe('87.12346,43.90000');
    expect(nearParam(null)).toBeUndefined();
  });
});
