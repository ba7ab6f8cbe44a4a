import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

export default defineConfig({
  // The proof against the real API waits for its access tokens to expire (61 s) once for the whole file.
  test: { reporters, testTimeout: 30_000, hookTimeout: 120_000 },
});
