/**
 * The Chinese name of every field a request may carry, for validation messages ("真实姓名不能为空"). A key
 * written "parent.key" names the field inside that parent and wins over the bare key: a certificate's `name` is
 * 证书名称, a point's is 名称.
 */
export const fieldLabels: Readonly<Record<string, string>> = {
  // accounts and sign-in
  username: '用户名',
  password: '密码',
  displayName: '名称',
  role: '角色',
  providerId: '机构编号',
  disabled: '停用状态',
  code: '登录凭证',
  nickname: '昵称',
  refreshToken: '刷新令牌',

  // paging, search and path parameters
  id: '编号',
  page: '页码',
  pageSize: '每页条数',
  q: '搜索词',
  sort: '排序方式',

  // service points
  areaCode: '行政区划代码',
  location: '位置',
  lng: '经度',
  lat: '纬度',
  crs: '坐标系',
  kind: '类型',
  kinds: '类型',
  name: '名称',
  address: '地址',
  amenities: '设施',
  access: '开放对象',
  hours: '营业时间',
  timezone: '时区',
  alwaysOpen: '全天开放',
  weekly: '每周营业时间',
  days: '星期',
  ranges: '营业时段',
  open: '开门时间',
  close: '关门时间',
  exceptions: '特殊日期',
  date: '日期',
  closed: '闭馆',
  note: '说明',
  contact: '联系电话',
  photos: '照片',
  photo: '照片',
  description: '简介',
  status: '状态',
  externalId: '外部编号',
  verified: '核实',
  near: '附近位置',
  radius: '半径',
  limit: '数量',
  bbox: '地图范围',
  zoom: '缩放级别',
  openNow: '营业中',
  staleDays: '未核实天数',
  reason: '原因',
  reply: '回复',

  // classes
  title: '课程名称',
  trade: '工种',
  'trade.name': '工种名称',
  'trade.code': '职业编码',
  level: '等级',
  certificates: '证书',
  'certificates.type': '证书类型',
  'certificates.name': '证书名称',
  issuer: '发证部门',
  providerName: '机构名称',
  providerRegistrationNo: '办学许可证号',
  sites: '上课地点',
  'sites.name': '地点名称',
  'sites.address': '上课地址',
  pointId: '关联服务点',
  sessions: '课程安排',
  'sessions.date': '上课日期',
  'sessions.kind': '上课方式',
  start: '开始时间',
  end: '结束时间',
  capacity: '名额',
  feeFen: '学费',
  subsidyFen: '补贴',
  eligibility: '补贴对象',
  enrollDeadline: '报名截止时间',
  tracks: '培训类别',
  employer: '用人单位',
  dualCertificate: '一培双证',
  free: '免费',
  startingSoon: '即将开课',
  managed: '我管理的课程',

  // enrollment, attendance and results
  realName: '真实姓名',
  phone: '手机号',
  idNumber: '身份证号',
  group: '身份类别',
  consent: '个人信息使用同意',
  at: '签到时间',
  clientId: '签到编号',
  action: '操作',
  certificateType: '证书类型',
  passed: '考核结果',
  score: '成绩',
  no: '证书编号',
  issuedAt: '发证日期',
  startedAt: '上岗日期',
  override: '低于出勤要求结业',
  'override.reason': '低于出勤要求结业的理由',

  // training figures and spreadsheets
  groupBy: '分组方式',
  from: '开始日期',
  to: '结束日期',
  format: '导出格式',
  mode: '导入方式',
  acceptValid: '只导入有效行',
  file: '文件',

  // the wish board
  category: '类别',
  text: '心愿内容',
  visibility: '公开范围',
  duplicateOf: '重复的心愿',
  hidden: '已隐藏',

  // the audit trail
  entity: '记录类型',
  entityId: '记录编号',
  actorId: '操作人编号',
  actor: '操作人',

  // employers, jobs and applications
  employerName: '单位名称',
  creditCode: '统一社会信用代码',
  jobTitle: '招聘岗位',
  requirements: '所需证书',
  'requirements.type': '所需证书类型',
  'requirements.level': '所需证书等级',
  site: '工作地点',
  'site.name': '工作地点名称',
  'site.address': '工作地址',
  payFen: '月薪',
  'payFen.min': '最低月薪',
  'payFen.max': '最高月薪',
  shifts: '班次',
  headcount: '招聘人数',
  deadline: '截止日期',
  orderCourseId: '订单班',
  radiusKm: '范围',
  minPayFen: '最低月薪',
  qualified: '只看符合条件的岗位',
  interviewAt: '面试时间',
  place: '面试地点',
  startDate: '入职日期',
  state: '状态',

  // notifications
  ids: '消息编号',
  all: '全部',
  templateIds: '订阅消息模板',

  // learning interest and class alerts
  trades: '想学的工种',
  freeTimes: '空闲时间',
};

// Plain lookups, not `Object.hasOwn` or `Array.at`: older WeChat runtimes lack them.
const labelOf = (key: string) => (Object.prototype.hasOwnProperty.call(fieldLabels, key) ? fieldLabels[key] : undefined);

/** The label for a field path (list positions skipped): "parent.key" first, then "key"; undefined when the table has neither. */
export function findFieldLabel(path: readonly PropertyKey[]): string | undefined {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const key = keys[keys.length - 1];
  if (key === undefined) return undefined;
  const parent = keys[keys.length - 2];
  return (parent !== undefined ? labelOf(`${parent}.${key}`) : undefined) ?? labelOf(key);
}

/** The label for a field path, with a neutral word when the path is the whole request or the table lacks it. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return findFieldLabel(path) ?? (path.length ? '此项' : '请求内容');
}

/**
 * A schema's own message that begins with the field's label, for rules a plain message cannot word:
 * `.regex(re, labelled('须为 HH:MM 格式，如 09:00'))` on "sessions.0.end" reads "结束时间须为 HH:MM 格式，如 09:00",
 * and an empty one "结束时间不能为空".
 */
export const labelled = (rest: string) => ({
  error: (issue: { path?: PropertyKey[]; input?: unknown }) => `${fieldLabel(issue.path ?? [])}${issue.input === '' ? '不能为空' : rest}`,
});
