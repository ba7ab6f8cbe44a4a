import type { JobRequirement } from './jobs.js';

/** A certificate in a worker's wallet as matching sees it: only valid ones (not revoked, not expired) are passed. */
export interface HeldCertificate {
  no: string;
  type: string;
  trade: string;
  level?: number | null;
}

export interface Qualification {
  qualifies: boolean;
  /** The certificate that meets each requirement met, in the requirements' order. */
  matched: HeldCertificate[];
  /** The requirements no certificate meets. */
  missing: JobRequirement[];
}

/** Whether a certificate meets a requirement of a job in `trade`: same trade and type, at the level asked or higher. */
export function meets(held: HeldCertificate, requirement: JobRequirement, trade: string): boolean {
  if (held.trade !== trade || held.type !== requirement.type) return false;
  return requirement.level === undefined || (held.level != null && held.level <= requirement.level);
}

/**
 * Whether a wallet qualifies for a job: every requirement is met by a certificate of the job's trade. Requirements
 * are few (≤ 3) and wallets small, so the straight double loop is the fast way; one certificate may meet two
 * requirements (a 四级 certificate meets both "四级" and "五级").
 */
export function qualification(requirements: readonly JobRequirement[], trade: string, wallet: readonly HeldCertificate[]): Qualification {
  const matched: HeldCertificate[] = [];
  const missing: JobRequirement[] = [];
  for (const requirement of requirements) {
    const held = wallet.find((c) => meets(c, requirement, trade));
    if (held) matched.push(held);
    else missing.push(requirement);
  }
  return { qualifies: missing.length === 0, matched, missing };
}
