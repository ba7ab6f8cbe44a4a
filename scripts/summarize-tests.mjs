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
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  console.error(`summary: ${pkg.name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
