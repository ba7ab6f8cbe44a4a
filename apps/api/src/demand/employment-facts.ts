import { trusted } from 'mongoose';
import { daysBetween, type EmploymentFiguresQuery, type SessionUser } from '@yilu/shared';
import { areaScopeFilter } from '../auth/scope.js';
import type { AppContext } from '../context.js';

/** One certified person in a group (a class, a provider, an employer), whether hired and how many days after the certificate. */
export interface Outcome {
  group: string;
  label: string;
  /** The group whose total also covers this one (a class's provider). */
  parent?: string;
  workerId: string;
  hired: boolean;
  days?: number;
}

type Cert = { issuedAt?: string | null; revokedAt?: Date | null };
const earliestIssue = (certs: Cert[]) =>
  certs
    .filter((c) => c.issuedAt && !c.revokedAt)
    .map((c) => c.issuedAt!)
    .sort()[0];

/** Certified enrollments, hired when a job application recorded the job on them (typed notes do not count). */
async function trainingOutcomes(ctx: AppContext, user: SessionUser, by: 'class' | 'provider'): Promise<Outcome[]> {
  const { Enrollment, Course, Certificate } = ctx.models;
  const enrollments = await Enrollment.find({ ...areaScopeFilter(user), status: 'certified' })
    .select({ courseId: 1, workerId: 1, providerId: 1, job: 1 })
    .lean();
  const hired = enrollments.filter((e) => e.job?.applicationId);
  const [courses, certs] = await Promise.all([
    Course.find({ _id: trusted({ $in: [...new Set(enrollments.map((e) => e.courseId.toString()))] }) })
      .select({ title: 1, providerName: 1 })
      .lean(),
    Certificate.find({ enrollmentId: trusted({ $in: hired.map((e) => e._id) }) })
      .select({ enrollmentId: 1, issuedAt: 1, revokedAt: 1 })
      .lean(),
  ]);
  const courseOf = new Map(courses.map((c) => [c._id.toString(), c]));
  return enrollments.map((e) => {
    const course = courseOf.get(e.courseId.toString());
    const issued = earliestIssue(certs.filter((c) => c.enrollmentId.equals(e._id)));
    const started = e.job?.applicationId ? e.job.startedAt : undefined;
    const providerId = e.providerId ?? '';
    const group =
      by === 'class'
        ? { group: e.courseId.toString(), label: course?.title ?? '', parent: providerId }
        : { group: providerId, label: course?.providerName ?? providerId };
    return {
      ...group,
      workerId: e.workerId.toString(),
      hired: Boolean(started),
      days: issued && started ? daysBetween(issued, started) : undefined,
    };
  });
}

/** Applicants to an employer's jobs who shared a certificate, hired when the application reached its start date. */
async function employerOutcomes(ctx: AppContext, user: SessionUser): Promise<Outcome[]> {
  const applications = (
    await ctx.models.JobApplication.find(areaScopeFilter(user))
      .select({ workerId: 1, employerKey: 1, employerName: 1, certificates: 1, state: 1, startDate: 1 })
      .lean()
  ).filter((a) => a.certificates.length > 0);
  const nos = [...new Set(applications.flatMap((a) => a.certificates.map((c) => c.no ?? '')))];
  const certs = await ctx.models.Certificate.find({ _id: trusted({ $in: nos }) })
    .select({ issuedAt: 1, revokedAt: 1 })
    .lean();
  const certOf = new Map(certs.map((c) => [c._id, c]));
  return applications.map((a) => {
    const hired = a.state === 'hired' && Boolean(a.startDate);
    const issued = earliestIssue(a.certificates.flatMap((c) => certOf.get(c.no ?? '') ?? []));
    return {
      group: a.employerKey,
      label: a.employerName ?? a.employerKey,
      workerId: a.workerId.toString(),
      hired,
      days: hired && issued ? daysBetween(issued, a.startDate!) : undefined,
    };
  });
}

export const loadOutcomes = (ctx: AppContext, user: SessionUser, groupBy: EmploymentFiguresQuery['groupBy']) =>
  groupBy === 'employer' ? employerOutcomes(ctx, user) : trainingOutcomes(ctx, user, groupBy);
