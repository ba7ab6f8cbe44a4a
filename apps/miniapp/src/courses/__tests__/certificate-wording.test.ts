import { describe, expect, it } from 'vitest';
import type { Certificate } from '@yilu/contract';
import { certificateWording } from '../certificate-wording';

const permit: Certificate = {
  no: 'T650109202600001',
  type: 'special_operation',
  name: '低压电工特种作业操作证',
  issuer: '应急管理部门',
  trade: '电工',
  level: 5,
  issuedAt: '2026-11-20',
  status: 'valid',
  validUntil: '2032-11-20',
  reviewDue: '2029-11-20',
};

describe('the wallet’s words for a certificate', () => {
  it('a valid permit: its term, its review, and “即将到期” within 60 days', () => {
    expect(certificateWording(permit, '2027-01-01')).toEqual({
      status: '✔ 有效',
      lines: ['有效期至 2032-11-20'],
      due: { text: '复审：请在 2029-11-20 前申请', soon: false },
    });
    expect(certificateWording(permit, '2029-10-15').due).toEqual({ text: '复审：请在 2029-11-20 前申请', soon: true });
    expect(certificateWording(permit, '2032-10-15').due).toEqual({ text: '换证：请在 2032-11-20 前申请', soon: true });
  });

  it('says when and why it was revoked, or since when it is expired, with nothing due', () => {
    const revoked = { ...permit, status: 'revoked' as const, revokedAt: '2027-03-01T02:00:00.000Z', revokeReason: '考核材料造假' };
    expect(certificateWording(revoked, '2027-03-02')).toEqual({
      status: '✖ 已撤销',
      lines: ['已于 2027-03-01 撤销：考核材料造假'],
      due: undefined,
    });
    const expired = { ...permit, status: 'expired' as const };
    expect(certificateWording(expired, '2033-01-01')).toEqual({
      status: '⌛ 已过期',
      lines: ['有效期至 2032-11-20，已过期，不再有效'],
      due: undefined,
    });
  });

  it('a skill certificate has no term', () => {
    expect(certificateWording({ ...permit, type: 'skill_level', validUntil: undefined, reviewDue: undefined }, '2027-01-01')).toEqual({
      status: '✔ 有效',
      lines: [],
      due: undefined,
    });
  });
});
