// Seeds demo data into the configured database (development only): `npm run seed -w @yilu/api`.
import { seedDemo } from '../demo/seed.js';
import { openContext } from './open-context.js';

const ctx = await openContext();
const { created } = await seedDemo(ctx);
console.log(created.length ? `Demo data: created ${created.join(', ')}.` : 'Demo data already present.');
await ctx.db.close();
