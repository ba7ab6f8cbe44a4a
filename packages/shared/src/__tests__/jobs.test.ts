import { describe, expect, it } from 'vitest';
import { applicationStepsFrom, createJobBodySchema } from '../jobs.js';

describe('application steps', () => {
  it('let the employer invite, offer, hire and decline in order, and the worker withdraw until hired', () => {
    expect(applicationStepsFrom('applied', 'employer')).toEqual(['invite', 'decline']);
    expect(applicationStepsFrom('interview', 'employer')).toEqual(['offer', 'hire', 'decline']);
    expect(applicationStepsFrom('offered', 'worker')).toEqual(['withdraw']);
    for (const ended of ['hired', 'declined', 'withdrawn'] as const) {
      expect([...applicationStepsFrom(ended, 'employer'), ...applicationStepsFrom(ended, 'worker')]).toEqual([]);
    }
  });
});

describe('a job posting', () => {
  it('refuses a top pay below the bottom one on the top field', () => {
    const body = {
      jobTitle: '电工',
      trade: { name: '电工' },
      requirements: [],
      site: { name: '工地', address: '某路 1 号', location: { lng: 87.6, lat: 43.9 } },
      payFen: { min: 600_000, max: 500_000 },
      shifts: ['day'],
      headcount: 1,
      deadline: '2099-01-01',
    };
    const result = createJobBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['payFen.max', '最高月薪不能低于最低月薪']]);
  });
});
