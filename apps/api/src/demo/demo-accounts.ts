import type { CreateAccountBody } from '@yilu/shared';

/** Development only: the password every demo staff account gets, printed when the product starts. */
export const DEMO_PASSWORD = 'yilu-demo-2026';

/** One account per staff role, in places named in the source reports (Kashgar, Urumqi Midong, Changji). */
export const demoAccounts: Omit<CreateAccountBody, 'password'>[] = [
  { username: 'admin', displayName: '平台管理员', role: 'admin' },
  { username: 'kashi', displayName: '喀什市人社局', role: 'district_staff', areaCode: '653101' },
  { username: 'midong', displayName: '米东区人社局', role: 'district_staff', areaCode: '650109' },
  { username: 'gucheng', displayName: '古城社区工作站', role: 'community_staff', areaCode: '650109001001' },
  { username: 'school', displayName: '米东区职业技能培训学校', role: 'provider', providerId: 'midong-vtc' },
];

/** The nickname of the demo worker behind the development sign-in. */
export const DEMO_WORKER = '测试骑手';
