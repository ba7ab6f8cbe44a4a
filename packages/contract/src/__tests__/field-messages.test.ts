import { describe, expect, it } from 'vitest';
import '@yilu/shared';
import { operations } from '../index.js';
import { unlabelledFields, unplainMessages, type NamedSchema } from '../../../shared/src/__tests__/message-sweep.js';

// Each operation's path parameters, query and body answer a bad request with messages for people: every field
// has a Chinese label in shared's one table, and no message shows zod's own words or an enum's codes.
const requestParts: NamedSchema[] = Object.entries(operations).flatMap(([id, op]) =>
  (['params', 'query', 'body'] as const).flatMap((part) => {
    const schema = (op as { params?: unknown; query?: unknown; body?: unknown })[part];
    return schema ? [[`${id}.${part}`, schema] as NamedSchema] : [];
  }),
);

describe('messages for people, over every operation', () => {
  it('finds the request parts', () => {
    expect(requestParts.length).toBeGreaterThan(30);
  });

  it('has a Chinese label for every field of every operation', () => {
    expect(unlabelledFields(requestParts)).toEqual([]);
  });

  it('words an empty request, a non-object and a wrong value in any field plainly', () => {
    expect(unplainMessages(requestParts)).toEqual([]);
  });
});
