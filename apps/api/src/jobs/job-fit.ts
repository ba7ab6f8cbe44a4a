import type { JobFit } from '@yilu/contract';
import { qualification, requirementLabel } from '@yilu/shared';
import type { AppContext } from '../context.js';
import type { JobFields } from './job.model.js';
import { requirementsOf } from './job-view.js';
import { pathwayClasses } from './pathway.js';
import type { WalletCertificate } from './wallet.js';

/** Whether the wallet meets the job, without the classes: what filtering a list needs. */
export const qualifies = (job: JobFields, wallet: readonly WalletCertificate[]) =>
  qualification(requirementsOf(job), job.trade.name, wallet).qualifies;

/** The worker's fit for a job: the certificates that meet it, and for each missing one the classes nearby that end in it. */
export async function jobFit(
  ctx: Pick<AppContext, 'openClasses'>,
  job: JobFields,
  wallet: readonly WalletCertificate[],
  near?: { lng: number; lat: number },
): Promise<JobFit> {
  const trade = job.trade.name;
  const result = qualification(requirementsOf(job), trade, wallet);
  const byNo = new Map(wallet.map((c) => [c.no, c]));
  const missing = await Promise.all(
    result.missing.map(async (r) => ({ ...r, label: requirementLabel(r, trade), classes: await pathwayClasses(ctx, r, trade, near) })),
  );
  const matched = [...new Map(result.matched.map((c) => [c.no, byNo.get(c.no)!])).values()].map((c) => ({
    no: c.no,
    type: c.type as JobFit['matched'][number]['type'],
    name: c.name,
    ...(c.level ? { level: c.level } : {}),
  }));
  return { qualifies: result.qualifies, missing, matched };
}
