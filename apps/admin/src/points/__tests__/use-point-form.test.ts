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

  it('edits holiday and closure exceptions next to the weekly hours', () => {
    const { body } = pointBodyFrom({ ...filled(), exceptionsText: '2027-02-17 闭馆 春节闭店\n2027-02-18 10:00-16:00' }, true);
    expect((body!.hours as { exceptions: unknown }).exceptions).toEqual([
      { date: '2027-02-17', closed: true, ranges: [], note: '春节闭店' },
      { date: '2027-02-18', closed: false, ranges: [{ open: '10:00', close: '16:00' }] },
    ]);
    const wrong = pointBodyFrom({ ...filled(), exceptionsText: '春节 闭馆' }, true);
    expect(wrong.body).toBeUndefined();
    expect(wrong.errors.exceptions).toContain('无法识别的特殊日期');
  });

  it('names each field that is wrong, in Chinese', () => {
    const { body, errors } = pointBodyFrom({ ...filled(), name: '', location: { lng: null, lat: null }, hoursText: '早上' }, false);
    expect(body).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['hours', 'location', 'name']);
    expect(errors.hours).toMatch(/无法识别的营业时间/);
  });
});
