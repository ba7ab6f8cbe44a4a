import { isValidObjectId, Types } from 'mongoose';
import { eligibilityGroupLabels, enrollBlock, fieldLabel, type EnrollBody, type SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { conflict, forbidden, HttpProblem, notFound, toProblem } from '../http/problem.js';
import { createIdNumberCipher, maskIdNumber } from '../personal-data/id-number.js';
import { findOwnEnrollment, refused, type EnrollmentDoc } from './enrollment-access.js';
import type { createSeats } from './seats.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

type Seats = ReturnType<typeof createSeats>;

/** Refuses a class that takes nobody now, and a worker its subsidised places are not for. */
function assertCanJoin(course: { status: string; enrollDeadline: Date; eligibility: string[] }, group: string) {
  const block = enrollBlock(course);
  if (block === 'deadline-passed') throw refused(409, 'deadline-passed', '报名已截止');
  if (block) throw refused(409, 'not-open', '该课程当前不接受报名');
  if (!course.eligibility.includes('any') && !course.eligibility.includes(group)) {
    const allowed = course.eligibility.map((g) => eligibilityGroupLabels[g as keyof typeof eligibilityGroupLabels]).join('、');
    throw refused(403, 'not-eligible', `本课程的补贴名额仅面向：${allowed}`, 'body.group');
  }
}

/** What a worker enrolling again with the same details is told, beside the enrollment already there. */
export const ALREADY_ENROLLED = '您已报名该课程';

type Cipher = ReturnType<typeof createIdNumberCipher>;
const details = ['realName', 'phone', 'idNumber', 'group'] as const;

/**
 * Enrolling again: the same details (a retry, a double tap, a second phone) answer the enrollment already there.
 * Other details are refused, naming them: what the class reviewed stays as it was, and is corrected by its staff.
 */
function again(existing: EnrollmentDoc, body: EnrollBody, cipher: Cipher): { created: false; enrollment: EnrollmentDoc } {
  const idNumber = existing.idNumberEnc ? cipher.decrypt(existing.idNumberEnc) : undefined;
  const stored = { realName: existing.realName, phone: existing.phone, idNumber, group: existing.group };
  const changed = details.filter((key) => stored[key] !== body[key]);
  if (changed.length) {
    const errors = changed.map((key) => ({ field: `body.${key}`, message: `${fieldLabel([key])}与报名时填写的不同` }));
    throw new HttpProblem(409, 'already-enrolled', `${ALREADY_ENROLLED}，报名信息不能在这里修改；如需更正，请联系培训机构`, errors);
  }
  return { created: false, enrollment: existing };
}

/**
 * Enrolls a worker: a seat first (never more people than seats), then the enrollment under its active key, so a
 * retry or a double tap answers with the enrollment already there (`created: false`, see `again`).
 */
export async function enroll(
  ctx: AppContext,
  seats: Seats,
  courseId: string,
  body: EnrollBody,
  user: SessionUser,
): Promise<{ created: boolean; enrollment: EnrollmentDoc }> {
  if (user.role !== 'worker') throw forbidden('只有骑手/劳动者账号可以报名');
  const { Course, Enrollment } = ctx.models;
  const course = isValidObjectId(courseId) ? await Course.findById(courseId) : null;
  if (!course || course.status === 'draft') throw notFound('课程不存在');
  const activeKey = `${course._id}:${user.id}`;
  const cipher = createIdNumberCipher(ctx.config.idEncryptionKey);
  const existing = await Enrollment.findOne({ activeKey });
  if (existing) return again(existing, body, cipher);
  assertCanJoin(course, body.group);

  const enrollmentId = new Types.ObjectId();
  const seatNo = await seats.claim(course._id, course.capacity, enrollmentId);
  if (seatNo === null) throw refused(409, 'full', '名额已满，可关注其他班次');
  try {
    const created = await Enrollment.create({
      _id: enrollmentId,
      courseId: course._id,
      workerId: user.id,
      activeKey,
      seatNo,
      realName: body.realName,
      phone: body.phone,
      idNumberEnc: cipher.encrypt(body.idNumber),
      idNumberMasked: maskIdNumber(body.idNumber),
      group: body.group,
      consentAt: new Date(),
      providerId: course.providerId,
      areaCode: course.areaCode,
    });
    return { created: true, enrollment: created };
  } catch (error) {
    // With the database away the release would only wait and fail as well; seats.ts frees the orphaned claim later.
    if (toProblem(error).status === 503) throw error;
    await seats.release({ _id: enrollmentId, courseId: course._id });
    if (!isDuplicateKey(error)) throw error;
    // A double tap: the other request enrolled first; answer with that enrollment.
    const winner = await Enrollment.findOne({ activeKey });
    if (!winner) throw error;
    return again(winner, body, cipher);
  }
}

/** The worker leaves a class before it ends; the seat goes back. */
export async function withdraw(ctx: AppContext, seats: Seats, id: string, user: SessionUser): Promise<EnrollmentDoc> {
  const e = await findOwnEnrollment(ctx.models, id, user);
  if (!['applied', 'approved', 'attending'].includes(e.status)) throw conflict('当前状态不能退出');
  e.status = 'withdrawn';
  e.set('activeKey', undefined);
  await e.save();
  await seats.release(e);
  return e;
}
