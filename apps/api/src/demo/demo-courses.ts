import { addDays, beijingDate, type CreateCourseBody } from '@yilu/shared';

type Kind = 'theory' | 'practice' | 'online';
type Slot = [start: string, end: string, kind: Kind];

/** A day counted from today in Beijing time, as YYYY-MM-DD. */
export const demoDay = (offset: number) => addDays(beijingDate(), offset);

/** The same daily slots on `days` consecutive days from `firstDay` (an offset from today). */
function schedule(firstDay: number, days: number, slots: Slot[]) {
  return Array.from({ length: days }, (_, d) =>
    slots.map(([start, end, kind]) => ({ date: demoDay(firstDay + d), start, end, kind })),
  ).flat();
}

/** What the demo enrollments of a class go through; index 0 of the first class is the demo worker. */
export interface DemoCohort {
  /** Worker names, in enrollment order. */
  workers: number;
  applied?: number;
  approved?: number;
  certified?: number;
  failed?: number;
  withdrawn?: number;
  /** Where the class stands once enrolled: under way, or already ended (enrollment closed long ago). */
  then?: 'running' | 'finished';
  /** The day (an offset from today) the certificates of a finished class were issued; 20 days ago unless told. */
  issuedDay?: number;
  /** The one certificate of a finished class revoked since: enrollment `index`'s of `type`. */
  revoked?: { index: number; type: 'skill_level' | 'special_operation' | 'industry_permit'; reason: string };
  /** Whether the demo worker is enrollment 0. */
  withDemoWorker?: boolean;
}

export interface DemoCourse {
  /** The training site (a demo point's external id) the class meets at. */
  site: string;
  body: Omit<CreateCourseBody, 'sites' | 'crs' | 'enrollDeadline'> & { deadlineDay: number };
  cohort: DemoCohort;
}

const electrician = [
  { type: 'skill_level' as const, name: '电工职业技能等级证书（五级）', issuer: '米东区职业技能培训学校（评价机构）' },
  { type: 'special_operation' as const, name: '低压电工特种作业操作证', issuer: '乌鲁木齐市应急管理局' },
];

/**
 * Classes from the source reports: Midong's electrician and loader classes (一培双证), Jimsar's forklift order class
 * with four check-ins a day, a Changji welder class under way, and Hangzhou's rider growth course.
 */
export const demoCourses: DemoCourse[] = [
  {
    site: 'demo-md-1',
    body: {
      title: '低压电工“一培双证”培训班（2026 冬季班）',
      trade: { name: '电工', code: '6-31-01-03' },
      level: 5,
      certificates: electrician,
      providerId: 'midong-vtc',
      providerName: '米东区职业技能培训学校',
      providerRegistrationNo: '6501092023001',
      areaCode: '650109',
      sessions: schedule(4, 8, [
        ['09:00', '12:00', 'theory'],
        ['14:00', '18:00', 'practice'],
      ]),
      capacity: 30,
      feeFen: 280_000,
      subsidyFen: 280_000,
      eligibility: ['registered_unemployed', 'rural_migrant', 'new_employment'],
      deadlineDay: 3,
      tracks: ['growth'],
      description: '人社 + 应急管理部门联合培训，结业考核合格同时取得电工职业技能等级证书和低压电工特种作业操作证。理论课可在手机上自学。',
      status: 'open',
    },
    cohort: { workers: 12, applied: 6, approved: 6, withDemoWorker: true },
  },
  {
    site: 'demo-md-1',
    body: {
      title: '装载机司机“一培双证”培训班（秋季班）',
      trade: { name: '装载机司机', code: '6-29-01-04' },
      level: 5,
      certificates: [
        { type: 'skill_level', name: '装载机司机职业技能等级证书（五级）', issuer: '米东区职业技能培训学校（评价机构）' },
        { type: 'industry_permit', name: '工程机械（装载机）操作证', issuer: '乌鲁木齐市住房和城乡建设局' },
      ],
      providerId: 'midong-vtc',
      providerName: '米东区职业技能培训学校',
      providerRegistrationNo: '6501092023001',
      areaCode: '650109',
      sessions: schedule(-45, 15, [['09:00', '17:00', 'practice']]),
      capacity: 24,
      feeFen: 180_000,
      subsidyFen: 180_000,
      eligibility: ['registered_unemployed', 'rural_migrant', 'new_employment'],
      deadlineDay: 1,
      tracks: ['growth'],
      description: '半个月集中实操，送教上门到村。',
      status: 'open',
    },
    cohort: {
      workers: 20,
      certified: 17,
      failed: 1,
      withdrawn: 2,
      then: 'finished',
      withDemoWorker: true,
    },
  },
  {
    site: 'demo-jm-1',
    body: {
      title: '叉车司机订单班（家门口培训）',
      trade: { name: '叉车司机', code: '6-29-03-05' },
      level: 5,
      certificates: [
        { type: 'skill_level', name: '叉车司机职业技能等级证书（五级）', issuer: '吉木萨尔县技工学校（评价机构）' },
        { type: 'special_operation', name: '特种设备作业人员证（N1 叉车司机）', issuer: '昌吉州市场监督管理局' },
      ],
      providerId: 'jimsar-tech',
      providerName: '吉木萨尔县技工学校',
      providerRegistrationNo: '6523272021003',
      areaCode: '652327',
      sessions: schedule(6, 5, [
        ['09:00', '10:30', 'theory'],
        ['10:45', '12:15', 'practice'],
        ['15:30', '17:00', 'practice'],
        ['17:15', '18:45', 'practice'],
      ]),
      capacity: 25,
      feeFen: 150_000,
      subsidyFen: 150_000,
      eligibility: ['rural_migrant', 'registered_unemployed'],
      deadlineDay: 5,
      tracks: ['onboarding'],
      employer: '吉木萨尔县现代物流园',
      description: '每天四次签到；结业取证后由物流园直接录用，试用期缩短为一个月。',
      status: 'open',
    },
    cohort: { workers: 0 },
  },
  {
    site: 'demo-cj-1',
    body: {
      title: '焊工“一培双证”培训班',
      trade: { name: '焊工', code: '6-18-02-04' },
      level: 4,
      certificates: [
        { type: 'skill_level', name: '焊工职业技能等级证书（四级）', issuer: '昌吉市技能实训基地（评价机构）' },
        { type: 'special_operation', name: '熔化焊接与热切割作业操作证', issuer: '昌吉州应急管理局' },
      ],
      providerId: 'changji-skills',
      providerName: '昌吉市技能实训基地',
      providerRegistrationNo: '6523012022007',
      areaCode: '652301',
      sessions: schedule(-5, 15, [['09:00', '17:00', 'practice']]),
      capacity: 20,
      feeFen: 360_000,
      subsidyFen: 240_000,
      eligibility: ['any'],
      deadlineDay: 2,
      tracks: ['growth'],
      status: 'open',
    },
    cohort: { workers: 8, approved: 8, then: 'running' },
  },
  {
    site: 'demo-hz-2',
    body: {
      title: '网约配送员成长进阶课',
      trade: { name: '网约配送员', code: '4-02-07-10' },
      level: 4,
      certificates: [{ type: 'skill_level', name: '网约配送员职业技能等级证书（四级）', issuer: '杭州市职业技能鉴定中心' }],
      providerId: 'hz-rider-academy',
      providerName: '杭州骑手成长学院',
      providerRegistrationNo: '3301022024002',
      areaCode: '330102',
      sessions: schedule(2, 4, [['19:00', '21:00', 'online']]),
      capacity: 40,
      feeFen: 0,
      subsidyFen: 0,
      eligibility: ['new_employment'],
      deadlineDay: 1,
      tracks: ['growth', 'micro_unit'],
      description: '晚间线上课，送单间隙也能学；结业参加四级技能评价。',
      status: 'open',
    },
    cohort: { workers: 0 },
  },
  {
    // Three years on, its permits are due for review (复审) within weeks; one was revoked.
    site: 'demo-cj-1',
    body: {
      title: '低压电工特种作业培训班（三年前结业）',
      trade: { name: '电工', code: '6-31-01-03' },
      level: 5,
      certificates: [
        { type: 'skill_level', name: '电工职业技能等级证书（五级）', issuer: '昌吉市技能实训基地（评价机构）' },
        { type: 'special_operation', name: '低压电工特种作业操作证', issuer: '昌吉州应急管理局' },
      ],
      providerId: 'changji-skills',
      providerName: '昌吉市技能实训基地',
      providerRegistrationNo: '6523012022007',
      areaCode: '652301',
      sessions: schedule(-1100, 10, [['09:00', '17:00', 'practice']]),
      capacity: 20,
      feeFen: 280_000,
      subsidyFen: 280_000,
      eligibility: ['any'],
      deadlineDay: 1,
      tracks: ['growth'],
      status: 'open',
    },
    cohort: {
      workers: 6,
      certified: 6,
      then: 'finished',
      issuedDay: -1065,
      revoked: { index: 5, type: 'special_operation', reason: '复审时发现培训签到记录不实，发证机关已注销' },
      withDemoWorker: true,
    },
  },
];

/** Names of the demo trainees: riders, couriers and villagers from the reports' places. */
export const demoTraineeNames = [
  '阿不都热合曼·买买提',
  '王建军',
  '古丽米拉·艾力',
  '李志强',
  '马晓东',
  '艾尔肯·吐尔逊',
  '张红梅',
  '刘海涛',
  '买买提江·依明',
  '陈国庆',
  '赵永刚',
  '热依拉·阿不都',
  '杨立新',
  '周文斌',
  '努尔买买提',
  '黄春燕',
  '吴建平',
  '孙海军',
  '帕尔哈提·艾买提',
  '郭振华',
  '何晓军',
  '罗志勇',
  '韩明亮',
  '迪丽努尔',
  '唐建国',
  '冯小龙',
  '董卫东',
  '萧红',
  '程立平',
  '曹永福',
  '袁海燕',
  '邓志刚',
];
