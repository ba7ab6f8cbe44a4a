// The product as users get it, run by `bash scripts/start.sh` once the builds are in place: the built API
// (dist/server.js) on the embedded database with demo data, and the production builds of the admin and the h5
// app, each on its own port with /api forwarded to the API (static-site.ts). Ctrl-C stops everything.
import { apiUrl, onStop, ports, printBanner, productEnv, run, seedDemo, startDatabase, stop, waitFor } from './product.mjs';
import { builds, serveBuild } from './static-site.ts';

const database = await startDatabase();
// The sites below say who the client is in X-Forwarded-For, as the reverse proxy of a deployment does.
const env = productEnv(database.uri, { YILU_TRUST_PROXY: process.env.YILU_TRUST_PROXY ?? '1' });
await seedDemo(env, ['dist/cli/seed.js']);

run('api', process.execPath, ['dist/server.js'], 'apps/api', env);
if (!(await waitFor(`${apiUrl}/readyz`, 60_000))) await stop(1);

const sites = await Promise.all([
  serveBuild(builds.admin, { apiOrigin: apiUrl, port: ports.admin, warm: true }),
  serveBuild(builds.h5, { apiOrigin: apiUrl, port: ports.h5, warm: true }),
]).catch(async (error) => {
  console.error(`start: ${error.message}`);
  return stop(1);
});
for (const site of sites) onStop(site.close);

printBanner({ title: '驿路 Yilu is running (production builds):', database, admin: `${sites[0].url}/`, h5: `${sites[1].url}/` });
