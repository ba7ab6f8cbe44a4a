import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

export default defineConfig({
  test: { reporters, testTimeout: 60_000, hookTimeout: 60_000 },
});
