import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateTypes, skillLevels } from '../courses.js';
import { qualification, type HeldCertificate } from '../job-match.js';
import { requirementLabel, type JobRequirement } from '../jobs.js';

const trades = ['电工', '焊工', '叉车司机'];
const certificate = fc.record({
  no: fc.string({ minLength: 6, maxLength: 8 }),
  type: fc.constantFrom(...certificateTypes),
  trade: fc.constantFrom(...trades),
  level: fc.option(fc.constantFrom(...skillLevels), { nil: undefined }),
});
const requirement: fc.Arbitrary<JobRequirement> = fc.record(
  { type: fc.constantFrom(...certificateTypes), level: fc.constantFrom(...skillLevels) },
  { requiredKeys: ['type'] },
);

/** "At least as high": 一级 is the highest level and 五级 the lowest, read off the ordered list of levels. */
const atLeast = (held: number | undefined, asked: number | undefined) =>
  asked === undefined || (held !== undefined && skillLevels.indexOf(held as 5) >= skillLevels.indexOf(asked as 5));

/** Brute force: try every way of handing a certificate to each requirement, and keep the assignments that hold. */
function bruteForce(requirements: JobRequirement[], trade: string, wallet: HeldCertificate[]) {
  const fits = (c: HeldCertificate, r: JobRequirement) => c.trade === trade && c.type === r.type && atLeast(c.level ?? undefined, r.level);
  let qualifies = false;
  const tuples = wallet.length ** requirements.length;
  for (let n = 0; n < tuples && !qualifies; n++) {
    let rest = n;
    qualifies = requirements.every((r) => {
      const pick = wallet[rest % wallet.length]!;
      rest = Math.floor(rest / wallet.length);
      return fits(pick, r);
    });
  }
  if (requirements.length === 0) qualifies = true;
  return { qualifies, missing: requirements.filter((r) => !wallet.some((c) => fits(c, r))) };
}

describe('qualification', () => {
  it('agrees with a brute-force search on random wallets and requirements', () => {
    fc.assert(
      fc.property(
        fc.array(requirement, { maxLength: 3 }),
        fc.constantFrom(...trades),
        fc.array(certificate, { maxLength: 6 }),
        (requirements, trade, wallet) => {
          const fast = qualification(requirements, trade, wallet);
          const slow = bruteForce(requirements, trade, wallet);
          expect(fast.qualifies).toBe(slow.qualifies);
          expect(fast.missing).toEqual(slow.missing);
          expect(fast.matched).toHaveLength(requirements.length - slow.missing.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes a higher level for a lower one, never the other way, and never another trade', () => {
    const wallet = [{ no: 'A1', type: 'skill_level', trade: '电工', level: 4 }];
    expect(qualification([{ type: 'skill_level', level: 5 }], '电工', wallet).qualifies).toBe(true);
    expect(qualification([{ type: 'skill_level', level: 3 }], '电工', wallet).missing).toEqual([{ type: 'skill_level', level: 3 }]);
    expect(qualification([{ type: 'skill_level' }], '焊工', wallet).qualifies).toBe(false);
  });

  it('asks both certificates of 一培双证 of an electrician job', () => {
    const both: JobRequirement[] = [{ type: 'special_operation' }, { type: 'skill_level', level: 5 }];
    const permit = { no: 'T1', type: 'special_operation', trade: '电工' };
    expect(qualification(both, '电工', [permit]).missing).toEqual([{ type: 'skill_level', level: 5 }]);
    const skill = { no: 'S1', type: 'skill_level', trade: '电工', level: 5 };
    expect(qualification(both, '电工', [skill, permit])).toEqual({ qualifies: true, matched: [permit, skill], missing: [] });
  });
});

describe('requirementLabel', () => {
  it('names the trade, the certificate and the lowest level taken', () => {
    expect(requirementLabel({ type: 'special_operation' }, '电工')).toBe('电工特种作业操作证');
    expect(requirementLabel({ type: 'skill_level', level: 5 }, '电工')).toBe('电工职业技能等级证书（五级/初级工及以上）');
  });
});
