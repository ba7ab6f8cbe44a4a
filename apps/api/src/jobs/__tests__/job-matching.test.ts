import fc from 'fast-check';
import { Types } from 'mongoose';
import { addYears, beijingDate, certificateTypes, skillLevels } from '@yilu/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { school } from '../../../test/courses-fixtures.js';
import { startJobsWorld } from '../../../test/jobs-world.js';

let world: Awaited<ReturnType<typeof startJobsWorld>>;
const trades = ['电工', '焊工'];
const requirementSets = [
  [],
  [{ type: 'special_operation' }],
  [{ type: 'skill_level', level: 4 }],
  [{ type: 'special_operation' }, { type: 'skill_level', level: 5 }],
  [{ type: 'industry_permit' }, { type: 'skill_level', level: 2 }],
];
const jobs: { id: string; trade: string; requirements: { type: string; level?: number }[] }[] = [];

beforeAll(async () => {
  world = await startJobsWorld(0);
  for (const trade of trades) {
    for (const requirements of requirementSets) {
      const id = await world.postJob({ jobTitle: `${trade}岗位 ${requirements.length}`, trade: { name: trade }, requirements });
      jobs.push({ id, trade, requirements });
    }
  }
}, 120_000);
afterAll(() => world?.api.close());

const certificate = fc.record({
  type: fc.constantFrom(...certificateTypes),
  trade: fc.constantFrom(...trades),
  level: fc.constantFrom(...skillLevels),
  revoked: fc.boolean(),
  // Permits last six years: one issued seven years ago has expired.
  yearsAgo: fc.constantFrom(0, 2, 7),
});
type Drawn = { type: string; trade: string; level: number; revoked: boolean; yearsAgo: number };

/** Brute force, from the rules as a person states them: a valid certificate of the trade and type, at the level or higher. */
function expected(wallet: Drawn[], job: (typeof jobs)[number]) {
  const valid = wallet.filter((c) => !c.revoked && !(c.type === 'special_operation' && c.yearsAgo >= 6));
  return job.requirements.every((r) =>
    valid.some((c) => c.trade === job.trade && c.type === r.type && (r.level === undefined || c.level <= r.level)),
  );
}

describe('the jobs list for a random wallet', () => {
  it('says a worker qualifies exactly when a brute-force check of their valid certificates does', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(certificate, { maxLength: 5 }), async (wallet) => {
        const login = await world.api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: `随机骑手${n++}` } });
        const token = login.body.accessToken as string;
        const workerId = login.body.user.id as string;
        const today = beijingDate();
        await world.api.ctx.models.Certificate.insertMany(
          wallet.map((c, i) => ({
            _id: `R-${workerId.slice(-8)}-${i}`,
            enrollmentId: new Types.ObjectId(),
            workerId,
            type: c.type,
            name: `${c.trade}证书`,
            trade: c.trade,
            level: c.level,
            issuedAt: addYears(today, -c.yearsAgo),
            ...(c.revoked ? { revokedAt: new Date() } : {}),
          })),
        );
        const listed = await world.api.request('GET', `/api/v1/jobs?lng=${school.lng}&lat=${school.lat}&pageSize=100`, { token });
        const fits = new Map((listed.body.items as { id: string; fit: { qualifies: boolean } }[]).map((j) => [j.id, j.fit.qualifies]));
        for (const job of jobs) expect(fits.get(job.id), `${job.trade} ${JSON.stringify(job.requirements)}`).toBe(expected(wallet, job));
        const only = await world.api.request('GET', `/api/v1/jobs?lng=${school.lng}&lat=${school.lat}&pageSize=100&qualified=true`, {
          token,
        });
        expect(only.body.items.map((j: { id: string }) => j.id).sort()).toEqual(
          jobs
            .filter((j) => expected(wallet, j))
            .map((j) => j.id)
            .sort(),
        );
      }),
      { numRuns: 25, seed: 2026 },
    );
  }, 120_000);
});
