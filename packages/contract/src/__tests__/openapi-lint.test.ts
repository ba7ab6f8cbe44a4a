import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { createOpenApiDocument } from '../openapi.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const redocly = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');

it("passes Redocly CLI's recommended rules with no error and no warning", async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'yilu-openapi-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(createOpenApiDocument()));
  const run = promisify(execFile)(
    process.execPath,
    [redocly, 'lint', file, '--format', 'json', '--config', join(packageDir, 'redocly.yaml')],
    {
      cwd: packageDir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  const { stdout } = await run.catch((e: { stdout: string }) => e);
  const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
  expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
}, 60_000);
