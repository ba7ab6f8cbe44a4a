import { afterAll, describe, expect, it } from 'vitest';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { seedDemoDemand } from '../demo-demand.js';

const { api, tokens } = await startCoursesWorld(0);
afterAll(() => api.close());

describe('the demo demand', () => {
  it('is added once, and shows the heat map with a district under five people withheld', async () => {
    expect(await seedDemoDemand(api.ctx)).toBe(77);
    expect(await seedDemoDemand(api.ctx)).toBe(0);
    const { body } = await api.request('GET', '/api/v1/stats/demand', { token: tokens.admin });
    const district = (code: string) => body.districts.find((d: { areaCode: string }) => d.areaCode === code);
    expect(district('653101')).toMatchObject({ interest: 30, misses: 6, demand: 36 });
    expect(district('653122')).toMatchObject({ interest: 11, demand: 11 });
    const cell = (areaCode: string, trade: string) =>
      body.shortage.find((r: { trade: string; areaCode: string }) => r.trade === trade && r.areaCode === areaCode);
    expect(cell('653122', '电工')).toMatchObject({ interest: null, demand: null });
    expect(body.shortage.find((r: { trade: string; areaCode: string }) => r.trade === '茶艺师')).toMatchObject({ misses: 6, demand: 6 });
  });
});
