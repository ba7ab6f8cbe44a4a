import type { Certificate } from '@yilu/contract';
import { beijingDate, certificateDue } from '@yilu/shared';
import { t } from '../locales/zh-CN';

/** How the wallet words a certificate on `today` (Beijing): its status, its dates, and what is due and whether soon. */
export function certificateWording(c: Certificate, today = beijingDate()) {
  const lines: string[] = [];
  if (c.status === 'revoked') lines.push(t.me.revokedOn(beijingDate(new Date(c.revokedAt!)), c.revokeReason ?? ''));
  if (c.status === 'expired' && c.validUntil) lines.push(t.me.expiredOn(c.validUntil));
  if (c.status === 'valid' && c.validUntil) lines.push(t.me.validUntil(c.validUntil));
  const due = certificateDue(c, today);
  return {
    status: t.me.certStatuses[c.status],
    lines,
    due: due && { text: (due.kind === 'review' ? t.me.reviewDue : t.me.renewalDue)(due.date), soon: due.soon },
  };
}
