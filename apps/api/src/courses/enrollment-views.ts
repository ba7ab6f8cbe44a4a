import { trusted } from 'mongoose';
import { attendedSessions, beijingDate, nextSession } from '@yilu/shared';
import type { Enrollment } from '@yilu/contract';
import type { Models } from '../db/connection.js';
import { maskPhone } from '../personal-data/id-number.js';
import { toCertificate } from './certificates.js';
import type { EnrollmentDoc } from './enrollment-access.js';

type CourseOfView = { title: string; sessions: { date?: string | null; start?: string | null; end?: string | null }[] };

/** One enrollment as the apps see it, with its class's title, attendance and next session, and its certificates. */
function toEnrollmentView(
  e: EnrollmentDoc,
  course: CourseOfView | undefined,
  certificates: Parameters<typeof toCertificate>[0][],
  now: Date,
): Enrollment {
  const sessions = course?.sessions ?? [];
  const today = beijingDate(now);
  const next = nextSession(sessions, now);
  return {
    id: e._id.toString(),
    courseId: e.courseId.toString(),
    courseTitle: course?.title ?? '',
    sessionCount: sessions.length,
    attendedSessions: attendedSessions(e.checkIns),
    ...(next ? { nextSession: { date: next.date!, start: next.start!, end: next.end! } } : {}),
    status: e.status,
    ...(e.seatNo ? { seatNo: e.seatNo } : {}),
    realName: e.realName ?? '',
    phone: maskPhone(e.phone ?? ''),
    idNumber: e.idNumberMasked ?? '',
    group: e.group ?? '',
    ...(e.rejectReason ? { rejectReason: e.rejectReason } : {}),
    checkIns: e.checkIns.map((c) => ({
      at: c.at!.toISOString(),
      sessionIndex: c.sessionIndex ?? 0,
      source: c.source ?? 'live',
      ...(c.reason ? { reason: c.reason } : {}),
    })),
    results: e.results.map((r) => ({
      certificateType: r.certificateType ?? 'skill_level',
      passed: Boolean(r.passed),
      ...(r.score === undefined || r.score === null ? {} : { score: r.score }),
    })),
    certificates: certificates.map((c) => toCertificate(c, today)),
    ...(e.job?.employer ? { job: { employer: e.job.employer, ...(e.job.startedAt ? { startedAt: e.job.startedAt } : {}) } } : {}),
    ...(e.completionOverride?.reason
      ? { completionOverride: { reason: e.completionOverride.reason, at: e.completionOverride.at!.toISOString() } }
      : {}),
    createdAt: (e as unknown as { createdAt: Date }).createdAt.toISOString(),
  };
}

/**
 * Enrollments as the apps see them. Their classes and certificates are read in one query each, not one per
 * enrollment: FerretDB scans a whole collection for every query.
 */
export async function enrollmentViews(models: Models, list: EnrollmentDoc[]): Promise<Enrollment[]> {
  const courses = new Map(
    (await models.Course.find({ _id: trusted({ $in: [...new Set(list.map((e) => e.courseId.toString()))] }) }).lean()).map((c) => [
      c._id.toString(),
      c,
    ]),
  );
  const certificates = list.length ? await models.Certificate.find({ enrollmentId: trusted({ $in: list.map((e) => e._id) }) }).lean() : [];
  const now = new Date();
  return list.map((e) =>
    toEnrollmentView(
      e,
      courses.get(e.courseId.toString()),
      certificates.filter((c) => c.enrollmentId.toString() === e._id.toString()),
      now,
    ),
  );
}

export const enrollmentView = async (models: Models, e: EnrollmentDoc) => (await enrollmentViews(models, [e]))[0]!;
