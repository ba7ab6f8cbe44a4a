import type { EnrollmentStatus, ReviewBody, SessionUser } from '@yilu/shared';
import { audit } from '../audit/audit.js';
import type { Models } from '../db/connection.js';
import { conflict } from '../http/problem.js';
import { issueCertificate } from './certificates.js';
import { findManagedEnrollment, type EnrollmentDoc } from './enrollment-access.js';
import type { createSeats } from './seats.js';

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
  job: { from: ['certified'] },
};

/** What an action writes besides the state: the reason, the exam result, the certificate, the job. */
async function recordDetails(models: Models, e: EnrollmentDoc, body: ReviewBody) {
  switch (body.action) {
    case 'reject':
      e.rejectReason = body.reason;
      break;
    case 'result': {
      const rest = e.results.filter((r) => r.certificateType !== body.certificateType);
      e.set('results', [...rest.map((r) => ({ certificateType: r.certificateType, passed: r.passed, score: r.score })), { certificateType: body.certificateType, passed: body.passed, score: body.score }]);
      break;
    }
    case 'certify':
      if (await issueCertificate(models, e, body)) e.status = 'certified';
      break;
    case 'job':
      e.set('job', { employer: body.employer, startedAt: body.startedAt });
      break;
  }
}

/** Moves an enrollment on by one review action (see `reviewTransitions`), audited. */
export function createReview(models: Models, seats: ReturnType<typeof createSeats>) {
  return async function applyReview(id: string, body: ReviewBody, user: SessionUser): Promise<EnrollmentDoc> {
    const e = await findManagedEnrollment(models, id, user);
    const step = reviewTransitions[body.action];
    if (!step.from.includes(e.status as EnrollmentStatus)) throw conflict(`当前状态（${e.status}）不能执行此操作`);
    // The trail keeps the state and the exam results around the action, and what the action recorded.
    const snapshot = () => ({
      status: e.status,
      results: e.results.map(({ certificateType, passed, score }) => ({ certificateType, passed, score })),
    });
    const before = snapshot();
    await recordDetails(models, e, body);
    if (step.to) e.status = step.to;
    if (step.ends) e.set('activeKey', undefined);
    if (step.freesSeat) await seats.release(e);
    await e.save();
    // A result is in the results already; a certificate, a reason or a job is not.
    const { action, ...recorded } = body;
    const details = action === 'result' ? {} : recorded;
    await audit(models, user, { action, entity: 'enrollment', entityId: id, before, after: { ...snapshot(), ...details } });
    return e;
  };
}
