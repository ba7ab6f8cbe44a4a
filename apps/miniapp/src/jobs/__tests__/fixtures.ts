import type { Job, JobApplication } from '@yilu/contract';

/** An electrician job in Midong as the API answers it to a worker holding the skill level but not the permit. */
export function jobFixture(overrides: Partial<Job> = {}): Job {
  return {
    id: '6650a1b2c3d4e5f601234567',
    jobTitle: '物业维修电工',
    employerName: '米东区安居物业有限公司',
    trade: { name: '电工', code: '6-31-01-03' },
    requirements: [
      { type: 'skill_level', level: 5, label: '电工职业技能等级证书（五级/初级工及以上）' },
      { type: 'special_operation', label: '电工特种作业操作证' },
    ],
    site: { name: '安居小区物业中心', address: '乌鲁木齐市米东区米东南路 80 号', location: { lng: 87.655, lat: 43.965 } },
    crs: 'wgs84',
    areaCode: '650109',
    areaName: '米东区',
    payFen: { min: 500_000, max: 800_000 },
    shifts: ['day', 'rotating'],
    headcount: 3,
    hired: 0,
    deadline: '2026-12-31',
    status: 'open',
    createdAt: '2026-12-01T08:00:00+08:00',
    distanceM: 850,
    fit: {
      qualifies: false,
      matched: [{ no: 'S650109001', type: 'skill_level', name: '电工职业技能等级证书（五级）', level: 5 }],
      missing: [
        {
          type: 'special_operation',
          label: '电工特种作业操作证',
          classes: [
            {
              id: '6650a1b2c3d4e5f601239999',
              title: '低压电工“一培双证”培训班',
              providerName: '米东区职业技能培训学校',
              firstSession: '2026-12-08',
              distanceM: 1200,
              seatsLeft: 12,
            },
          ],
        },
      ],
    },
    ...overrides,
  };
}

export function applicationFixture(overrides: Partial<JobApplication> = {}): JobApplication {
  return {
    id: '6650a1b2c3d4e5f601235555',
    job: { id: '6650a1b2c3d4e5f601234567', jobTitle: '物业维修电工', employerName: '米东区安居物业有限公司', siteName: '安居小区物业中心' },
    realName: '王建军',
    phone: '13800000001',
    certificates: [],
    source: 'worker',
    state: 'applied',
    history: [{ state: 'applied', at: '2026-12-01T10:00:00+08:00' }],
    createdAt: '2026-12-01T10:00:00+08:00',
    ...overrides,
  };
}
