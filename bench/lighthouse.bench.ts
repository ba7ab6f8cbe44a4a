// Lighthouse 13 in Debian's Chromium against the production builds on the demo data (e2e/support/demo-product.ts):
// the h5 home, class list and a point (mobile) and the admin's sign-in and points list (desktop, signed in).
// Each page is audited BENCH_RUNS times (default 5) in turn and its median is kept: on two shared cores one run says
// little (docs in bench/README.md). BENCH_PAGES=地图,课程 audits only the pages whose names contain one of the words.
// Writes results/lighthouse.md and .json. Target: median performance and accessibility ≥ 95 on every page.
import { execSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import { demoStaffSession, kashgar, startDemoProduct, type DemoProduct } from '../e2e/support/demo-product.js';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const TARGET = 95;
const results = new URL('results/', import.meta.url);

interface PageToAudit {
  name: string;
  url: string;
  form: 'mobile' | 'desktop';
  /** Keeps the browser's storage (the admin's session) from the run before. */
  signedIn?: boolean;
}

/** One Lighthouse run of one page. */
interface Run {
  performance: number;
  accessibility: number;
  /** The metrics the performance score is made of, in ms (CLS unitless). */
  metrics: Record<MetricName, number>;
  /** The audits that cost the most points, for reading why a score is below the target. */
  losses: string[];
}

/** A page's runs and their medians. */
interface Score {
  page: string;
  form: string;
  url: string;
  performance: number;
  accessibility: number;
  metrics: Record<MetricName, number>;
  /** The losses of the run whose performance is the median. */
  losses: string[];
  runs: number[];
}

const metricAudits = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
type MetricName = keyof typeof metricAudits;

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const onlyPages = process.env.BENCH_PAGES?.split(',').filter(Boolean);

async function pointId(product: DemoProduct): Promise<string> {
  const res = await fetch(`${product.apiOrigin}/api/v1/points?near=${kashgar.longitude},${kashgar.latitude}&radius=2000`);
  const { items } = (await res.json()) as { items: { id: string; name: string }[] };
  return (items.find((p) => p.name === '喀什古城暖心驿站') ?? items[0]!).id;
}

async function pagesOf(product: DemoProduct): Promise<PageToAudit[]> {
  return [
    { name: 'h5 地图 (home)', url: `${product.h5Url}/`, form: 'mobile' },
    { name: 'h5 课程 (class list)', url: `${product.h5Url}/#/pages/courses/index`, form: 'mobile' },
    { name: 'h5 point detail', url: `${product.h5Url}/#/pages/point/index?id=${await pointId(product)}`, form: 'mobile' },
    { name: 'admin sign-in', url: `${product.adminUrl}/#/login`, form: 'desktop' },
    { name: 'admin 服务点位 (points list)', url: `${product.adminUrl}/#/points`, form: 'desktop', signedIn: true },
  ];
}

/** Puts the admin's session into the browser's own profile, where Lighthouse's tab will find it. */
async function signInAdmin(port: number, product: DemoProduct) {
  const session = await demoStaffSession(product);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = await browser.contexts()[0]!.newPage();
  await page.goto(`${product.adminUrl}/#/login`);
  await page.evaluate((value) => localStorage.setItem('yilu.admin.session', value), JSON.stringify(session));
  await page.close();
  await browser.close();
}

async function audit(target: PageToAudit, product: DemoProduct): Promise<Run> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    if (target.signedIn) await signInAdmin(chrome.port, product);
    const flags = { port: chrome.port, logLevel: 'error' as const, disableStorageReset: target.signedIn ?? false };
    const settings = { onlyCategories: ['performance', 'accessibility'] };
    const config =
      target.form === 'desktop'
        ? { ...desktopConfig, settings: { ...desktopConfig.settings, ...settings } }
        : {
            extends: 'lighthouse:default',
            settings,
          };
    const answer = await lighthouse(target.url, flags, config);
    if (!answer) throw new Error(`Lighthouse gave no answer for ${target.url}`);
    const { categories, audits } = answer.lhr;
    const losses = Object.values(categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ({ ref, audit: audits[ref.id]! })))
      .filter(({ audit }) => audit.score !== null && audit.score < 0.9)
      .sort((a, b) => b.ref.weight * (1 - b.audit.score!) - a.ref.weight * (1 - a.audit.score!))
      .slice(0, 5)
      .map(({ audit }) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    const metrics = Object.fromEntries(
      Object.entries(metricAudits).map(([name, id]) => [name, audits[id]?.numericValue ?? Number.NaN]),
    ) as Record<MetricName, number>;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      metrics,
      losses,
    };
  } finally {
    chrome.kill();
  }
}

function machine() {
  return {
    date: new Date().toISOString(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    uptime: execSync('uptime').toString().trim(),
    chromium: execSync(`${chromePath} --version`).toString().trim(),
    node: process.version,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function summarize(target: PageToAudit, runs: Run[]): Score {
  const performance = median(runs.map((r) => r.performance));
  const metrics = Object.fromEntries(
    Object.keys(metricAudits).map((name) => [name, median(runs.map((r) => r.metrics[name as MetricName]))]),
  ) as Record<MetricName, number>;
  return {
    page: target.name,
    form: target.form,
    url: target.url.replace(/http:\/\/127\.0\.0\.1:\d+/, ''),
    performance,
    accessibility: median(runs.map((r) => r.accessibility)),
    metrics,
    losses: runs.find((r) => r.performance === performance)!.losses,
    runs: runs.map((r) => r.performance),
  };
}

const ms = (n: number) => `${Math.round(n)}`;

function markdown(scores: Score[], before: ReturnType<typeof machine>, after: string) {
  const mark = (n: number) => (n >= TARGET ? `${n}` : `**${n}**`);
  const rows = scores.map(
    (s) =>
      `| ${s.page} | ${s.form} | ${mark(s.performance)} | ${s.runs.join(' ')} | ${mark(s.accessibility)} | ` +
      `${ms(s.metrics.fcp)} | ${ms(s.metrics.lcp)} | ${ms(s.metrics.tbt)} | ${s.metrics.cls.toFixed(3)} | ${ms(s.metrics.si)} | ` +
      `${s.losses.join(', ') || '—'} |`,
  );
  return [
    '# Lighthouse (production builds, demo data)',
    '',
    `${before.date} · Lighthouse 13.5.0 · ${before.chromium} · Node ${before.node} · ${before.cpus}`,
    '',
    `Load before: \`${before.uptime}\``,
    `Load after: \`${after}\``,
    '',
    `Target: performance and accessibility ≥ ${TARGET} (below it in bold), the median of ${RUNS} runs per page taken in`,
    "turn. Mobile: Lighthouse's default (simulated slow 4G, 4× CPU slowdown); desktop: its desktop config. Metrics are",
    'the medians in ms (FCP first contentful paint, LCP largest contentful paint, TBT total blocking time, SI speed',
    'index; CLS unitless). Audits costing points: the five heaviest below 0.9 in the median run.',
    '',
    '| page | form | performance | runs | accessibility | FCP | LCP | TBT | CLS | SI | audits costing points |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const before = machine();
const product = await startDemoProduct();
const targets = (await pagesOf(product)).filter((t) => !onlyPages || onlyPages.some((word) => t.name.includes(word)));
const runs = new Map<PageToAudit, Run[]>(targets.map((t) => [t, []]));
try {
  for (let round = 1; round <= RUNS; round++) {
    for (const target of targets) {
      const run = await audit(target, product);
      const { fcp, lcp, tbt } = run.metrics;
      console.log(
        `${round}/${RUNS} ${target.name}: performance ${run.performance}, accessibility ${run.accessibility}, ` +
          `FCP ${ms(fcp)} LCP ${ms(lcp)} TBT ${ms(tbt)}  ${run.losses.join(', ')}`,
      );
      runs.get(target)!.push(run);
    }
  }
} finally {
  await product.close();
}
const scores = targets.map((t) => summarize(t, runs.get(t)!));
const after = execSync('uptime').toString().trim();
if (onlyPages) {
  console.log('BENCH_PAGES set: results/ left as they were');
} else {
  await writeFile(
    new URL('lighthouse.json', results),
    `${JSON.stringify({ machine: { ...before, uptimeAfter: after, runsPerPage: RUNS }, scores }, null, 2)}\n`,
  );
  await writeFile(new URL('lighthouse.md', results), markdown(scores, before, after));
}
for (const s of scores)
  console.log(`${s.page}: median performance ${s.performance} (${s.runs.join(' ')}), accessibility ${s.accessibility}`);
const below = scores.filter((s) => s.performance < TARGET || s.accessibility < TARGET);
console.log(below.length ? `below ${TARGET}: ${below.map((s) => s.page).join(', ')}` : `every page ≥ ${TARGET}`);
