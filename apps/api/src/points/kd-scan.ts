import type KDBush from 'kdbush';

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

const stack = new Uint32Array(3 * 128);

/**
 * The items of a kdbush tree inside `box` whose word in `traits` (by item) has a bit of `any` and every bit of
 * `all`, pushed to `out`. kdbush's `range` walk with the test done in the same pass over its sorted arrays,
 * without an array of every item of the box in between.
 */
export function scanBox(kd: KDBush, box: Box, traits: Uint32Array, any: number, all: number, out: number[]): void {
  const { ids, coords, nodeSize } = kd;
  const { minLng, minLat, maxLng, maxLat } = box;
  stack[0] = 0;
  stack[1] = ids.length - 1;
  stack[2] = 0;
  let sp = 3;
  while (sp > 0) {
    const axis = stack[--sp]!;
    const right = stack[--sp]!;
    const left = stack[--sp]!;
    const leaf = right - left <= nodeSize;
    const m = (left + right) >> 1;
    // A leaf's items, or a node's middle one (no closure for the test: tsx names every one it makes, a call each).
    for (let i = leaf ? left : m; i <= (leaf ? right : m); i++) {
      const x = coords[2 * i]!;
      const y = coords[2 * i + 1]!;
      if (x < minLng || x > maxLng || y < minLat || y > maxLat) continue;
      const t = traits[ids[i]!]!;
      if ((t & any) !== 0 && (t & all) === all) out.push(ids[i]!);
    }
    if (leaf) continue;
    const split = coords[2 * m + axis]!;
    if ((axis === 0 ? minLng : minLat) <= split) {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
    }
    if ((axis === 0 ? maxLng : maxLat) >= split) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
    }
  }
}
