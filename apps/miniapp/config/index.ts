import path from 'node:path';
import { defineConfig } from '@tarojs/cli';
import { GenerateSW } from 'workbox-webpack-plugin';

// The browsers Babel and Autoprefixer write for (package.json "browserslist"): h5 runs in today's WebViews, with the
// admin's Vite baseline (ES2020); weapp stays ES5, since the WeChat project does not transpile (project.config.json).
process.env.BROWSERSLIST_ENV = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp';

// The API origin the app talks to. h5 uses same-origin /api (the dev server proxies it); weapp needs a full URL.
const apiBase = process.env.TARO_APP_API_BASE ?? '';
const apiProxyTarget = process.env.YILU_API_URL ?? 'http://127.0.0.1:3000';
// A production h5 build names scripts and styles by their content, so servers may cache them for a year
// (docs/deploy.md). Not under --watch: hot reload cannot use content hashes.
const hashed = !process.argv.includes('--watch');
// A production h5 build precaches its shell (html, scripts with every page's chunk, styles, icons) in a service
// worker, so the app opens without signal; API answers are not in it (src/offline keeps those).
const shellWorker = hashed && process.env.TARO_ENV === 'h5';
const shellWorkerOptions: ConstructorParameters<typeof GenerateSW>[0] = {
  swDest: 'sw.js',
  clientsClaim: true,
  skipWaiting: true,
  cleanupOutdatedCaches: true,
  exclude: [/\.map$/, /LICENSE/],
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  dontCacheBustURLsMatching: /\.[0-9a-f]{8}\./,
  navigateFallback: '/index.html',
  navigateFallbackDenylist: [/^\/api\//],
};

// Taro splits only the entry's modules; modules that several pages share (its components, its h5 APIs, our hooks)
// would be copied into each page's chunk. They go into chunks of their own, fetched once.
function splitPageChunks(chain: { optimization: { get(key: string): unknown; splitChunks(value: object): unknown } }) {
  const split = chain.optimization.get('splitChunks') as { cacheGroups: Record<string, unknown> };
  const pages = { chunks: 'async', minChunks: 2, minSize: 10_000, priority: 50, reuseExistingChunk: true };
  chain.optimization.splitChunks({ ...split, cacheGroups: { ...split.cacheGroups, pages } });
}

export default defineConfig<'webpack5'>(() => ({
  projectName: 'yilu-miniapp',
  date: '2026-11-22',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: `dist/${process.env.TARO_ENV}`,
  plugins: [],
  defineConstants: {},
  env: {
    TARO_APP_API_BASE: JSON.stringify(apiBase),
    TARO_APP_DEV_LOGIN: JSON.stringify(process.env.TARO_APP_DEV_LOGIN ?? 'false'),
    // Map tiles for h5 (Leaflet) and the system they are drawn in; none by default, so nothing is fetched.
    TARO_APP_TILE_URL: JSON.stringify(process.env.TARO_APP_TILE_URL ?? ''),
    TARO_APP_TILE_CRS: JSON.stringify(process.env.TARO_APP_TILE_CRS ?? 'wgs84'),
    // Where a certificate's QR code points: the public verification page of the admin app.
    TARO_APP_VERIFY_URL: JSON.stringify(process.env.TARO_APP_VERIFY_URL ?? 'http://127.0.0.1:5173/#/verify'),
    TARO_APP_SHELL_WORKER: JSON.stringify(String(shellWorker)),
  },
  framework: 'react',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  mini: {
    postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } },
  },
  h5: {
    publicPath: '/',
    // Taro's components as React components that render plain elements, instead of its web components (Stencil):
    // less work for each element of a page's first render (bench/results/lighthouse.md).
    useHtmlComponents: true,
    staticDirectory: 'static',
    router: { mode: 'hash' },
    output: hashed ? { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'chunk/[name].[contenthash:8].js' } : {},
    miniCssExtractPluginOption: hashed
      ? { filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' }
      : {},
    devServer: {
      host: '127.0.0.1',
      port: Number(process.env.YILU_H5_PORT ?? 10086),
      proxy: [{ context: ['/api'], target: apiProxyTarget, changeOrigin: true }],
    },
    postcss: { autoprefixer: { enable: true, config: {} }, cssModules: { enable: false } },
    // npm workspaces nest @tarojs/plugin-framework-react; let webpack find hoisted packages too (NervJS/taro#15089).
    webpackChain(chain) {
      chain.resolve.modules
        .add(path.resolve(__dirname, '..', 'node_modules'))
        .add(path.resolve(__dirname, '..', '..', '..', 'node_modules'))
        .add('node_modules');
      // Taro's stylesheet for its React components would win over ours by specificity (its button rules name up to
      // four classes), draws the button spinner from a CDN and removes focus outlines: the app brings its own.
      chain.resolve.alias.set('@tarojs/components-react/dist/index.css$', path.resolve(__dirname, '../src/taro-components.h5.css'));
      if (hashed) splitPageChunks(chain);
      if (shellWorker) chain.plugin('shell-worker').use(GenerateSW, [shellWorkerOptions]);
    },
  },
}));
