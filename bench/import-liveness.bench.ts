// Import liveness: a 4 MB .xlsx of 800,000 one-cell rows is uploaded to a running API process, which must refuse it
// while /healthz (polled every 50 ms) keeps answering and the process's memory stays bounded.
// Writes results/import.json and results/import.md. Run: npm run bench:import
// (BENCH_AS=before records the run as the reader before a change; the default records it as the current one.)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import ExcelJS from 'exceljs';
import { freshDataDir, startEmbeddedDb } from '@yilu/embedded-db';
import { benchEnv } from './bench-env.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 800_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LABEL = process.env.BENCH_AS === 'before' ? 'before' : 'after';
const POLL_MS = 50;
const TARGET = { healthzMs: 200, rssGrowthMb: 300 };
const root = new URL('..', import.meta.url).pathname;
const login = { username: 'bench-admin', password: 'bench-password-0123' };

/**
 * Child: the real API on the embedded database with one admin account. Prints the port, then serves until killed;
 * SIGUSR2 starts its event-loop delay histogram afresh, and its maximum since is the last line it prints.
 */
async function serve() {
  const { createApp, requestListener } = await import('../apps/api/src/app.js');
  const { loadConfig } = await import('../apps/api/src/config.js');
  const { connectDatabase } = await import('../apps/api/src/db/connection.js');
  const { createLogger } = await import('../apps/api/src/logger.js');
  const { ensureAdmin } = await import('../apps/api/src/accounts/accounts.service.js');
  const dataDir = freshDataDir('bench-import');
  const db = await startEmbeddedDb({ dataDir });
  const config = loadConfig(benchEnv(db.uri));
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase({ uri: config.mongodbUri, dbName: 'bench', logger });
  const app = createApp({ config, logger, db: database });
  await ensureAdmin(app.context, login.username, login.password);
  const server = createServer(requestListener(app)).listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  process.on('SIGUSR2', () => delay.reset());
  process.on('SIGTERM', async () => {
    console.log(delay.max / 1e6);
    server.close();
    await database.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
}

/** A header with the points import's required columns, then ROWS rows of one cell each, as small as Excel can zip it. */
async function makeFile(path: string) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, zip: { zlib: { level: 9 } } });
  const sheet = writer.addWorksheet('服务点');
  sheet.addRow(['名称', '类型', '经度', '纬度']).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow(['驿站']).commit();
  sheet.commit();
  await writer.commit();
}

const rssMb = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(field))!;
  return Number(line.split(/\s+/)[1]) / 1024;
};
const round = (v: number) => Number(v.toFixed(1));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function startChild(): Promise<{ port: number; process: ChildProcess; lastLine: Promise<string> }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'bench/import-liveness.bench.ts', 'serve'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout! });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
  let last = '';
  lines.on('line', (l) => (last = l));
  const lastLine = new Promise<string>((resolve) => lines.once('close', () => resolve(last)));
  return { port: Number(line), process: proc, lastLine };
}

/** Polls /healthz every 50 ms and samples the API's RSS until stopped; each probe's latency is counted from its start. */
function poll(base: string, pid: number) {
  const latencies: number[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  let rssPeak = 0;
  const timer = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssMb(pid, 'VmRSS'));
    const start = performance.now();
    pending.push(
      fetch(`${base}/healthz`)
        .then((res) => res.arrayBuffer())
        .then(
          () => void latencies.push(performance.now() - start),
          () => void failed++,
        ),
    );
  }, POLL_MS);
  return async () => {
    clearInterval(timer);
    await Promise.all(pending);
    return { latencies, failed, rssPeak };
  };
}

async function run(file: Buffer) {
  const api = await startChild();
  const pid = api.process.pid!;
  const base = `http://127.0.0.1:${api.port}`;
  const auth = await fetch(`${base}/api/v1/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  const { accessToken } = (await auth.json()) as { accessToken: string };
  await new Promise((r) => setTimeout(r, 1000));
  const rssBefore = median(Array.from({ length: 5 }, () => rssMb(pid, 'VmRSS')));

  // The same probes for 2 s without an upload: the machine's own noise, to read the figures against.
  const idle = poll(base, pid);
  await new Promise((r) => setTimeout(r, 2000));
  const { latencies: idleLatencies } = await idle();

  api.process.kill('SIGUSR2');
  const stop = poll(base, pid);
  await new Promise((r) => setTimeout(r, 200));
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), 'points.xlsx');
  const start = performance.now();
  const res = await fetch(`${base}/api/v1/points/import?mode=validate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
    body: form,
  });
  const body = (await res.json()) as { detail?: string };
  const answeredMs = performance.now() - start;
  const { latencies, failed, rssPeak } = await stop();
  const rssHighWater = rssMb(pid, 'VmHWM');
  api.process.kill('SIGTERM');
  const eventLoopDelayMaxMs = Number(await api.lastLine);
  return {
    status: res.status,
    detail: body.detail ?? '',
    answeredMs: round(answeredMs),
    healthzMaxMs: round(Math.max(...latencies)),
    healthzP50Ms: round(median(latencies)),
    idleHealthzMaxMs: round(Math.max(...idleLatencies)),
    eventLoopDelayMaxMs: round(eventLoopDelayMaxMs),
    probes: latencies.length,
    probesFailed: failed,
    rssBeforeMb: round(rssBefore),
    rssPeakSampledMb: round(rssPeak),
    rssHighWaterMb: round(rssHighWater),
    rssGrowthMb: round(rssHighWater - rssBefore),
  };
}

async function measure() {
  const loadAverage = loadavg().map(round);
  const path = join(mkdtempSync(join(tmpdir(), 'yilu-bench-import-')), 'rows.xlsx');
  console.log(`writing a .xlsx of ${ROWS} one-cell rows…`);
  // In a process of its own, so that the garbage of 800,000 rows is not collected in this one while it measures.
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'bench/import-liveness.bench.ts', 'make', path], {
    cwd: root,
    stdio: 'inherit',
  });
  if (made.status !== 0) throw new Error('could not write the file');
  const file = readFileSync(path);
  rmSync(path);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    console.log(`run ${i + 1}/${RUNS}: uploading ${(file.length / 1024 / 1024).toFixed(1)} MB while polling /healthz…`);
    runs.push(await run(file));
    console.log(JSON.stringify(runs.at(-1)));
  }
  const results = {
    at: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}`,
    node: process.version,
    loadAverage,
    fileBytes: file.length,
    rows: ROWS,
    runs,
  };
  const jsonPath = `${root}bench/results/import.json`;
  const stored = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, typeof results>) : {};
  const all = { ...stored, [LABEL]: results };
  writeFileSync(jsonPath, `${JSON.stringify(all, null, 2)}\n`);
  writeFileSync(`${root}bench/results/import.md`, report(all));
  console.log(`written to bench/results/import.md (${statSync(jsonPath).size} bytes of JSON)`);
}

type Run = Awaited<ReturnType<typeof run>>;
type Results = Parameters<typeof section>[1];

function section(
  title: string,
  r: {
    at: string;
    machine: string;
    node: string;
    loadAverage: number[];
    fileBytes: number;
    rows: number;
    // Runs recorded before the idle probes were added have no idle figure.
    runs: (Omit<Run, 'idleHealthzMaxMs' | 'eventLoopDelayMaxMs'> & Partial<Run>)[];
  },
) {
  const met = (ok: boolean) => (ok ? 'met' : 'not met');
  const worst = { healthz: Math.max(...r.runs.map((x) => x.healthzMaxMs)), rss: Math.max(...r.runs.map((x) => x.rssGrowthMb)) };
  const row = (x: (typeof r.runs)[number], i: number) => {
    const cells = [
      i + 1,
      `${x.status} ${x.detail}`,
      `${x.answeredMs} ms`,
      `${x.healthzMaxMs} ms`,
      `${x.healthzP50Ms} ms`,
      x.idleHealthzMaxMs === undefined ? '—' : `${x.idleHealthzMaxMs} ms`,
      x.eventLoopDelayMaxMs === undefined ? '—' : `${x.eventLoopDelayMaxMs} ms`,
      `${x.probes} (${x.probesFailed})`,
      `${x.rssBeforeMb} MB`,
      `${x.rssHighWaterMb} MB`,
      `${x.rssGrowthMb} MB`,
    ];
    return `| ${cells.join(' | ')} |`;
  };
  return `## ${title}

${r.at} · ${r.machine} · Node ${r.node} · load average (1 / 5 / 15 min) ${r.loadAverage.join(' / ')} · ${(r.fileBytes / 1024 / 1024).toFixed(1)} MB .xlsx, header + ${r.rows} one-cell rows

| run | answer | answered after | /healthz max | /healthz p50 | /healthz max, idle | API event-loop delay max | probes (failed) | RSS before | RSS high-water | RSS growth |
|---|---|---|---|---|---|---|---|---|---|---|
${r.runs.map(row).join('\n')}

Worst of ${r.runs.length}: /healthz ${worst.healthz} ms (target ≤ ${TARGET.healthzMs} ms — ${met(worst.healthz <= TARGET.healthzMs)}),
RSS growth ${worst.rss} MB (target < ${TARGET.rssGrowthMb} MB — ${met(worst.rss < TARGET.rssGrowthMb)}).
`;
}

function report(all: Record<string, Results>) {
  return `# Import liveness benchmark

A points import (\`POST /points/import?mode=validate\`) of a .xlsx far over the row limit, uploaded to the API running
in its own process (\`node --import tsx\`, embedded FerretDB), while this process asks \`/healthz\` every ${POLL_MS} ms; each
probe's latency counts from when it was sent, so a blocked event loop shows as one long probe. RSS growth is the
process's high-water mark (\`VmHWM\`) after the answer minus its RSS before the upload; a fresh API process per run.
"Idle" is the same probing for 2 s just before the upload: the machine's own noise. The API's event-loop delay
(\`monitorEventLoopDelay\` in the API process, from just before the upload to its end) tells a stall of the API from a
late probe.
The machine is shared with other work, so figures move by tens of percent between runs; the load average says how busy
it was when the run started.

${all.before ? section('Before: exceljs `xlsx.load` of the whole file on the event loop', all.before) : ''}
${all.after ? section('After: streaming reader in a worker thread, stopped at the row limit', all.after) : ''}`;
}

if (process.argv[2] === 'serve') await serve();
else if (process.argv[2] === 'make') await makeFile(process.argv[3]!);
else await measure();
