// Seeds demo data into the configured database (development only): `npm run seed -w @yilu/api`.
import { seedDemo } from '../demo/seed.js';
import { openContext } from './open-context.js';

const ctx = await openContext();
const { created, points, courses, wishes, jobs } = await seedDemo(ctx);
console.log(created.length ? `Demo accounts: created ${created.join(', ')}.` : 'Demo accounts already present.');
console.log(points ? `Demo service points: added ${points}.` : 'Demo service points already present.');
console.log(courses ? `Demo classes: added ${courses}, with enrollments and certificates.` : 'Demo classes already present.');
console.log(wishes ? `Demo wishes: added ${wishes}, at every stage.` : 'Demo wishes already present.');
console.log(jobs ? `Demo jobs: added ${jobs}, with the loader class's 14 hires.` : 'Demo jobs already present.');
await ctx.db.close();
