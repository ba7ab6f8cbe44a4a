import { isValidObjectId } from 'mongoose';
import type { EnrollBody, ReviewBody, SessionUser } from '@yilu/shared';
import { audit } from '../audit/audit.js';
import { canManage } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/problem.js';
import { interviewCertified } from '../jobs/order-class.js';
import { notifyReview } from '../notifications/events.js';
import { createIdNumberCipher } from '../personal-data/id-number.js';
import { revokeCertificate, verifyCertificate, walletOf } from './certificates.js';
import { checkIn, correctCheckIn, type CheckInBody } from './check-in.js';
import { enroll, withdraw } from './enroll.js';
import { findManagedEnrollment } from './enrollment-access.js';
import { enrollmentView, enrollmentViews } from './enrollment-views.js';
import { createReview } from './review-transitions.js';
import { createSeats } from './seats.js';

/**
 * Enrollments, from joining a class to certificates and a job. The rules live in their own modules: seats
 * (seats.ts), joining (enroll.ts), review (review-transitions.ts), check-in (check-in.ts), certificates
 * (certificates.ts) and the answers (enrollment-views.ts).
 */
export function createEnrollmentsService(ctx: AppContext) {
  const { models } = ctx;
  const seats = createSeats(ctx);
  const review = createReview(models, seats, { minAttendanceShare: ctx.config.minAttendanceShare });
  const applyReview: typeof review = async (id, body, user) => {
    const e = await review(id, body, user);
    await notifyReview(ctx, e, body);
    if (body.action === 'certify' && e.status === 'certified') await interviewCertified(ctx, e);
    return e;
  };
  const cipher = createIdNumberCipher(ctx.config.idEncryptionKey);
  const view = (e: Parameters<typeof enrollmentView>[1]) => enrollmentView(models, e);

  return {
    async enroll(courseId: string, body: EnrollBody, user: SessionUser) {
      const { created, enrollment } = await enroll(ctx, seats, courseId, body, user);
      return { created, enrollment: await view(enrollment) };
    },

    withdraw: async (id: string, user: SessionUser) => view(await withdraw(ctx, seats, id, user)),

    async mine(user: SessionUser) {
      return enrollmentViews(models, await models.Enrollment.find({ workerId: user.id }).sort({ createdAt: -1 }));
    },

    async forCourse(courseId: string, user: SessionUser) {
      const course = isValidObjectId(courseId) ? await models.Course.findById(courseId).lean() : null;
      if (!course || !canManage(user, course)) throw notFound('课程不存在');
      return enrollmentViews(models, await models.Enrollment.find({ courseId }).sort({ createdAt: 1 }));
    },

    /** The one audited place that shows a whole ID number. */
    async idNumber(id: string, user: SessionUser) {
      const e = await findManagedEnrollment(models, id, user);
      await audit(models, user, { action: 'view_id_number', entity: 'enrollment', entityId: id });
      return { idNumber: cipher.decrypt(e.idNumberEnc!) };
    },

    checkIn: async (id: string, body: CheckInBody, user: SessionUser) => view(await checkIn(ctx, id, body, user)),

    correctCheckIn: async (id: string, body: { at: string; reason: string }, user: SessionUser) =>
      view(await correctCheckIn(ctx, id, body, user)),

    review: async (id: string, body: ReviewBody, user: SessionUser) => view(await applyReview(id, body, user)),

    /** The review without the answer, for bulk work (the results import, the demo seed) that does not show it. */
    applyReview,

    verify: (no: string) => verifyCertificate(models, no),

    revoke: (no: string, reason: string, user: SessionUser) => revokeCertificate(models, no, reason, user),

    wallet: (user: SessionUser) => walletOf(models, user),
  };
}
