import type { CreateAccountBody } from '@yilu/shared';

/** The employers of the demo: three hired from Midong's loader class, one recruits from Jimsar's forklift order class. */
export const demoEmployers = [
  { username: 'employer', employerName: '米东区建设工程有限公司', creditCode: '91650109MA78C1HQ08', areaCode: '650109' },
  { username: 'ganquanbao', employerName: '乌鲁木齐甘泉堡物流园', creditCode: '91650109MA78GQB21P', areaCode: '650109' },
  { username: 'luqiao', employerName: '新疆路桥集团米东项目部', creditCode: '91650109MA79LQ7K4D', areaCode: '650109' },
  { username: 'jimsar-logistics', employerName: '吉木萨尔县现代物流园', creditCode: '91652327MA7A3PJD92', areaCode: '652327' },
] as const;

/** Development only: the password every demo staff account gets, printed when the product starts. */
export const DEMO_PASSWORD = 'yilu-demo-2026';

/** One account per staff role, in places named in the source reports (Kashgar, Urumqi Midong, Changji). */
export const demoAccounts: Omit<CreateAccountBody, 'password'>[] = [
  { username: 'admin', displayName: '平台管理员', role: 'admin' },
  { username: 'kashi', displayName: '喀什市人社局', role: 'district_staff', areaCode: '653101' },
  { username: 'midong', displayName: '米东区人社局', role: 'district_staff', areaCode: '650109' },
  { username: 'gucheng', displayName: '古城社区工作站', role: 'community_staff', areaCode: '650109001001' },
  { username: 'school', displayName: '米东区职业技能培训学校', role: 'provider', providerId: 'midong-vtc' },
  ...demoEmployers.map(({ username, employerName, creditCode, areaCode }) => ({
    username,
    displayName: employerName,
    role: 'employer' as const,
    employerName,
    creditCode,
    areaCode,
  })),
];

/** The nickname of the demo worker behind the development sign-in. */
export const DEMO_WORKER = '测试骑手';
