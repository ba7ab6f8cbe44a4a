import { mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import type { JobApplication, ManagedJob } from '@yilu/contract';

export const job: ManagedJob = {
  id: '65a000000000000000000101',
  jobTitle: '低压电工',
  employerName: '米东电力安装有限公司',
  trade: { name: '电工', code: '6-31-01-03' },
  requirements: [
    { type: 'special_operation', label: '电工特种作业操作证' },
    { type: 'skill_level', level: 5, label: '电工职业技能等级证书（五级/初级工及以上）' },
  ],
  site: { name: '米东区变电站工地', address: '乌鲁木齐市米东区米东南路 55 号', location: { lng: 87.6543, lat: 43.9642 } },
  crs: 'wgs84',
  areaCode: '650109',
  areaName: '乌鲁木齐市米东区',
  payFen: { min: 500_000, max: 750_050 },
  shifts: ['day', 'rotating'],
  headcount: 5,
  hired: 1,
  deadline: '2026-12-31',
  orderCourse: { id: '65a000000000000000000001', title: '低压电工“一培双证”培训班' },
  status: 'open',
  createdAt: '2026-11-01T02:00:00.000Z',
  applications: { applied: 2, interview: 0, offered: 1, hired: 1, declined: 0, withdrawn: 0 },
};

export const application: JobApplication = {
  id: '65a000000000000000000201',
  job: { id: job.id, jobTitle: job.jobTitle, employerName: job.employerName, siteName: job.site.name },
  realName: '王师傅',
  certificates: [{ no: 'T650109E0001', type: 'special_operation', name: '低压电工特种作业操作证' }],
  source: 'order_class',
  courseTitle: '低压电工“一培双证”培训班',
  state: 'applied',
  history: [{ state: 'applied', at: '2026-11-02T02:00:00.000Z' }],
  createdAt: '2026-11-02T02:00:00.000Z',
};

/** Mounts a composable inside a component, so that its onMounted runs. */
export function mounted<T>(make: () => T): T {
  let made!: T;
  mount(defineComponent({ setup: () => ((made = make()), () => null) }));
  return made;
}
