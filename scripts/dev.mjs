// `npm run dev`: the whole product for development, each part restarting or rebuilding on change: the API in
// watch mode, the admin's Vite dev server and the h5 app's Taro dev server, on the embedded database with demo
// data (see product.mjs). `bash scripts/start.sh` serves the production builds instead. Ctrl-C stops everything.
import { join } from 'node:path';
import { apiUrl, ports, printBanner, productEnv, root, run, seedDemo, startDatabase, stop, waitFor } from './product.mjs';

const database = await startDatabase();
const env = productEnv(database.uri, { TARO_APP_DEV_LOGIN: process.env.TARO_APP_DEV_LOGIN ?? 'true' });
const tsx = ['--import', 'tsx'];
await seedDemo(env, [...tsx, 'src/cli/seed.ts']);

run('api', process.execPath, [...tsx, '--watch', 'src/server.ts'], 'apps/api', env);
run('admin', process.execPath, [join(root, 'node_modules/vite/bin/vite.js')], 'apps/admin', env);
run('h5', process.execPath, [join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', 'h5', '--watch'], 'apps/miniapp', env);

if (!(await waitFor(`${apiUrl}/readyz`, 60_000))) await stop(1);
printBanner({
  title: '驿路 Yilu is running with hot reload (the h5 app takes about half a minute for its first build):',
  database,
  admin: `http://127.0.0.1:${ports.admin}/`,
  h5: `http://127.0.0.1:${ports.h5}/`,
});
