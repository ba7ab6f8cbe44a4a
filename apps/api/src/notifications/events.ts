import { beijingDate, wishEventLabels, wishStatusLabels, type ReviewBody, type WishStatus } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import type { AppContext } from '../context.js';
import type { Models } from '../db/connection.js';
import { subscribeToWishChanges, type WishChange } from '../wishes/wish-changes.js';
import type { WishFields } from '../wishes/wish.model.js';
import { notify, type NotifyInput } from './notify.js';
import { thing } from './reminders.js';

type Ctx = Pick<AppContext, 'models' | 'config' | 'logger'>;
type EnrollmentDoc = InstanceType<Models['Enrollment']>;
type CourseDoc = InstanceType<Models['Course']>;

/** Tells without ever failing the step that caused it: a problem with a message is logged, the step stands. */
async function tell(ctx: Ctx, inputs: NotifyInput[]) {
  for (const input of inputs) {
    try {
      await notify(ctx, input);
    } catch (error) {
      ctx.logger.warn({ err: error, kind: input.kind }, 'a notification could not be made');
    }
  }
}

const courseLink = (courseId: { toString(): string }) => `/pages/course/index?id=${courseId.toString()}`;

/** The message a review action means for the worker, if any. */
function reviewMessage(e: EnrollmentDoc, title: string, body: ReviewBody): Omit<NotifyInput, 'workerId'> | undefined {
  const id = e._id.toString();
  const link = courseLink(e.courseId);
  const subject = thing(title);
  switch (body.action) {
    case 'approve':
      return {
        kind: 'enrollment-approved',
        occurrence: id,
        title: `报名已通过：${title}`,
        body: '请按时上课',
        link,
        data: { thing1: subject, phrase2: '已通过' },
      };
    case 'reject':
      return {
        kind: 'enrollment-rejected',
        occurrence: id,
        title: `报名未通过：${title}`,
        body: `原因：${body.reason}`,
        link,
        data: { thing1: subject, phrase2: '未通过', thing3: thing(body.reason) },
      };
    case 'result': {
      const outcome = body.passed ? '合格' : '不合格';
      const score = body.score === undefined ? '' : `，${body.score} 分`;
      return {
        kind: 'result-recorded',
        occurrence: `${id}:${body.certificateType}:${outcome}:${body.score ?? ''}`,
        title: `考核结果：${title}`,
        body: `考核${outcome}${score}`,
        link,
        data: { thing1: subject, phrase2: outcome },
      };
    }
    case 'certify':
      return {
        kind: 'certificate-issued',
        occurrence: `${id}:${body.no}`,
        title: `证书已发放：${title}`,
        body: `证书编号 ${body.no}，可在证书夹查看`,
        link: '/pages/me/index',
        data: { thing1: subject, character_string2: body.no },
      };
    default:
      return undefined;
  }
}

/** After a review action is saved: approved, rejected with the reason, a result, a certificate. */
export async function notifyReview(ctx: Ctx, e: EnrollmentDoc, body: ReviewBody): Promise<void> {
  const course = await ctx.models.Course.findById(e.courseId).select({ title: 1 }).lean();
  const message = reviewMessage(e, course?.title ?? '', body);
  if (message) await tell(ctx, [{ ...message, workerId: e.workerId }]);
}

const when = (c: { sessions: { date?: string | null; start?: string | null; end?: string | null }[]; sites: { name?: string | null }[] }) =>
  JSON.stringify([c.sessions.map((s) => [s.date, s.start, s.end]), c.sites.map((s) => s.name)]);

/** After a class is edited: everyone enrolled hears of a cancellation, or of new times or places. */
export async function notifyCourseChanged(
  ctx: Ctx,
  before: Pick<CourseDoc, 'status' | 'sessions' | 'sites'>,
  after: CourseDoc,
): Promise<void> {
  const cancelled = after.status === 'cancelled' && before.status !== 'cancelled';
  if (!cancelled && when(before) === when(after)) return;
  const active = ['applied', 'approved', 'attending'];
  const enrollments = await ctx.models.Enrollment.find({ courseId: after._id }).select({ workerId: 1, status: 1 }).lean();
  const subject = thing(after.title);
  const message = cancelled
    ? {
        kind: 'class-cancelled' as const,
        occurrence: after._id.toString(),
        title: `课程已取消：${after.title}`,
        body: '如有疑问请联系培训机构',
      }
    : {
        kind: 'class-changed' as const,
        occurrence: `${after._id.toString()}:${after.updatedAt.toISOString()}`,
        title: `课程有变更：${after.title}`,
        body: '上课时间或地点已调整，请查看课程详情',
      };
  const inputs = enrollments
    .filter((e) => active.includes(e.status))
    .map((e) => ({
      ...message,
      workerId: e.workerId,
      link: courseLink(after._id),
      data: { thing1: subject, thing2: thing(message.body) },
    }));
  await tell(ctx, inputs);
}

/**
 * After a class is published or edited while open: each worker who asked 有班通知我 for its trade in its district is
 * told, once per alert and class (the claim's occurrence), however often the class is saved.
 */
export async function notifyClassOpened(ctx: Ctx, course: CourseDoc): Promise<void> {
  const trade = course.trade?.name;
  if (course.status !== 'open' || !trade) return;
  const district = course.areaCode.slice(0, 6);
  const alerts = await ctx.models.ClassAlert.find({ trade, areaCode: district }).select({ workerId: 1 }).lean();
  const place = areaName(district);
  const body = `您关注的${trade}在${place}开班了，报名截止 ${beijingDate(course.enrollDeadline)}`;
  const inputs = alerts.map((a) => ({
    kind: 'class-opened' as const,
    workerId: a.workerId,
    occurrence: `${a._id.toString()}:${course._id.toString()}`,
    title: `有班了：${course.title}`,
    body,
    link: courseLink(course._id),
    data: { thing1: thing(course.title), thing2: thing(place) },
  }));
  await tell(ctx, inputs);
}

const reportOutcome = { resolved: '已处理', rejected: '未采纳' } as const;

/** After the staff handle a worker's report about a listing: its outcome and the reply. */
export async function notifyReportHandled(
  ctx: Ctx,
  report: { id: string; reporterId: { toString(): string }; pointName: string; status: 'resolved' | 'rejected'; reply: string },
): Promise<void> {
  const outcome = reportOutcome[report.status];
  await tell(ctx, [
    {
      kind: 'report-changed',
      workerId: report.reporterId.toString(),
      occurrence: `${report.id}:${report.status}`,
      title: `点位反馈${outcome}：${report.pointName}`,
      body: report.reply,
      link: '/pages/me/index',
      data: { thing1: thing(report.pointName), phrase2: outcome, thing3: thing(report.reply) },
    },
  ]);
}

/** A staff step on a worker's wish tells its author (their own steps, and hiding, tell nobody). */
async function wishChanged(ctx: AppContext, wish: WishFields, change: WishChange) {
  if (change.actor.id === wish.authorId.toString() || change.kind === 'submitted' || change.kind === 'hidden') return;
  const state = wishStatusLabels[wish.status as WishStatus];
  await tell(ctx, [
    {
      kind: 'wish-changed',
      workerId: wish.authorId,
      occurrence: `${wish._id.toString()}:${change.kind}:${change.at.toISOString()}`,
      title: `心愿${wishEventLabels[change.kind]}`,
      body: `${thing(wish.text)}：${state}`,
      link: '/pages/me/index',
      data: { thing1: thing(wish.text), phrase2: state.slice(0, 5) },
    },
  ]);
}

/** Listens to the features that tell workers about their things. */
export function listenForNotifications(ctx: AppContext): void {
  subscribeToWishChanges(ctx, wishChanged);
}

/** What each step of an application means for the worker. */
const applicationWords = {
  applied: { title: '订单班面试资格', phrase: '可面试', body: (place: string) => `您已取得证书，${place}将安排面试，请留意消息` },
  interview: { title: '邀请面试', phrase: '邀请面试', body: (place: string) => `面试地点：${place}` },
  offered: { title: '已录用', phrase: '已录用', body: () => '请等待单位确认入职日期' },
  hired: { title: '已确认入职', phrase: '已入职', body: (place: string) => `入职日期：${place}` },
  declined: { title: '求职未通过', phrase: '未通过', body: (reason: string) => reason },
} as const;

/**
 * An application moved on (or an order class's interview was granted): the worker is told once per application
 * and state. `detail` is the interview's time and place, the start date or the reason, as the step has it.
 */
export async function notifyApplicationChanged(
  ctx: Ctx,
  a: { id: string; workerId: { toString(): string }; state: string; jobTitle: string; employerName: string; detail: string },
): Promise<void> {
  const words = applicationWords[a.state as keyof typeof applicationWords];
  if (!words) return;
  await tell(ctx, [
    {
      kind: 'application-changed',
      workerId: a.workerId.toString(),
      occurrence: `${a.id}:${a.state}`,
      title: `${words.title}：${a.employerName} ${a.jobTitle}`,
      body: words.body(a.detail),
      link: '/jobs/applications/index',
      data: { thing1: thing(`${a.employerName} ${a.jobTitle}`), phrase2: words.phrase },
    },
  ]);
}
