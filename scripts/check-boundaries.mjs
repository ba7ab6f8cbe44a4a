// Proves that the import boundaries in eslint.config.js still bite (decision 0010). The rule passes silently when it
// cannot resolve an import, so a broken resolver or a renamed folder would let everything through: this lints a few
// deliberate violations and allowed imports, never written to disk, and fails when ESLint answers otherwise.
// Run by `npm run lint:root`.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(import.meta.dirname, '..');
const rule = 'import-x/no-restricted-paths';

/** Each probe: a file that does not exist, the relative import it makes, and whether the boundary rule must reject it. */
const probes = [
  { file: 'apps/admin/src/probe.ts', imports: '../../miniapp/src/app.config.js', rejected: true },
  { file: 'apps/miniapp/src/probe.ts', imports: '../../admin/src/locales/zh-CN.js', rejected: true },
  { file: 'apps/api/src/probe.ts', imports: '../../admin/src/locales/zh-CN.js', rejected: true },
  { file: 'packages/shared/src/probe.ts', imports: '../../../apps/api/src/config.js', rejected: true },
  { file: 'packages/client/src/__tests__/probe.ts', imports: '../../../../apps/api/test/api-process.js', rejected: false },
  { file: 'e2e/tests/probe.ts', imports: '../../apps/api/test/api-process.js', rejected: false },
  { file: 'apps/api/src/overview/probe.ts', imports: '../courses/check-in.js', rejected: true },
  { file: 'apps/api/src/probe.ts', imports: './courses/course-list.js', rejected: true },
  { file: 'apps/api/src/overview/probe.ts', imports: '../auth/scope.js', rejected: false },
  { file: 'apps/api/src/overview/probe.ts', imports: '../http/problem.js', rejected: false },
  { file: 'apps/api/src/courses/probe.ts', imports: './check-in.js', rejected: false },
];

/** Workspace package names go through node_modules, so they are probed apart from the relative imports above. */
const packageProbes = [
  { file: 'apps/admin/src/probe.ts', imports: '@yilu/api/testing', rejected: true },
  { file: 'packages/shared/src/probe.ts', imports: '@yilu/api/testing', rejected: true },
  { file: 'e2e/tests/probe.ts', imports: '@yilu/api/testing', rejected: false },
];

const eslint = new ESLint({ cwd: root });
const failures = [];
for (const probe of [...probes, ...packageProbes]) {
  const target = resolve(root, dirname(probe.file), probe.imports).replace(/\.js$/, '.ts');
  if (probe.imports.startsWith('.') && !existsSync(target)) {
    failures.push(`${probe.file} → ${probe.imports}: the imported file is gone; point the probe at another file`);
    continue;
  }
  const [result] = await eslint.lintText(`import '${probe.imports}';\n`, { filePath: resolve(root, probe.file) });
  const rejected = result.messages.some((m) => m.ruleId === rule);
  if (rejected !== probe.rejected) {
    failures.push(`${probe.file} → ${probe.imports}: should be ${probe.rejected ? 'rejected' : 'allowed'} by ${rule}`);
  }
}

if (failures.length > 0) {
  console.error(`check-boundaries: the import boundaries do not hold as decision 0010 says:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-boundaries: ${probes.length + packageProbes.length} probes of the import boundaries answered as expected`);
