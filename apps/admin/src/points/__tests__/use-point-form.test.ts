import { describe, expect, it } from 'vitest';
import { emptyPoint, pointBodyFrom } from '../use-point-form';

const filled = () => ({
  ...emptyPoint('653101'),
  name: '喀什古城暖心驿站',
  address: '喀什市吾斯塘博依路 12 号',
  location: { lng: 75.9897, lat: 39.4704 },
  amenities: ['hot_water' as const],
  hoursText: '每天 08:00-20:00',
});

describe('point form', () => {
  it('builds the API body with parsed hours and the map’s coordinate system', () => {
    const { body, errors } = pointBodyFrom(filled(), false);
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      name: '喀什古城暖心驿站',
      crs: 'wgs84',
      hours: { alwaysOpen: false, weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ open: '08:00', close: '20:00' }] }] },
    });
  });

  it('keeps holiday and closure exceptions when the weekly hours are edited', () => {
    const exceptions = [{ date: '2027-02-17', closed: true, ranges: [], note: '春节闭店' }];
    const { body } = pointBodyFrom({ ...filled(), exceptions }, true);
    expect((body!.hours as { exceptions: unknown }).exceptions).toEqual(exceptions);
  });

  it('names each field that is wrong, in Chinese', () => {
    const { body, errors } = pointBodyFrom({ ...filled(), name: '', location: { lng: null, lat: null }, hoursText: '早上' }, false);
    expect(body).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['hours', 'location', 'name']);
    expect(errors.hours).toMatch(/无法识别的营业时间/);
  });
});
