import { ElMessage } from 'element-plus';
import type { BodyOf } from '@yilu/client';
import type { Certificate, CourseView, Enrollment } from '@yilu/contract';
import { beijingDate, PASS_SCORE } from '@yilu/shared';
import { api } from '../api/client';
import { messageOf } from '../api/use-paged-list';
import { t } from '../locales/zh-CN';
import { reviewPrompt } from './review-prompt';

type CertificateOffer = CourseView['certificates'][number];
type Act = (e: Enrollment, body: BodyOf<'reviewEnrollment'>) => Promise<boolean>;

/** An exam result, a certificate issued under its number (dated today, Beijing), and a certificate revoked with a reason. */
export function certificateActions(act: Act, reload: () => Promise<void>) {
  return {
    async result(e: Enrollment, cert: CertificateOffer) {
      const validate = (v: string) => (/^\d{1,3}$/.test(v) && Number(v) <= 100) || t.enrollments.scoreRange;
      const score = await reviewPrompt(t.enrollments.resultPrompt(cert.name), t.enrollments.result, { validate });
      if (score === null) return;
      await act(e, { action: 'result', certificateType: cert.type, passed: Number(score) >= PASS_SCORE, score: Number(score) });
    },
    async certify(e: Enrollment, cert: CertificateOffer) {
      const no = await reviewPrompt(t.enrollments.certifyPrompt(cert.name), t.enrollments.certify);
      if (no) await act(e, { action: 'certify', certificateType: cert.type, no, issuedAt: beijingDate() });
    },
    /** Revokes after a dialog that says what it does and asks why; verification answers 已撤销 from then on. */
    async revoke(c: Certificate) {
      const reason = await reviewPrompt(t.enrollments.revokePrompt(c.name, c.no), t.enrollments.revokeTitle, {
        danger: t.enrollments.revoke,
      });
      if (!reason) return;
      try {
        await api.revokeCertificate({ params: { no: c.no }, body: { reason } });
        ElMessage.success(t.enrollments.revoked(c.no));
      } catch (error) {
        ElMessage.error(messageOf(error));
      } finally {
        await reload();
      }
    },
  };
}
