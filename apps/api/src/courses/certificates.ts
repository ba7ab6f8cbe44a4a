import { beijingDate, certificateStatus, certificateTerm, type ReviewBody, type SessionUser } from '@yilu/shared';
import type { Certificate } from '@yilu/contract';
import { audit } from '../audit/audit.js';
import { canManage } from '../auth/scope.js';
import type { Models } from '../db/connection.js';
import { notFound } from '../http/problem.js';
import { maskName } from '../personal-data/id-number.js';
import { completionRefusal, issueDateRefusal } from './completion.js';
import { refused, type EnrollmentDoc } from './enrollment-access.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

type CertificateDoc = {
  _id: string | null;
  type?: Certificate['type'] | null;
  name?: string | null;
  issuer?: string | null;
  trade?: string | null;
  level?: number | null;
  issuedAt?: string | null;
  revokedAt?: Date | null;
  revokedByName?: string | null;
  revokeReason?: string | null;
};

type CourseOfCertificate = {
  certificates: { type?: Certificate['type'] | null; name?: string | null; issuer?: string | null }[];
  sessions: { date?: string | null; start?: string | null; end?: string | null }[];
  trade?: { name?: string | null } | null;
  level: number;
};

/** A certificate as everyone may see it: what it is, its term and what it is today (Beijing). */
function publicFields(c: CertificateDoc, today: string) {
  const type = c.type ?? 'skill_level';
  const issuedAt = c.issuedAt ?? '';
  const term = certificateTerm(type, issuedAt);
  return {
    no: c._id ?? '',
    type,
    name: c.name ?? '',
    issuer: c.issuer ?? '',
    trade: c.trade ?? '',
    level: c.level ?? 0,
    issuedAt,
    status: certificateStatus({ revoked: Boolean(c.revokedAt), validUntil: term.validUntil }, today),
    ...term,
    ...(c.revokedAt ? { revokedAt: c.revokedAt.toISOString(), revokeReason: c.revokeReason ?? '' } : {}),
  };
}

/** A certificate as its holder and the staff see it: also who revoked it. */
export const toCertificate = (c: CertificateDoc, today = beijingDate()): Certificate => ({
  ...publicFields(c, today),
  ...(c.revokedAt && c.revokedByName ? { revokedBy: c.revokedByName } : {}),
});

type CertifyBody = Extract<ReviewBody, { action: 'certify' }>;

/** Refuses a certificate the class does not end in, one already held, one before completion or without a passing result. */
async function assertCanCertify(models: Models, e: EnrollmentDoc, course: CourseOfCertificate, body: CertifyBody, minShare: number) {
  if (!course.certificates.some((c) => c.type === body.certificateType))
    throw refused(400, 'validation-error', '本课程不颁发该类证书', 'body.certificateType');
  const held = await models.Certificate.findOne({ enrollmentId: e._id, type: body.certificateType, revokedAt: null }).lean();
  if (held) throw refused(409, 'already-certified', `已录入该证书（编号 ${held._id}），如需更正请先撤销`, 'body.certificateType');
  const facts = { sessions: course.sessions, checkIns: e.checkIns, overridden: Boolean(e.completionOverride?.reason) };
  const incomplete = completionRefusal(facts, minShare, '不能发证');
  if (incomplete) throw refused(409, incomplete.slug, incomplete.message);
  if (!e.results.some((r) => r.certificateType === body.certificateType && r.passed)) {
    throw refused(409, 'not-passed', '考核通过后才能录入证书', 'body.certificateType');
  }
  const badDate = issueDateRefusal(body.issuedAt, course.sessions);
  if (badDate) throw refused(422, badDate.slug, badDate.message, 'body.issuedAt');
}

/**
 * Records a certificate the class ends in for an enrollment that completed the class and passed its exam, under its
 * number (unique). Answers whether the enrollment now holds every certificate of its class.
 */
export async function issueCertificate(
  models: Models,
  e: EnrollmentDoc,
  course: CourseOfCertificate,
  body: CertifyBody,
  minShare: number,
): Promise<boolean> {
  await assertCanCertify(models, e, course, body, minShare);
  const cert = course.certificates.find((c) => c.type === body.certificateType)!;
  try {
    await models.Certificate.create({
      _id: body.no,
      enrollmentId: e._id,
      workerId: e.workerId,
      holderName: e.realName,
      type: cert.type,
      name: cert.name,
      issuer: cert.issuer,
      trade: course.trade?.name,
      level: course.level,
      issuedAt: body.issuedAt,
    });
  } catch (error) {
    if (isDuplicateKey(error)) throw refused(409, 'duplicate-certificate', '证书编号已存在', 'body.no');
    throw error;
  }
  return holdsEvery(models, e, course);
}

/** Whether an enrollment holds an unrevoked certificate of every type its class ends in. */
async function holdsEvery(
  models: Models,
  e: Pick<EnrollmentDoc, '_id'>,
  course: Pick<CourseOfCertificate, 'certificates'>,
): Promise<boolean> {
  const held = new Set((await models.Certificate.find({ enrollmentId: e._id, revokedAt: null }).lean()).map((c) => c.type));
  return course.certificates.every((c) => held.has(c.type));
}

/**
 * Revokes a certificate of a class the user manages (any other looks missing), with the reason; audited. From then on
 * verification answers 已撤销, and an enrollment that held every certificate of its class is completed again (not
 * certified) until a new one is issued.
 */
export async function revokeCertificate(models: Models, no: string, reason: string, user: SessionUser): Promise<Certificate> {
  const c = await models.Certificate.findById(no);
  const e = c ? await models.Enrollment.findById(c.enrollmentId) : null;
  if (!c || !e || !canManage(user, e)) throw notFound('证书不存在');
  if (c.revokedAt) throw refused(409, 'already-revoked', `该证书已于 ${beijingDate(c.revokedAt)} 撤销`);
  const before = toCertificate(c.toObject());
  c.set({ revokedAt: new Date(), revokedBy: user.id, revokedByName: user.displayName, revokeReason: reason });
  await c.save();
  const course = await models.Course.findById(e.courseId).lean();
  if (e.status === 'certified' && course && !(await holdsEvery(models, e, course))) {
    e.status = 'completed';
    await e.save();
  }
  const after = toCertificate(c.toObject());
  await audit(models, user, {
    action: 'revoke',
    entity: 'certificate',
    entityId: no,
    before: { status: before.status },
    after: { status: after.status, revokeReason: reason, enrollmentStatus: e.status },
  });
  return after;
}

/** Public: a certificate by its number, what it is today (valid, revoked or expired, with the dates), the holder's name masked. */
export async function verifyCertificate(models: Models, no: string) {
  const c = await models.Certificate.findById(no).lean();
  if (!c) throw notFound('未找到该证书编号，请核对后重试');
  const fields = publicFields(c, beijingDate());
  return { ...fields, valid: fields.status === 'valid', holder: maskName(c.holderName ?? '') };
}

/** The worker's certificate wallet. */
export async function walletOf(models: Models, user: SessionUser) {
  return (await models.Certificate.find({ workerId: user.id }).lean()).map((c) => toCertificate(c));
}
