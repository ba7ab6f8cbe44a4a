// Jobs at national scale: the list a worker opens (nearest first, with filters and their fit from the wallet),
// through the real API on the embedded database. Writes results/jobs.json and results/jobs.md.
// Run: npm run bench:jobs
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import type { AddressInfo } from 'node:net';
import { Types } from 'mongoose';
import { freshDataDir, startEmbeddedDb } from '@yilu/embedded-db';
import { addDays, beijingDate } from '@yilu/shared';
import { createApp, requestListener } from '../apps/api/src/app.js';
import { loadConfig } from '../apps/api/src/config.js';
import { connectDatabase } from '../apps/api/src/db/connection.js';
import { cities, seededRandom } from '../apps/api/src/demo/generate-points.js';
import { createLogger } from '../apps/api/src/logger.js';
import { benchEnv } from './bench-env.js';

const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const TARGET_P99_MS = 50;
const root = new URL('..', import.meta.url).pathname;
const trades = ['电工', '焊工', '叉车司机', '装载机司机', '网约配送员', '养老护理员', '电子商务师', '保安员'];

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const round = (v: number) => Number(v.toFixed(1));

const dataDir = freshDataDir('bench-jobs');
const db = await startEmbeddedDb({ dataDir });
const config = loadConfig(benchEnv(db.uri));
const database = await connectDatabase({ uri: config.mongodbUri, dbName: 'bench', logger: createLogger(config.logLevel) });
const app = createApp({ config, logger: createLogger(config.logLevel), db: database });
const { Job, Course, Certificate, Account } = app.context.models;
const random = seededRandom(12);
const spot = (city: (typeof cities)[number]) => ({ lng: city.lng + (random() - 0.5) * 0.4, lat: city.lat + (random() - 0.5) * 0.4 });

console.log(`seeding ${JOBS} open jobs…`);
await Job.insertMany(
  Array.from({ length: JOBS }, (_, i) => {
    const city = cities[i % cities.length]!;
    const trade = trades[i % trades.length]!;
    return {
      employerKey: `9165010900000${String(i % 500).padStart(4, '0')}X`,
      employerName: `用人单位 ${i % 500}`,
      jobTitle: `${trade}岗位 ${i}`,
      trade: { name: trade },
      requirements: i % 2 ? [{ type: 'special_operation' }, { type: 'skill_level', level: 5 }] : [{ type: 'skill_level', level: 4 }],
      site: { name: '工作地点', address: '某路 1 号', location: spot(city) },
      areaCode: city.areaCode,
      payFen: { min: 400_000 + (i % 5) * 50_000, max: 600_000 + (i % 7) * 50_000 },
      shifts: ['day'],
      headcount: 1 + (i % 10),
      deadline: addDays(beijingDate(), 30),
      status: 'open',
    };
  }),
);
// Classes for the pathway of what a worker lacks, as a city has them.
await Course.insertMany(
  Array.from({ length: 500 }, (_, i) => {
    const city = cities[i % cities.length]!;
    return {
      title: `${trades[i % trades.length]}培训班 ${i}`,
      trade: { name: trades[i % trades.length] },
      level: 5,
      certificates: [
        { type: 'skill_level', name: '职业技能等级证书（五级）', issuer: '评价机构' },
        { type: 'special_operation', name: '特种作业操作证', issuer: '应急管理局' },
      ],
      providerId: `provider-${i % 40}`,
      providerName: `培训学校 ${i % 40}`,
      areaCode: city.areaCode,
      sites: [{ name: '实训基地', address: '某路 2 号', location: spot(city) }],
      sessions: [{ date: addDays(beijingDate(), 10 + (i % 20)), start: '09:00', end: '17:00', kind: 'practice' }],
      capacity: 30,
      eligibility: ['any'],
      enrollDeadline: new Date(Date.now() + 30 * 86_400_000),
      tracks: [],
      status: 'open',
    };
  }),
);
// A rider in Urumqi holding the electrician's skill certificate but not the permit.
const worker = await Account.create({ displayName: '基准骑手', role: 'worker', wechatOpenId: 'bench-worker' });
await Certificate.create({
  _id: 'BENCH-S-0001',
  enrollmentId: new Types.ObjectId(),
  workerId: worker._id,
  type: 'skill_level',
  name: '电工职业技能等级证书（五级）',
  trade: '电工',
  level: 5,
  issuedAt: beijingDate(),
});
const { token } = await app.context.accessTokens.sign({ sub: worker.id as string, role: 'worker' });

const server = createServer(requestListener(app)).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;

/** Sequential requests; `cold` drops the instance's jobs snapshot before each, as a change through it would. */
async function time(path: string, { requests = REQUESTS, cold = false, signedIn = false } = {}) {
  const headers = signedIn ? { authorization: `Bearer ${token}` } : undefined;
  for (let i = 0; i < Math.min(10, requests); i++) await (await fetch(base + path, { headers })).arrayBuffer();
  const ms: number[] = [];
  for (let i = 0; i < requests; i++) {
    if (cold) app.context.openJobs.changed();
    const start = performance.now();
    const res = await fetch(base + path, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    ms.push(performance.now() - start);
  }
  return { p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) };
}

const near = `lng=${cities[1]!.lng}&lat=${cities[1]!.lat}`;
const anonymous = await time(`/jobs?${near}&pageSize=20`);
const worker20 = await time(`/jobs?${near}&pageSize=20`, { signedIn: true });
const filtered = await time(`/jobs?${near}&pageSize=20&trade=电工&minPayFen=700000`, { signedIn: true });
const qualified = await time(`/jobs?${near}&pageSize=20&qualified=true&radiusKm=200`, { signedIn: true });
const cold = await time(`/jobs?${near}&pageSize=20`, { requests: 10, cold: true, signedIn: true });

const results = {
  at: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}`,
  node: process.version,
  jobs: JOBS,
  requests: REQUESTS,
  anonymousMs: anonymous,
  workerMs: worker20,
  filteredMs: filtered,
  qualifiedMs: qualified,
  coldMs: cold,
};
const met = (p99: number) => `p99 ≤ ${TARGET_P99_MS} ms — ${p99 <= TARGET_P99_MS ? 'met' : 'not met'}`;
writeFileSync(`${root}bench/results/jobs.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  `${root}bench/results/jobs.md`,
  `# Jobs benchmark

${results.at} · ${results.machine} · Node ${results.node} · ${JOBS} open postings, 500 open classes · ${REQUESTS} sequential requests each

| request | p50 | p99 | target |
|---|---|---|---|
| 20 nearest jobs, signed out (\`GET /jobs?lng=…&lat=…\`) | ${anonymous.p50} ms | ${anonymous.p99} ms | ${met(anonymous.p99)} |
| same, a worker: fit from the wallet, pathway classes for what is missing | ${worker20.p50} ms | ${worker20.p99} ms | ${met(worker20.p99)} |
| a worker, 电工 paying ≥ 7,000 元 | ${filtered.p50} ms | ${filtered.p99} ms | ${met(filtered.p99)} |
| a worker, only jobs they qualify for, 200 km | ${qualified.p50} ms | ${qualified.p99} ms | ${met(qualified.p99)} |
| first request after a change (snapshot reloaded; 10 requests) | ${cold.p50} ms | ${cold.p99} ms | |

The list is served from a per-instance snapshot of the open postings and their hires (\`YILU_JOBS_CACHE_MS\`, default
10 s, reloaded in the background; at once after a change through the instance). A worker's request adds two indexed
reads (their valid certificates, their applications); matching is in memory. The cold row is one reload on the
embedded FerretDB, which scans a collection per query; on MongoDB it is a fraction of that. Noise: run on a 2-core
machine other work shared (builds, tests), so p99 carries that load; two runs an hour apart differed by under 20 % on
the worker's list and by up to 2× on the few-millisecond rows (the filtered p50 was 6.4 ms once, 3.0 ms the next time).
`,
);
console.log(JSON.stringify(results, null, 2));
server.close();
await database.close();
await db.stop();
rmSync(dataDir, { recursive: true, force: true });
