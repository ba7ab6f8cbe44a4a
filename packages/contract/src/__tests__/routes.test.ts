import { describe, expect, it } from 'vitest';
import { fileAnswer, noContent, operations, routeOf, type Operation } from '../index.js';
import { z } from 'zod';

describe('routeOf', () => {
  it('keeps, for every operation, its method, path, access and the kind of each answer, as plain data', () => {
    for (const [id, op] of Object.entries(operations) as [string, Operation][]) {
      const route = routeOf(op);
      expect(JSON.parse(JSON.stringify(route)), id).toEqual(route);
      expect(Object.keys(route.answers), id).toEqual(Object.keys(op.responses));
    }
  });

  it('says what each answer is and whether a JSON body is sent', () => {
    const op = {
      method: 'post',
      path: '/x/{id}',
      access: { roles: ['admin'] },
      tag: 'x',
      summary: 'x',
      body: z.object({}),
      upload: { mediaTypes: ['image/png'], maxBytes: 1 },
      responses: { 200: fileAnswer('image/png'), 201: z.object({}), 204: noContent },
      problems: [],
    } satisfies Operation;
    expect(routeOf(op)).toEqual({
      method: 'post',
      path: '/x/{id}',
      access: { roles: ['admin'] },
      body: false,
      answers: { 200: 'file', 201: 'json', 204: 'empty' },
    });
  });
});
