import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Taro's runtime needs its compiler; in unit tests two small stand-ins take the place of
// @tarojs/components (plain DOM elements) and @tarojs/taro (storage and login, request over fetch).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: {
      '@tarojs/components': here('./test/taro-components.tsx'),
      '@tarojs/taro': here('./test/taro.ts'),
    },
  },
  test: { reporters, environment: 'jsdom' },
});
