import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as shared from '../index.js';
import { unlabelledFields, unplainMessages, type NamedSchema } from './message-sweep.js';

// Every request schema shared exports (`…BodySchema`, `…QuerySchema`) is swept with an empty object and with
// wrong values in each field: every message must name the field in Chinese and never show zod's own words or the
// codes of an enum.
const requestSchemas = (Object.entries(shared) as [string, unknown][]).filter(
  (entry): entry is NamedSchema => /(Body|Query)Schema$/.test(entry[0]) && typeof (entry[1] as Partial<z.ZodType>).safeParse === 'function',
);

describe('messages for people, over every request schema', () => {
  it('finds the request schemas', () => {
    expect(requestSchemas.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'enrollBodySchema',
        'createCourseBodySchema',
        'createPointBodySchema',
        'pointsMapQuerySchema',
        'listAccountsQuerySchema',
      ]),
    );
    expect(requestSchemas.length).toBeGreaterThanOrEqual(20);
  });

  it('has a Chinese label for every field of every body and query', () => {
    expect(unlabelledFields(requestSchemas)).toEqual([]);
  });

  it('words an empty request, a non-object and a wrong value in any field plainly', () => {
    expect(unplainMessages(requestSchemas)).toEqual([]);
  });
});
