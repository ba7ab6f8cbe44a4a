// Creates an admin account: `npm run create-admin -w @yilu/api -- --username NAME`.
// The password comes from YILU_ADMIN_PASSWORD or is read from standard input; there is no default.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { passwordSchema, usernameSchema } from '@yilu/shared';
import { ensureAdmin } from '../accounts/accounts.service.js';
import { openContext } from './open-context.js';

const { values } = parseArgs({ options: { username: { type: 'string' } } });
const username = usernameSchema.safeParse(values.username);
if (!username.success) {
  console.error('usage: create-admin --username NAME   (3–32 letters, digits, _ . -)');
  process.exit(2);
}

let password = process.env.YILU_ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  password = await rl.question('Password for the new admin (12+ characters): ');
  rl.close();
}
const checked = passwordSchema.min(12).safeParse(password);
if (!checked.success) {
  console.error('The admin password must be 12 to 128 characters.');
  process.exit(2);
}

const ctx = await openContext();
const created = await ensureAdmin(ctx, username.data, checked.data);
console.log(created ? `Created admin "${username.data}".` : `An account named "${username.data}" already exists; nothing changed.`);
await ctx.db.close();
