import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

export default defineConfig({
  test: {
    reporters,
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Argon2 and FerretDB share two cores; files run one after another for stable timings.
    fileParallelism: false,
  },
});
