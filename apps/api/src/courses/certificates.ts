import type { ReviewBody, SessionUser } from '@yilu/shared';
import type { Certificate } from '@yilu/contract';
import type { Models } from '../db/connection.js';
import { notFound } from '../http/problem.js';
import { maskName } from '../personal-data/id-number.js';
import { refused, type EnrollmentDoc } from './enrollment-access.js';

type CertificateDoc = { _id: string | null; type?: Certificate['type'] | null; name?: string | null; issuer?: string | null; trade?: string | null; level?: number | null; issuedAt?: string | null };

/** A certificate as the apps see it. */
export const toCertificate = (c: CertificateDoc): Certificate => ({
  no: c._id ?? '',
  type: c.type ?? 'skill_level',
  name: c.name ?? '',
  issuer: c.issuer ?? '',
  trade: c.trade ?? '',
  level: c.level ?? 0,
  issuedAt: c.issuedAt ?? '',
});

/**
 * Records a certificate the class ends in for an enrollment that passed its exam, under its number (unique).
 * Answers whether the enrollment now holds every certificate of its class.
 */
export async function issueCertificate(models: Models, e: EnrollmentDoc, body: Extract<ReviewBody, { action: 'certify' }>): Promise<boolean> {
  const course = (await models.Course.findById(e.courseId).lean())!;
  const cert = course.certificates.find((c) => c.type === body.certificateType);
  if (!cert) throw refused(400, 'validation-error', '本课程不颁发该类证书', 'body.certificateType');
  if (!e.results.some((r) => r.certificateType === body.certificateType && r.passed)) {
    throw refused(409, 'not-passed', '考核通过后才能录入证书', 'body.certificateType');
  }
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
    if ((error as { code?: number }).code === 11000) throw refused(409, 'duplicate-certificate', '证书编号已存在', 'body.no');
    throw error;
  }
  const issued = new Set((await models.Certificate.find({ enrollmentId: e._id }).lean()).map((c) => c.type));
  return course.certificates.every((c) => issued.has(c.type));
}

/** Public: a certificate by its number, the holder's name masked. */
export async function verifyCertificate(models: Models, no: string) {
  const c = await models.Certificate.findById(no).lean();
  if (!c) throw notFound('未找到该证书编号，请核对后重试');
  return { ...toCertificate(c), valid: true, holder: maskName(c.holderName ?? '') };
}

/** The worker's certificate wallet. */
export async function walletOf(models: Models, user: SessionUser) {
  return (await models.Certificate.find({ workerId: user.id }).lean()).map(toCertificate);
}
