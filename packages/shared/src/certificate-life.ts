import { addYears, daysBetween, isCalendarDate } from './calendar-date.js';
import { beijingDate } from './time.js';

/** A special-operation permit (特种作业操作证) is valid for six years and reviewed (复审) every three. */
export const PERMIT_VALID_YEARS = 6;
export const PERMIT_REVIEW_YEARS = 3;

/** A review or an expiry this close (days) is shown as due soon (即将到期): the review is applied for before it. */
export const DUE_SOON_DAYS = 60;

export const certificateStatuses = ['valid', 'revoked', 'expired'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

/** The last day a certificate is valid and the day its review is due; neither for certificates that do not expire. */
export function certificateTerm(type: string, issuedAt: string): { validUntil?: string; reviewDue?: string } {
  if (type !== 'special_operation' || !isCalendarDate(issuedAt)) return {};
  return { validUntil: addYears(issuedAt, PERMIT_VALID_YEARS), reviewDue: addYears(issuedAt, PERMIT_REVIEW_YEARS) };
}

/** What a certificate is on `today` (Beijing): revoked wins over expired, expired begins the day after its last valid day. */
export function certificateStatus(c: { revoked: boolean; validUntil?: string }, today = beijingDate()): CertificateStatus {
  if (c.revoked) return 'revoked';
  if (c.validUntil && today > c.validUntil) return 'expired';
  return 'valid';
}

/** Whether a date (a review, an expiry) is from today to DUE_SOON_DAYS on. */
export function isDueSoon(date: string | undefined, today = beijingDate()): boolean {
  if (!date) return false;
  const days = daysBetween(today, date);
  return days >= 0 && days <= DUE_SOON_DAYS;
}

/** What the holder of a valid certificate with a term must do next: its review, or once that day is past, its renewal. */
export function certificateDue(
  c: { status: CertificateStatus; validUntil?: string; reviewDue?: string },
  today = beijingDate(),
): { kind: 'review' | 'renewal'; date: string; soon: boolean } | undefined {
  if (c.status !== 'valid' || !c.validUntil) return undefined;
  const kind = c.reviewDue && today <= c.reviewDue ? 'review' : 'renewal';
  const date = kind === 'review' ? c.reviewDue! : c.validUntil;
  return { kind, date, soon: isDueSoon(date, today) };
}
