import { Types } from 'mongoose';
import {
  attendedSessions,
  enrollmentStatusLabels,
  meetsAttendance,
  type EnrollmentStatus,
  type ReviewBody,
  type SessionUser,
} from '@yilu/shared';
import { audit } from '../audit/audit.js';
import type { Models } from '../db/connection.js';
import { conflict } from '../http/problem.js';
import { issueCertificate } from './certificates.js';
import { completionRefusal } from './completion.js';
import { findManagedEnrollment, refused, type EnrollmentDoc } from './enrollment-access.js';
import type { createSeats } from './seats.js';

/** The rules a review applies that the deployment sets. */
export interface ReviewRules {
  minAttendanceShare: number;
}

type Action = ReviewBody['action'];

interface Transition {
  /** The states the action applies to. */
  from: readonly EnrollmentStatus[];
  /** The state it moves to; none when it records something and keeps the state. */
  to?: EnrollmentStatus;
  /** Ends the enrollment as the active one, so the worker may enroll in the class again. */
  ends?: boolean;
  /** Gives the seat back to the class. */
  freesSeat?: boolean;
}

/** What each review action may start from and where it leads. `certify` leads to certified once every certificate of the class is issued. */
const reviewTransitions: Record<Action, Transition> = {
  approve: { from: ['applied'], to: 'approved' },
  reject: { from: ['applied', 'approved'], to: 'rejected', ends: true, freesSeat: true },
  complete: { from: ['approved', 'attending'], to: 'completed' },
  result: { from: ['attending', 'completed', 'certified'] },
  certify: { from: ['completed', 'certified'] },
  fail: { from: ['attending', 'completed'], to: 'failed', ends: true },
};

type CompleteBody = Extract<ReviewBody, { action: 'complete' }>;

/**
 * Completes the class once its last session is over and the worker attended the share of its sessions; below the
 * share only with the staff's reason (kept on the enrollment and in the audit trail).
 */
function recordCompletion(e: EnrollmentDoc, course: CourseDoc, body: CompleteBody, user: SessionUser, rules: ReviewRules) {
  const attended = attendedSessions(e.checkIns);
  const below = !meetsAttendance(attended, course.sessions.length, rules.minAttendanceShare);
  const overridden = below && Boolean(body.override);
  const facts = { sessions: course.sessions, checkIns: e.checkIns, overridden };
  const refusal = completionRefusal(facts, rules.minAttendanceShare, '不能结业');
  if (refusal?.slug === 'attendance-below-share') {
    throw refused(409, refusal.slug, `${refusal.message}；如确需结业，请填写理由`, 'body.override');
  }
  if (refusal) throw refused(409, refusal.slug, refusal.message);
  if (overridden) e.set('completionOverride', { reason: body.override!.reason, by: new Types.ObjectId(user.id), at: new Date() });
  return { attendance: `${attended}/${course.sessions.length}`, minAttendanceShare: rules.minAttendanceShare, overridden };
}

/** What the trail keeps of an action besides the request: for a completion, the attendance it was judged on. */
type AuditDetails = Record<string, unknown>;

type CourseDoc = InstanceType<Models['Course']>;

/** What an action writes besides the state: the reason, the completion, the exam result, the certificate. */
async function recordDetails(
  models: Models,
  e: EnrollmentDoc,
  body: ReviewBody,
  user: SessionUser,
  rules: ReviewRules,
): Promise<AuditDetails> {
  const course = async () => (await models.Course.findById(e.courseId))!;
  switch (body.action) {
    case 'reject':
      e.rejectReason = body.reason;
      break;
    case 'complete':
      return recordCompletion(e, await course(), body, user, rules);
    case 'result': {
      const rest = e.results.filter((r) => r.certificateType !== body.certificateType);
      e.set('results', [
        ...rest.map((r) => ({ certificateType: r.certificateType, passed: r.passed, score: r.score })),
        { certificateType: body.certificateType, passed: body.passed, score: body.score },
      ]);
      break;
    }
    case 'certify':
      if (await issueCertificate(models, e, await course(), body, rules.minAttendanceShare)) e.status = 'certified';
      break;
  }
  return {};
}

/** Moves an enrollment on by one review action (see `reviewTransitions`), audited. */
export function createReview(models: Models, seats: ReturnType<typeof createSeats>, rules: ReviewRules) {
  return async function applyReview(id: string, body: ReviewBody, user: SessionUser): Promise<EnrollmentDoc> {
    const e = await findManagedEnrollment(models, id, user);
    const step = reviewTransitions[body.action];
    const status = e.status as EnrollmentStatus;
    if (!step.from.includes(status)) throw conflict(`当前状态（${enrollmentStatusLabels[status]}）不能执行此操作`);
    // The trail keeps the state and the exam results around the action, and what the action recorded.
    const snapshot = () => ({
      status: e.status,
      results: e.results.map(({ certificateType, passed, score }) => ({ certificateType, passed, score })),
    });
    const before = snapshot();
    const judged = await recordDetails(models, e, body, user, rules);
    if (step.to) e.status = step.to;
    if (step.ends) e.set('activeKey', undefined);
    if (step.freesSeat) await seats.release(e);
    await e.save();
    // A result is in the results already; a certificate or a reason is not.
    const { action, ...recorded } = body;
    const details = action === 'result' ? {} : recorded;
    await audit(models, user, { action, entity: 'enrollment', entityId: id, before, after: { ...snapshot(), ...details, ...judged } });
    return e;
  };
}
