import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

const apiTarget = process.env.YILU_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    vue(),
    // element-plus components are imported on demand, with their styles.
    Components({ resolvers: [ElementPlusResolver()], dts: false }),
  ],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.YILU_ADMIN_PORT ?? 5173),
    strictPort: true,
    proxy: { '/api': apiTarget },
  },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/api': apiTarget } },
  build: { chunkSizeWarningLimit: 1500 },
});
