import { trusted } from 'mongoose';
import { addDays, beijingDate, BEIJING_TIMEZONE, certificateTerm, daysBetween, DUE_SOON_DAYS, localTime, parseHhmm } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { notify } from './notify.js';

type Ctx = Pick<AppContext, 'models' | 'config' | 'logger'>;

/** A check-in reminder goes out once a session starts within this many minutes. */
const CHECK_IN_LEAD_MIN = 30;
/** The enrollments that still expect to come to class. */
const EXPECTED = ['approved', 'attending'] as const;

/** WeChat's `thing` fields hold at most 20 characters. */
export const thing = (text: string) => (text.length > 20 ? `${text.slice(0, 19)}…` : text);

/** The classes with a session on `date`, with the workers expected there. */
async function classesOn(ctx: Ctx, date: string) {
  const courses = await ctx.models.Course.find({ status: trusted({ $in: ['open', 'running'] }), 'sessions.date': date }).lean();
  const out = [];
  for (const course of courses) {
    const enrollments = await ctx.models.Enrollment.find({ courseId: course._id, status: trusted({ $in: [...EXPECTED] }) })
      .select({ workerId: 1 })
      .lean();
    out.push({ course, workers: enrollments.map((e) => e.workerId) });
  }
  return out;
}

/** 明日上课: every worker expected at a class that meets tomorrow (Beijing), once per class and date. */
async function classTomorrow(ctx: Ctx, now: Date) {
  const date = addDays(beijingDate(now), 1);
  for (const { course, workers } of await classesOn(ctx, date)) {
    const session = course.sessions.find((s) => s.date === date)!;
    const site = course.sites[0]?.name ?? '';
    for (const workerId of workers) {
      await notify(ctx, {
        kind: 'class-tomorrow',
        workerId,
        occurrence: `${course._id.toString()}:${date}`,
        title: `明天上课：${course.title}`,
        body: `${date} ${session.start}–${session.end}${site ? `，${site}` : ''}`,
        link: `/pages/course/index?id=${course._id.toString()}`,
        data: { thing1: thing(course.title), time2: `${date} ${session.start}`, thing3: thing(site || '见课程详情') },
      });
    }
  }
}

/** 签到开始: every worker expected at a session that starts within the lead, once per session. */
async function checkInOpen(ctx: Ctx, now: Date) {
  const { date, minute } = localTime(now, BEIJING_TIMEZONE);
  for (const { course, workers } of await classesOn(ctx, date)) {
    for (const session of course.sessions.filter((s) => s.date === date && s.start)) {
      const until = parseHhmm(session.start!) - minute;
      if (until < 0 || until > CHECK_IN_LEAD_MIN) continue;
      for (const workerId of workers) {
        await notify(ctx, {
          kind: 'check-in-open',
          workerId,
          occurrence: `${course._id.toString()}:${date}T${session.start}`,
          title: `可以签到了：${course.title}`,
          body: `${session.start} 开始上课，到场后请签到`,
          link: `/pages/course/index?id=${course._id.toString()}`,
          data: { thing1: thing(course.title), time2: `${date} ${session.start}` },
        });
      }
    }
  }
}

/** 复审: a permit whose review is due within DUE_SOON_DAYS, once per certificate and due date. */
async function reviewDue(ctx: Ctx, now: Date) {
  const today = beijingDate(now);
  for (const c of await ctx.models.Certificate.find({ type: 'special_operation', revokedAt: null }).lean()) {
    const { reviewDue: due } = certificateTerm(c.type ?? '', c.issuedAt ?? '');
    if (!due || daysBetween(today, due) < 0 || daysBetween(today, due) > DUE_SOON_DAYS) continue;
    await notify(ctx, {
      kind: 'review-due',
      workerId: c.workerId,
      occurrence: `${c._id}:${due}`,
      title: `证书复审将到期：${c.name ?? ''}`,
      body: `证书 ${c._id} 须在 ${due} 前复审`,
      link: '/pages/me/index',
      data: { thing1: thing(c.name ?? '特种作业操作证'), character_string2: String(c._id), date3: due },
    });
  }
}

/** One run of every time-based reminder, then the pushes due for another try. */
export async function runReminders(ctx: Ctx, now = new Date()): Promise<void> {
  await classTomorrow(ctx, now);
  await checkInOpen(ctx, now);
  await reviewDue(ctx, now);
}
