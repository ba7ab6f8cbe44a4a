import { Types } from 'mongoose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, addYears, BEIJING_TIMEZONE, beijingDate, formatHhmm, localTime } from '@yilu/shared';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { runReminders } from '../reminders.js';

let world: Awaited<ReturnType<typeof startCoursesWorld>>;
let workerId: Types.ObjectId;

beforeAll(async () => {
  world = await startCoursesWorld(1);
  workerId = (await world.api.ctx.models.Account.findOne({ role: 'worker' }).lean())!._id;
});
afterAll(() => world.api.close());

it('tells once that check-in opens for a session starting within 30 minutes', async () => {
  const { api, tokens } = world;
  const now = localTime(new Date(), BEIJING_TIMEZONE);
  // Near midnight the session would fall on the next day; the reminder is then tomorrow's, not this one.
  if (now.minute > 23 * 60 + 30) return;
  const session = { date: now.date, start: formatHhmm(now.minute + 10), end: formatHhmm(now.minute + 20), kind: 'practice' };
  const courseId = await world.createCourse({ sessions: [session] });
  const e = await world.enroll(courseId, 0);
  await api.request('PATCH', `/api/v1/enrollments/${e.body.id}`, { token: tokens.school, body: { action: 'approve' } });
  await runReminders(api.ctx);
  await runReminders(api.ctx);
  const sent = await api.ctx.models.Notification.find({ kind: 'check-in-open' }).lean();
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toBe(`${session.start} 开始上课，到场后请签到`);
});

it('tells once that a permit’s 复审 is due within 60 days, and not for one due later', async () => {
  const { api } = world;
  const base = { enrollmentId: new Types.ObjectId(), workerId, type: 'special_operation' as const, name: '低压电工特种作业操作证' };
  await api.ctx.models.Certificate.create({ ...base, _id: 'T-DUE', issuedAt: addYears(addDays(beijingDate(), 30), -3) });
  await api.ctx.models.Certificate.create({ ...base, _id: 'T-LATER', issuedAt: addYears(addDays(beijingDate(), 90), -3) });
  await runReminders(api.ctx);
  await runReminders(api.ctx);
  const sent = await api.ctx.models.Notification.find({ kind: 'review-due' }).lean();
  expect(sent.map((n) => n.body)).toEqual([`证书 T-DUE 须在 ${addDays(beijingDate(), 30)} 前复审`]);
});
