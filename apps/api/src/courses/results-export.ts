import { trusted } from 'mongoose';
import type { EnrollmentStatus, SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { createCoursesService } from './courses.service.js';
import { RESULT_STATES, writeResultsSheet } from './results-sheet.js';

/** The results sheet of a class: every enrollment that can take results, in seat order, with what is recorded (not revoked certificates). */
export async function exportResults(ctx: AppContext, courseId: string, user: SessionUser): Promise<{ title: string; file: Buffer }> {
  const { Enrollment, Certificate } = ctx.models;
  const course = await createCoursesService(ctx).findManaged(courseId, user);
  const enrollments = await Enrollment.find({ courseId: course._id, status: trusted({ $in: RESULT_STATES }) })
    .sort({ seatNo: 1 })
    .lean();
  const issued = await Certificate.find({ enrollmentId: trusted({ $in: enrollments.map((e) => e._id) }), revokedAt: null }).lean();
  const file = await writeResultsSheet(
    course.certificates.map((c) => ({ type: c.type!, name: c.name! })),
    enrollments.map((e) => ({
      id: e._id.toString(),
      seatNo: e.seatNo,
      realName: e.realName,
      idNumberMasked: e.idNumberMasked,
      status: e.status as EnrollmentStatus,
      results: e.results,
      certificates: issued
        .filter((c) => c.enrollmentId.toString() === e._id.toString())
        .map((c) => ({ type: c.type!, no: String(c._id), issuedAt: c.issuedAt ?? '' })),
    })),
  );
  return { title: course.title, file };
}
