import { applicationSteps, type ApplicationActionBody, type ApplicationState, type SessionUser } from '@yilu/shared';
import type { HydratedDocument } from 'mongoose';
import { forbidden, refused } from '../http/problem.js';
import type { JobApplicationFields } from './job.model.js';

type Action = ApplicationActionBody['action'];
export type ApplicationDoc = HydratedDocument<JobApplicationFields>;

/** The name the trail keeps an action under: "decline" and "withdraw" also name steps of wishes and enrollments. */
export const auditAction = (action: Action) => (action === 'decline' || action === 'withdraw' ? `${action}_application` : action);

/** Moves an application one step, writing what the step records; refuses a step out of order or by the wrong side. */
export function takeStep(a: ApplicationDoc, body: ApplicationActionBody, user: SessionUser): void {
  const step = applicationSteps[body.action];
  if ((step.by === 'worker') !== (user.role === 'worker'))
    throw forbidden(step.by === 'worker' ? '只有求职者本人可以撤回' : '此操作由招聘单位执行');
  const state = a.state as ApplicationState;
  if (!step.from.includes(state)) throw refused(409, 'application-state', '申请当前状态不能执行此操作', 'body.action');
  if (body.action === 'invite') a.set('interview', { at: new Date(body.interviewAt), place: body.place });
  if (body.action === 'hire') a.startDate = body.startDate;
  if (body.action === 'decline') a.reason = body.reason;
  a.state = step.to;
  a.history.push({ state: step.to, at: new Date() });
}
