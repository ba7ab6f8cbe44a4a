import { defineConfig } from 'vitest/config';
import { reporters } from '../vitest.shared';

export default defineConfig({
  test: {
    reporters,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
