// Adds up the vitest JSON reports of every workspace that has a test script and prints one line
// "N passed, N failed". A workspace whose report is missing (it crashed or never ran) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const workspaces = rootPackage.workspaces.flatMap((pattern) => {
  if (!pattern.endsWith('/*')) return [pattern];
  const dir = pattern.slice(0, -2);
  return readdirSync(join(root, dir)).map((name) => `${dir}/${name}`);
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const workspace of workspaces) {
  const pkgPath = join(root, workspace, 'package.json');
  if (!existsSync(pkgPath)) continue;
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  if (!pkg.scripts?.test) continue;
  const report = join(root, workspace, '.reports', 'vitest.json');
  if (!existsSync(report)) {
    console.error(`summary: ${pkg.name} wrote no test report; counted as 1 failed`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  // A file whose setup failed runs none of its tests: each test it holds counts as failed, not as skipped.
  const broken = r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  const notRun = broken.reduce((n, f) => n + Math.max(1, f.assertionResults.length), 0);
  const notRunPending = broken.reduce((n, f) => n + f.assertionResults.filter((a) => a.status !== 'passed').length, 0);
  const fileFailed = r.numFailedTests + notRun;
  passed += r.numPassedTests;
  failed += fileFailed;
  skipped += Math.max(0, r.numPendingTests + (r.numTodoTests ?? 0) - notRunPending);
  console.error(`summary: ${pkg.name}: ${r.numPassedTests} passed, ${fileFailed} failed`);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
