// Skill classes at city scale: the class list a worker opens (nearest first, with filters) and the trade list,
// through the real API on the embedded database. Writes results/courses.json and results/courses.md.
// Run: npm run bench:courses
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

const CLASSES = Number(process.env.BENCH_CLASSES ?? 1000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const root = new URL('..', import.meta.url).pathname;
const trades = ['电工', '焊工', '叉车司机', '装载机司机', '网约配送员', '养老护理员', '电子商务师', '保安员'];

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const round = (v: number) => Number(v.toFixed(1));

const dataDir = freshDataDir('bench-courses');
const db = await startEmbeddedDb({ dataDir });
const config = loadConfig(benchEnv(db.uri));
const database = await connectDatabase({ uri: config.mongodbUri, dbName: 'bench', logger: createLogger(config.logLevel) });
const app = createApp({ config, logger: createLogger(config.logLevel), db: database });
const { Course, SeatClaim } = app.context.models;

console.log(`seeding ${CLASSES} classes…`);
const random = seededRandom(11);
const day = (offset: number) => addDays(beijingDate(), offset);
const courses = Array.from({ length: CLASSES }, (_, i) => {
  const city = cities[i % cities.length]!;
  const first = Math.floor(random() * 40) - 5;
  return {
    _id: new Types.ObjectId(),
    title: `${trades[i % trades.length]}培训班 ${i}`,
    trade: { name: trades[i % trades.length] },
    level: 5,
    certificates: [
      { type: 'skill_level', name: '职业技能等级证书（五级）', issuer: '评价机构' },
      ...(i % 3 ? [{ type: 'special_operation', name: '特种作业操作证', issuer: '应急管理局' }] : []),
    ],
    providerId: `provider-${i % 40}`,
    providerName: `培训学校 ${i % 40}`,
    providerRegistrationNo: '6501092023001',
    areaCode: city.areaCode,
    sites: [
      {
        name: '实训基地',
        address: '某路 1 号',
        location: { lng: city.lng + (random() - 0.5) * 0.3, lat: city.lat + (random() - 0.5) * 0.3 },
      },
    ],
    sessions: Array.from({ length: 10 }, (_, d) => ({ date: day(first + d), start: '09:00', end: '17:00', kind: 'practice' })),
    capacity: 30,
    feeFen: i % 4 ? 280000 : 0,
    subsidyFen: i % 5 ? 280000 : 100000,
    eligibility: ['any'],
    enrollDeadline: new Date(Date.now() + 30 * 86_400_000),
    tracks: [],
    status: 'open',
  };
});
await Course.insertMany(courses);
const claims = courses.flatMap((c) =>
  Array.from({ length: Math.floor(random() * 31) }, (_, k) => ({
    courseId: c._id,
    seatNo: k + 1,
    enrollmentId: new Types.ObjectId(),
    claimedAt: new Date(),
  })),
);
await SeatClaim.insertMany(claims);

const server = createServer(requestListener(app)).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;

/** Sequential requests; `cold` drops the instance's class snapshot before each, as a change through it would. */
async function time(path: string, { requests = REQUESTS, cold = false } = {}) {
  for (let i = 0; i < Math.min(10, requests); i++) await (await fetch(base + path)).arrayBuffer();
  const ms: number[] = [];
  for (let i = 0; i < requests; i++) {
    if (cold) app.context.openClasses.changed();
    const start = performance.now();
    const res = await fetch(base + path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    ms.push(performance.now() - start);
  }
  return { p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) };
}

// What the mini-program asks: 50 classes near a rider in Urumqi, then with the dual-certificate and free filters.
const near = `near=${cities[1]!.lng},${cities[1]!.lat}`;
const list = await time(`/courses?pageSize=50&${near}`);
const filtered = await time(`/courses?pageSize=50&${near}&dualCertificate=true&free=true`);
const tradesList = await time('/courses/trades');
const coldList = await time(`/courses?pageSize=50&${near}`, { requests: 10, cold: true });

const results = {
  at: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}`,
  node: process.version,
  classes: CLASSES,
  seatClaims: claims.length,
  requests: REQUESTS,
  listMs: list,
  filteredMs: filtered,
  tradesMs: tradesList,
  coldListMs: coldList,
};
writeFileSync(join('results/courses.json'), `${JSON.stringify(results, null, 2)}\n`);
const target = 50;
writeFileSync(
  join('results/courses.md'),
  `# Skill classes benchmark

${results.at} · ${results.machine} · Node ${results.node} · ${CLASSES} open classes, ${claims.length} seats taken · ${REQUESTS} sequential requests each

| request | p50 | p99 | target |
|---|---|---|---|
| 50 nearest classes (\`GET /courses?near=…&pageSize=50\`) | ${list.p50} ms | ${list.p99} ms | p99 ≤ ${target} ms — ${list.p99 <= target ? 'met' : 'not met'} |
| same, dual-certificate and free only | ${filtered.p50} ms | ${filtered.p99} ms | |
| trades of open classes (\`GET /courses/trades\`) | ${tradesList.p50} ms | ${tradesList.p99} ms | |
| 50 nearest, first request after a change (snapshot reloaded; 10 requests) | ${coldList.p50} ms | ${coldList.p99} ms | |

The list is served from a per-instance snapshot of the open classes and their seats taken (\`YILU_CLASSES_CACHE_MS\`,
default 10 s; readers keep the old one while it reloads in the background), reloaded at once after a class is
changed through the instance; seats taken and freed are counted in place. The cold row is what one reload costs on the
embedded FerretDB, which scans a collection for every query; on MongoDB it is a fraction of that.
`,
);
console.log(JSON.stringify(results, null, 2));

function join(path: string) {
  return `${root}bench/${path}`;
}
server.close();
await database.close();
await db.stop();
rmSync(dataDir, { recursive: true, force: true });
