import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRing, encodeRing } from '../encoding.js';
import { simplifyRing } from '../simplify.js';

/** Closed rings of integer coordinates around China (units of 1/1024 degree), steps up to a few degrees. */
const rings = fc
  .record({
    start: fc.tuple(fc.integer({ min: 73 * 1024, max: 135 * 1024 }), fc.integer({ min: 18 * 1024, max: 53 * 1024 })),
    steps: fc.array(fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 })), {
      minLength: 3,
      maxLength: 60,
    }),
  })
  .map(({ start, steps }) => {
    const flat = [...start];
    for (const [dx, dy] of steps) flat.push(flat[flat.length - 2]! + dx, flat[flat.length - 1]! + dy);
    flat.push(start[0], start[1]);
    return Int32Array.from(flat);
  });

describe('ring encoding', () => {
  it('decodes what it encoded, vertex for vertex', () => {
    fc.assert(
      fc.property(rings, (ring) => {
        expect(Array.from(decodeRing(encodeRing(ring)))).toEqual(Array.from(ring));
      }),
    );
  });

  it('survives JSON', () => {
    fc.assert(
      fc.property(rings, (ring) => {
        expect(Array.from(decodeRing(JSON.parse(JSON.stringify(encodeRing(ring)))))).toEqual(Array.from(ring));
      }),
    );
  });
});

describe('simplification', () => {
  const distanceToSegment = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
    const [dx, dy] = [bx - ax, by - ay];
    const l = dx * dx + dy * dy;
    const t = l ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l)) : 0;
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  };

  it('keeps every dropped vertex within epsilon of the simplified ring, and keeps the ring closed', () => {
    fc.assert(
      fc.property(rings, fc.double({ min: 0.5, max: 500, noNaN: true }), (ring, epsilon) => {
        const simple = simplifyRing(ring, epsilon);
        if (!simple) return;
        expect([simple[0], simple[1]]).toEqual([simple[simple.length - 2], simple[simple.length - 1]]);
        for (let i = 0; i < ring.length; i += 2) {
          let nearest = Infinity;
          for (let j = 2; j < simple.length; j += 2) {
            nearest = Math.min(
              nearest,
              distanceToSegment(ring[i]!, ring[i + 1]!, simple[j - 2]!, simple[j - 1]!, simple[j]!, simple[j + 1]!),
            );
          }
          expect(nearest).toBeLessThanOrEqual(epsilon + 1e-9);
        }
      }),
    );
  });
});
