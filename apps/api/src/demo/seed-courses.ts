import {
  addDays,
  beijingDateTime,
  firstSessionDate,
  idCheckCharacter,
  type EnrollBody,
  type ReviewBody,
  type SessionUser,
} from '@yilu/shared';
import type { AppContext } from '../context.js';
import { createAuthService } from '../auth/auth.service.js';
import { createCoursesService } from '../courses/courses.service.js';
import { createEnrollmentsService } from '../courses/enrollments.service.js';
import { DEMO_WORKER } from './demo-accounts.js';
import { demoCourses, demoDay, demoTraineeNames, type DemoCourse } from './demo-courses.js';

const groups = ['rural_migrant', 'new_employment', 'registered_unemployed'] as const;

type DemoStep = ReviewBody | 'withdraw' | 'attend';

/**
 * The trainee checked in, live at the site, to every session already held but the first `missed` of every fifth
 * (1, 6, 11, …): attendance a class completes with.
 */
async function attendHeldSessions(
  ctx: AppContext,
  enrollmentId: string,
  sessions: { date: string; start: string; end: string }[],
  missed: number,
) {
  const now = beijingDateTime();
  const e = (await ctx.models.Enrollment.findById(enrollmentId))!;
  let skipped = 0;
  for (const [i, s] of sessions.entries()) {
    if (`${s.date} ${s.end}` >= now) continue;
    if (i % 5 === 1 && skipped < missed) {
      skipped++;
      continue;
    }
    const at = new Date(new Date(`${s.date}T${s.start}:00+08:00`).getTime() + 3 * 60_000);
    e.checkIns.push({ clientId: `demo-${enrollmentId}-${i}`, at, sessionIndex: i, distanceM: 20 + (i % 7) * 11, source: 'live' });
  }
  if (e.checkIns.length) e.status = 'attending';
  await e.save();
}

/** A made-up but well-formed resident ID number for demo trainee `n` (Midong's area code). */
const demoIdNumber = (n: number) => {
  const first17 = `650109${1980 + (n % 20)}0${1 + (n % 9)}1${n % 10}${String(100 + n).slice(-3)}`;
  return first17 + idCheckCharacter(first17);
};

/**
 * Adds the demo classes once (recognised by the first one's title), with enrollments at every stage: a class
 * taking applications, a finished one with certificates and jobs (so the figures have something to show), one
 * under way, and one finished three years ago whose permits are due for review (one revoked). The demo worker
 * behind the h5 dev sign-in holds the certificates of two finished classes and is enrolled in a new class.
 */
export async function seedDemoCourses(ctx: AppContext, admin: SessionUser): Promise<number> {
  const { Course, Point } = ctx.models;
  if (await Course.exists({ title: demoCourses[0]!.body.title })) return 0;
  const courses = createCoursesService(ctx);
  const enrollments = createEnrollmentsService(ctx);
  const auth = createAuthService(ctx);
  let trainee = 0;

  async function worker(nickname: string): Promise<SessionUser> {
    return (await auth.devLogin(nickname)).user;
  }
  const demoWorker = await worker(DEMO_WORKER);

  async function publish({ site, body }: DemoCourse) {
    const point = (await Point.findOne({ externalId: site }).lean())!;
    const { deadlineDay, ...fields } = body;
    const location = point.location as { lng: number; lat: number };
    return courses.create(
      {
        ...fields,
        sites: [
          { name: point.name, address: point.address, location: { lng: location.lng, lat: location.lat }, pointId: point._id.toString() },
        ],
        enrollDeadline: `${demoDay(deadlineDay)}T23:59:00+08:00`,
        crs: 'wgs84',
      },
      admin,
    );
  }

  for (const [courseIndex, demo] of demoCourses.entries()) {
    const course = await publish(demo);
    const c = demo.cohort;
    const enrolled: string[] = [];
    for (let i = 0; i < c.workers; i++) {
      const isDemoWorker = i === 0 && Boolean(c.withDemoWorker);
      const name = isDemoWorker ? '王建军' : demoTraineeNames.filter((n) => n !== '王建军')[trainee++ % (demoTraineeNames.length - 1)]!;
      const user = isDemoWorker ? demoWorker : await worker(`demo-trainee-${trainee}`);
      const body: EnrollBody = {
        realName: name,
        phone: `1399901${String(isDemoWorker ? 0 : trainee).padStart(4, '0')}`,
        idNumber: demoIdNumber(isDemoWorker ? 0 : trainee),
        group: demo.body.eligibility.includes('any')
          ? groups[i % 3]!
          : (demo.body.eligibility[i % demo.body.eligibility.length] as EnrollBody['group']),
        consent: true,
      };
      const { enrollment } = await enrollments.enroll(course.id, body, user);
      enrolled.push(enrollment.id);
      for (const step of stepsFor(c, i, course.certificates, courseIndex)) {
        if (step === 'withdraw') await enrollments.withdraw(enrollment.id, user);
        else if (step === 'attend') await attendHeldSessions(ctx, enrollment.id, course.sessions, i % 3);
        else await enrollments.applyReview(enrollment.id, step, admin);
      }
    }
    if (c.revoked) await revokeDemoCertificate(ctx, enrolled[c.revoked.index]!, c.revoked, admin);
    // A finished class closed enrollment the day before it began.
    const closed = `${addDays(firstSessionDate(course.sessions), -1)}T23:59:00+08:00`;
    if (c.then === 'finished') await courses.update(course.id, { status: 'finished', enrollDeadline: closed, crs: 'wgs84' }, admin);
    if (c.then === 'running') await courses.update(course.id, { status: 'running', crs: 'wgs84' }, admin);
  }
  return demoCourses.length;
}

/** Revokes the certificate a cohort names, as staff who found out it should not have been issued. */
async function revokeDemoCertificate(
  ctx: AppContext,
  enrollmentId: string,
  revoked: NonNullable<DemoCourse['cohort']['revoked']>,
  admin: SessionUser,
) {
  const certificate = (await ctx.models.Certificate.findOne({ enrollmentId, type: revoked.type }).lean())!;
  await createEnrollmentsService(ctx).revoke(String(certificate._id), revoked.reason, admin);
}

/**
 * The steps that take enrollment `i` of a cohort to its stage: certified first, then failed, withdrawn; those who
 * stay attend the sessions already held.
 */
function stepsFor(c: DemoCourse['cohort'], i: number, certificates: { type: string }[], courseIndex: number): DemoStep[] {
  const certified = c.certified ?? 0;
  const failed = c.failed ?? 0;
  if (c.then === 'finished') {
    if (i >= certified + failed) return ['withdraw'];
    const steps: DemoStep[] = [{ action: 'approve' }, 'attend', { action: 'complete' }];
    const passed = i < certified;
    for (const cert of certificates) {
      steps.push({ action: 'result', certificateType: cert.type as never, passed, score: passed ? 72 + ((i * 7) % 25) : 52 });
    }
    if (!passed) return [...steps, { action: 'fail' }];
    for (const cert of certificates) {
      const prefix = cert.type === 'skill_level' ? 'S' : 'T';
      const no = `${prefix}65010920${courseIndex}${String(i + 1).padStart(4, '0')}`;
      steps.push({ action: 'certify', certificateType: cert.type as never, no, issuedAt: demoDay(c.issuedDay ?? -20) });
    }
    return steps;
  }
  return i < (c.approved ?? 0) ? [{ action: 'approve' }, 'attend'] : [];
}
