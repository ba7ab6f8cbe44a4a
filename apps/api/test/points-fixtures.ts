import type { CreatePointBody } from '@yilu/shared';

export const allDay = { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] };
export const neverOpen = { timezone: 'Asia/Shanghai', alwaysOpen: false, weekly: [], exceptions: [] };

/** A valid point body near Kashgar's old town, overridable field by field. */
export function pointBody(overrides: Partial<CreatePointBody> = {}): Record<string, unknown> {
  return {
    kind: 'rest_station',
    name: '喀什古城暖心驿站',
    address: '喀什市吾斯塘博依路 12 号',
    areaCode: '653101',
    location: { lng: 75.9897, lat: 39.4704 },
    amenities: ['hot_water', 'microwave', 'phone_charging'],
    access: 'workers',
    hours: allDay,
    ...overrides,
  };
}

export { seededRandom as seeded } from '../src/demo/generate-points.js';
