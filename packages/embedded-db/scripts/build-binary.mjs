// Builds the FerretDB wrapper (go/) into bin/yilu-ferretdb, skipping the build when the binary is newer
// than every Go source file. Uses only the local Go toolchain and the Go module proxy.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'go');
const out = join(root, 'bin', 'yilu-ferretdb');

const newestSource = Math.max(...readdirSync(src).map((f) => statSync(join(src, f)).mtimeMs));
if (existsSync(out) && statSync(out).mtimeMs > newestSource) {
  console.log(`embedded-db: ${out} is up to date`);
  process.exit(0);
}

console.log('embedded-db: building FerretDB v1.24.2 wrapper (first build takes a minute or two)…');
execFileSync('go', ['build', '-trimpath', '-o', out, '.'], {
  cwd: src,
  stdio: 'inherit',
  env: { ...process.env, GOTOOLCHAIN: 'local', CGO_ENABLED: '0' },
});
console.log(`embedded-db: built ${out}`);
