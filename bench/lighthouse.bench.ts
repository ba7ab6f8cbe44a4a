// Lighthouse 13 in Debian's Chromium against the production builds on the demo data (e2e/support/demo-product.ts):
// the h5 home, class list and a point (mobile) and the admin's sign-in and points list (desktop, signed in).
// Writes results/lighthouse.md and .json. Target: performance and accessibility ≥ 95 on every page.
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

interface Score {
  page: string;
  form: string;
  url: string;
  performance: number;
  accessibility: number;
  /** The audits that cost the most points, for reading why a score is below the target. */
  losses: string[];
}

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

async function audit(target: PageToAudit, product: DemoProduct): Promise<Score> {
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
    return {
      page: target.name,
      form: target.form,
      url: target.url.replace(/http:\/\/127\.0\.0\.1:\d+/, ''),
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
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

function markdown(scores: Score[], before: ReturnType<typeof machine>, after: string) {
  const mark = (n: number) => (n >= TARGET ? `${n}` : `**${n}**`);
  const rows = scores.map(
    (s) => `| ${s.page} | ${s.form} | ${mark(s.performance)} | ${mark(s.accessibility)} | ${s.losses.join(', ') || '—'} |`,
  );
  return [
    '# Lighthouse (production builds, demo data)',
    '',
    `${before.date} · Lighthouse 13.5.0 · ${before.chromium} · Node ${before.node} · ${before.cpus}`,
    '',
    `Load before: \`${before.uptime}\``,
    `Load after: \`${after}\``,
    '',
    `Target: performance and accessibility ≥ ${TARGET} (below it in bold). Mobile: Lighthouse's default (simulated slow 4G,`,
    '4× CPU slowdown); desktop: its desktop config. Audits costing points: the five heaviest below 0.9.',
    '',
    '| page | form | performance | accessibility | audits costing points |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const before = machine();
const product = await startDemoProduct();
const scores: Score[] = [];
try {
  for (const target of await pagesOf(product)) {
    const score = await audit(target, product);
    console.log(`${score.page}: performance ${score.performance}, accessibility ${score.accessibility}  ${score.losses.join(', ')}`);
    scores.push(score);
  }
} finally {
  await product.close();
}
const after = execSync('uptime').toString().trim();
await writeFile(
  new URL('lighthouse.json', results),
  `${JSON.stringify({ machine: { ...before, uptimeAfter: after }, scores }, null, 2)}\n`,
);
await writeFile(new URL('lighthouse.md', results), markdown(scores, before, after));
const below = scores.filter((s) => s.performance < TARGET || s.accessibility < TARGET);
console.log(below.length ? `below ${TARGET}: ${below.map((s) => s.page).join(', ')}` : `every page ≥ ${TARGET}`);
