import { describe, expect, it } from 'vitest';
import { createCourseBodySchema, enrollBodySchema, isValidIdNumber, reviewBodySchema } from '../courses.js';

describe('isValidIdNumber', () => {
  it('checks the GB 11643 check character', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
  });
});

describe('course and enrollment schemas', () => {
  it('normalises a lower-case x and requires consent', () => {
    const ok = enrollBodySchema.parse({
      realName: '李四',
      phone: '13800000000',
      idNumber: '11010519491231002x',
      group: 'any',
      consent: true,
    });
    expect(ok.idNumber).toBe('11010519491231002X');
    expect(enrollBodySchema.safeParse({ ...ok, consent: false }).success).toBe(false);
  });

  it('refuses a subsidy above the fee and a session that ends before it starts', () => {
    const r = createCourseBodySchema.safeParse({
      subsidyFen: 2,
      feeFen: 1,
      sessions: [{ date: '2026-12-01', start: '10:00', end: '09:00' }],
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('sessions.0.end');
  });

  it('review actions are a closed set, each with its own fields', () => {
    expect(reviewBodySchema.safeParse({ action: 'reject' }).success).toBe(false);
    expect(reviewBodySchema.safeParse({ action: 'reject', reason: '不符合补贴条件' }).success).toBe(true);
    expect(reviewBodySchema.safeParse({ action: 'delete' }).success).toBe(false);
  });
});
