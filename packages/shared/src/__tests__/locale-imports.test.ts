import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../', import.meta.url);
const modules = readdirSync(src).filter((f) => f.endsWith('.ts') && f !== 'locale.ts');

describe('the Chinese messages', () => {
  // The apps' bundlers drop the modules whose exports they do not use (package.json sideEffects): a module that
  // builds schemas must bring the messages along itself, not count on the index.
  it('are set up by every module that builds schemas', () => {
    const building = modules.filter((f) => /^import \{ z \} from 'zod';$/m.test(readFileSync(new URL(f, src), 'utf8')));
    expect(building.length).toBeGreaterThan(10);
    for (const f of building) expect(readFileSync(new URL(f, src), 'utf8'), f).toMatch(/^import '\.\/locale\.js';$/m);
  });
});
