import type { TestApi } from './harness.js';
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

/** Creates the Kashgar city staffer (653101) most points tests act as, and signs them in. */
export async function kashgarStaffToken(api: TestApi): Promise<string> {
  await api.createAccount({
    username: 'kashi',
    password: 'correct-horse-battery',
    displayName: '喀什市人社',
    role: 'district_staff',
    areaCode: '653101',
  });
  return (await api.login('kashi', 'correct-horse-battery')).accessToken;
}
