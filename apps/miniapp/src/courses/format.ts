import { enrollBlock, sessionKindLabels, skillLevelLabels, type EnrollBlock } from '@yilu/shared';

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}`;

/** "免费（补贴 ¥2,800）", "¥1,000（补贴 ¥600，自付 ¥400）", "¥500". */
export function describeFee(feeFen: number, subsidyFen: number): string {
  if (feeFen === 0) return '免费';
  if (subsidyFen >= feeFen) return `免费（全额补贴 ${yuan(subsidyFen)}）`;
  if (subsidyFen > 0) return `${yuan(feeFen)}（补贴 ${yuan(subsidyFen)}，自付 ${yuan(feeFen - subsidyFen)}）`;
  return yuan(feeFen);
}

export const levelLabel = (level: number) => skillLevelLabels[level as keyof typeof skillLevelLabels] ?? `${level} 级`;

export const certificateTypeLabels: Record<string, string> = {
  skill_level: '职业技能等级证书',
  special_operation: '特种作业操作证',
  industry_permit: '行业上岗证',
};

export const groupLabels: Record<string, string> = {
  registered_unemployed: '登记失业人员',
  rural_migrant: '农村转移劳动力',
  new_employment: '新就业形态劳动者（骑手、快递员、网约车司机等）',
  any: '所有人',
};

export const enrollmentStatusLabels: Record<string, string> = {
  applied: '已报名，待审核',
  approved: '已通过审核，待上课',
  rejected: '未通过审核',
  attending: '上课中',
  completed: '已结业，待考核',
  certified: '已取证',
  failed: '考核未通过',
  withdrawn: '已退出',
};

/**
 * The worker's own enrollment in a class, in words, and whether the class page offers to enroll: not while the
 * enrollment holds the place (enrolling again would only answer it), again once it is over (withdrawn, rejected, failed).
 */
export function myEnrollmentState(mine: { status: string; active: boolean } | undefined): { label: string; offerEnroll: boolean } | null {
  return mine ? { label: enrollmentStatusLabels[mine.status] ?? '', offerEnroll: !mine.active } : null;
}

/** "12月1日起，共 10 次课". */
export function describeSchedule(sessions: { date: string }[]): string {
  if (!sessions.length) return '时间待定';
  const first = [...sessions].sort((a, b) => a.date.localeCompare(b.date))[0]!;
  const [, m, d] = first.date.split('-').map(Number);
  return `${m}月${d}日起，共 ${sessions.length} 次课`;
}

/** "12月1日 周二" for a YYYY-MM-DD day. */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${m}月${d}日 周${'日一二三四五六'[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]}`;
}

/** Sessions grouped by day, the way a timetable reads: "12月1日 周二：09:00–12:00 理论，14:00–18:00 实操". */
export function scheduleByDay(sessions: { date: string; start: string; end: string; kind: string }[]): { day: string; slots: string }[] {
  const days = new Map<string, string[]>();
  for (const s of [...sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))) {
    const kind = sessionKindLabels[s.kind as keyof typeof sessionKindLabels] ?? '';
    days.set(s.date, [...(days.get(s.date) ?? []), `${s.start}–${s.end}${kind ? ` ${kind}` : ''}`]);
  }
  return [...days].map(([date, slots]) => ({ day: dayLabel(date), slots: slots.join('，') }));
}

const blockerText: Record<EnrollBlock, string> = {
  running: '已开课，暂停报名',
  finished: '已结业',
  cancelled: '已取消',
  draft: '尚未发布',
  'deadline-passed': '报名已截止',
  full: '名额已满',
};

/** Why a class cannot be joined now, or null when it can (the shared rule the API enrolls by). */
export function enrollBlocker(course: { status: string; seatsLeft: number; enrollDeadline: string }, now = Date.now()): string | null {
  const block = enrollBlock(course, now);
  return block && blockerText[block];
}
