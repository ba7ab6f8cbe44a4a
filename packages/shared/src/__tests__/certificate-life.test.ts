import { describe, expect, it } from 'vitest';
import { certificateDue, certificateStatus, certificateTerm, DUE_SOON_DAYS, isDueSoon } from '../certificate-life.js';

describe('a certificate’s term', () => {
  it('a special-operation permit is valid six years with a review at three; other certificates do not expire', () => {
    expect(certificateTerm('special_operation', '2026-11-20')).toEqual({ validUntil: '2032-11-20', reviewDue: '2029-11-20' });
    expect(certificateTerm('skill_level', '2026-11-20')).toEqual({});
    expect(certificateTerm('industry_permit', '2026-11-20')).toEqual({});
    expect(certificateTerm('special_operation', '2026-13-45')).toEqual({});
  });

  it('is revoked, expired from the day after its last valid day, or valid', () => {
    expect(certificateStatus({ revoked: false, validUntil: '2032-11-20' }, '2032-11-20')).toBe('valid');
    expect(certificateStatus({ revoked: false, validUntil: '2032-11-20' }, '2032-11-21')).toBe('expired');
    expect(certificateStatus({ revoked: true, validUntil: '2032-11-20' }, '2040-01-01')).toBe('revoked');
    expect(certificateStatus({ revoked: false }, '2099-01-01')).toBe('valid');
  });

  it('says what is due next and whether it is soon', () => {
    const term = { status: 'valid' as const, validUntil: '2032-11-20', reviewDue: '2029-11-20' };
    expect(certificateDue(term, '2027-01-01')).toEqual({ kind: 'review', date: '2029-11-20', soon: false });
    expect(certificateDue(term, '2029-10-01')).toEqual({ kind: 'review', date: '2029-11-20', soon: true });
    expect(certificateDue(term, '2029-11-21')).toEqual({ kind: 'renewal', date: '2032-11-20', soon: false });
    expect(certificateDue(term, '2032-11-01')).toEqual({ kind: 'renewal', date: '2032-11-20', soon: true });
    expect(certificateDue({ status: 'revoked', validUntil: '2032-11-20' }, '2027-01-01')).toBeUndefined();
    expect(certificateDue({ status: 'valid' }, '2027-01-01')).toBeUndefined();
    expect(isDueSoon('2026-12-31', '2026-11-01')).toBe(true);
    expect(isDueSoon('2026-10-31', '2026-11-01')).toBe(false);
    expect(DUE_SOON_DAYS).toBe(60);
  });
});
