import { certificateStatus, certificateTerm, type HeldCertificate } from '@yilu/shared';
import type { Types } from 'mongoose';
import type { AppContext } from '../context.js';

/** A certificate in the wallet with what an application keeps of it. */
export interface WalletCertificate extends HeldCertificate {
  name: string;
  enrollmentId: Types.ObjectId;
}

/** The worker's valid certificates (not revoked, not expired): what qualifies them for a job. One indexed read. */
export async function validWallet(ctx: Pick<AppContext, 'models'>, workerId: string): Promise<WalletCertificate[]> {
  const docs = await ctx.models.Certificate.find({ workerId, revokedAt: null }).lean();
  return docs
    .filter((c) => certificateStatus({ revoked: false, ...certificateTerm(c.type ?? '', c.issuedAt ?? '') }) === 'valid')
    .map((c) => ({
      no: String(c._id),
      type: c.type ?? '',
      trade: c.trade ?? '',
      level: c.level ?? null,
      name: c.name ?? '',
      enrollmentId: c.enrollmentId,
    }));
}
