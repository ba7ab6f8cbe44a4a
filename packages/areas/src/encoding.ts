/**
 * Rings are stored as text, the way ECharts compresses its maps: the first vertex as two integers, then each step
 * as two characters (zig-zag encoded difference + 64), in units of 1/1024 degree. A district of 2,000 vertices
 * takes about 4 kB instead of 60 kB of JSON numbers.
 */
export type EncodedRing = [x0: number, y0: number, steps: string];

/** A ring as flat integer coordinates: x0, y0, x1, y1, … with the first vertex repeated at the end. */
export type Ring = Int32Array;

const OFFSET = 64;
/** Code units at and above this are surrogates; a step never needs them (that would be a 27° jump). */
const MAX_CODE = 0xd7ff;

const zigzag = (d: number) => (d << 1) ^ (d >> 31);
const unzigzag = (z: number) => (z >> 1) ^ -(z & 1);

export function encodeRing(ring: Ring): EncodedRing {
  let steps = '';
  for (let i = 2; i < ring.length; i += 2) {
    const dx = zigzag(ring[i]! - ring[i - 2]!) + OFFSET;
    const dy = zigzag(ring[i + 1]! - ring[i - 1]!) + OFFSET;
    if (dx > MAX_CODE || dy > MAX_CODE) throw new Error(`a step of a ring is too long to encode at ${ring[i]},${ring[i + 1]}`);
    steps += String.fromCharCode(dx, dy);
  }
  return [ring[0]!, ring[1]!, steps];
}

export function decodeRing([x0, y0, steps]: EncodedRing): Ring {
  const ring = new Int32Array(2 + steps.length);
  ring[0] = x0;
  ring[1] = y0;
  for (let i = 0; i < steps.length; i += 2) {
    ring[i + 2] = ring[i]! + unzigzag(steps.charCodeAt(i) - OFFSET);
    ring[i + 3] = ring[i + 1]! + unzigzag(steps.charCodeAt(i + 1) - OFFSET);
  }
  return ring;
}
