import { describe, expect, it } from 'vitest';
import '@yilu/shared';
import { operations } from '../index.js';
import { hostileTextsTaken } from '../../../shared/src/__tests__/hostile-sweep.js';
import type { NamedSchema } from '../../../shared/src/__tests__/message-sweep.js';

// Every operation's path parameters, query and body refuse text carrying NUL, a bidirectional override or isolate,
// a lone surrogate or an escape, in every field: shared's one text type, or a pattern that admits none of them.
const requestParts: NamedSchema[] = Object.entries(operations).flatMap(([id, op]) =>
  (['params', 'query', 'body'] as const).flatMap((part) => {
    const schema = (op as { params?: unknown; query?: unknown; body?: unknown })[part];
    return schema ? [[`${id}.${part}`, schema] as NamedSchema] : [];
  }),
);

describe('hostile text, over every operation', () => {
  it('is refused in every field of every request', () => {
    expect(requestParts.length).toBeGreaterThan(30);
    expect(hostileTextsTaken(requestParts)).toEqual([]);
  });
});
