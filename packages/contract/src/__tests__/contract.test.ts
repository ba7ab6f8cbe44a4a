import { describe, expect, it } from 'vitest';
import { isFileAnswer, isNoContent, isSchema, matchOperation, fillPath, operations, type Operation } from '../index.js';
import { createOpenApiDocument } from '../openapi.js';

const all = Object.entries(operations) as [string, Operation][];

describe('the contract', () => {
  it('declares a 2xx answer for every operation, each a schema, a file or no content', () => {
    for (const [id, op] of all) {
      const answers = Object.values(op.responses);
      expect(answers.length, id).toBeGreaterThan(0);
      for (const a of answers) expect(isSchema(a) || isFileAnswer(a) || isNoContent(a), id).toBe(true);
    }
  });

  it('declares every path parameter, and only those', () => {
    for (const [id, op] of all) {
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = Object.keys((op.params as { shape?: object } | undefined)?.shape ?? {}).sort();
      expect(declared, id).toEqual(inPath);
    }
  });

  it('gives a problem status to every operation that can refuse input or a caller', () => {
    for (const [id, op] of all) {
      if (op.params || op.query || op.body) expect(op.problems, id).toContain(400);
      if (op.access !== 'public' && op.access !== 'optional') expect(op.problems, id).toContain(401);
    }
  });
});

describe('matchOperation', () => {
  it('finds the operation a request reaches, literal paths before parameters', () => {
    expect(matchOperation(operations, 'GET', '/courses/trades')?.id).toBe('listTrades');
    expect(matchOperation(operations, 'GET', '/courses/0123456789abcdef01234567')?.id).toBe('getCourse');
    expect(matchOperation(operations, 'POST', '/enrollments/0123456789abcdef01234567/check-ins')?.id).toBe('checkIn');
    expect(matchOperation(operations, 'PUT', '/courses')).toBeUndefined();
  });

  it('tells the public map from the staff listing by the query', () => {
    expect(matchOperation(operations, 'GET', '/points', { near: '1,2' })?.id).toBe('nearbyPoints');
    expect(matchOperation(operations, 'GET', '/points', { bbox: '1,2,3,4' })?.id).toBe('viewportPoints');
    expect(matchOperation(operations, 'GET', '/points', { page: '2' })?.id).toBe('listPoints');
  });
});

describe('fillPath', () => {
  it('encodes parameters and refuses a missing one', () => {
    expect(fillPath('/points/{id}/history', { id: 'a/b' })).toBe('/points/a%2Fb/history');
    expect(() => fillPath('/points/{id}', {})).toThrow(/"id" is missing/);
  });
});

describe('the OpenAPI document', () => {
  const doc = createOpenApiDocument();
  const documented = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { operationId?: string; security?: unknown[] }>).map(([method, o]) => ({ path, method, ...o })),
  );

  it('has one operation per path and method, each with an id and declared security', () => {
    const ids = documented.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of documented) {
      expect(o.operationId, `${o.method} ${o.path}`).toBeTruthy();
      expect(Array.isArray(o.security), `${o.method} ${o.path}`).toBe(true);
    }
    const merged = all.filter(([, op]) => op.path === '/points' && op.method === 'get').length;
    expect(documented).toHaveLength(all.length - merged + 1);
  });

  it('documents the viewport as clusters and whole points, as the API sends it', () => {
    const schemas = JSON.stringify(doc.components?.schemas?.ViewportPoints);
    expect(schemas).toContain('MapPoint');
    expect(JSON.stringify(doc.components?.schemas?.MapPoint)).toContain('hours');
  });
});
