import { describe, expect, it } from 'vitest';
import { courseFieldsLockedOnceEnrolled } from '@yilu/shared';
import { lockedInputs } from '../use-course-form';

describe('the class form once people enrolled', () => {
  it('locks the inputs of the fields the API refuses to change, and none before the first enrollment', () => {
    expect(lockedInputs(0).size).toBe(0);
    expect([...lockedInputs(3)].sort()).toEqual(
      [
        'areaCode',
        'eligibility',
        'feeYuan',
        'level',
        'permitIssuer',
        'permitName',
        'permitType',
        'providerId',
        'skillCertIssuer',
        'skillCertName',
        'subsidyYuan',
        'tradeCode',
        'tradeName',
      ].sort(),
    );
    expect(courseFieldsLockedOnceEnrolled).toHaveLength(8);
    // What can still change: the title, schedule, sites, seats, deadline and wording.
    for (const free of [
      'title',
      'sessionsText',
      'siteName',
      'siteAddress',
      'siteLocation',
      'capacity',
      'deadline',
      'description',
      'employer',
      'registrationNo',
      'providerName',
      'status',
    ]) {
      expect(lockedInputs(3).has(free as never)).toBe(false);
    }
  });
});
