import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpProblem } from '../http/problem.js';

const BLOCK_S = 15 * 60;

/**
 * Counts failed sign-ins per username and address; after `maxFailures` within 15 minutes that pair is refused
 * for 15 minutes. Kept in memory per API instance (FerretDB has no TTL to expire shared counters).
 */
export function createLoginLimiter(maxFailures: number) {
  const limiter = new RateLimiterMemory({ points: maxFailures, duration: BLOCK_S, blockDuration: BLOCK_S });
  const key = (username: string, ip: string) => `${username.toLowerCase()}|${ip}`;
  const tooMany = (res: RateLimiterRes) =>
    new HttpProblem(429, 'too-many-attempts', `登录失败次数过多，请 ${Math.ceil(res.msBeforeNext / 60000)} 分钟后再试`);

  return {
    async check(username: string, ip: string) {
      const res = await limiter.get(key(username, ip));
      if (res && res.remainingPoints <= 0) throw tooMany(res);
    },
    async fail(username: string, ip: string) {
      await limiter.consume(key(username, ip)).catch(() => undefined);
    },
    async succeed(username: string, ip: string) {
      await limiter.delete(key(username, ip));
    },
  };
}
