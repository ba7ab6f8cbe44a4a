import type { Ring } from './encoding.js';

/**
 * Douglas–Peucker on a closed ring of integer coordinates: keeps the vertices that stray more than `epsilon` units
 * from the line through their kept neighbours. Returns null when fewer than 3 distinct vertices are left.
 */
export function simplifyRing(ring: Ring, epsilon: number): Ring | null {
  const n = ring.length / 2;
  if (n < 4) return null;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  // A closed ring's two ends are the same vertex: split it at its farthest vertex first.
  const far = farthestFrom(ring, 0, n - 1);
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, n - 1],
  ];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let worstD = epsilon;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(ring, i, a, b);
      if (d > worstD) [worst, worstD] = [i, d];
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([a, worst], [worst, b]);
  }
  let count = 0;
  for (const k of keep) count += k;
  if (count < 4) return null;
  const out = new Int32Array(count * 2);
  for (let i = 0, j = 0; i < n; i++) {
    if (!keep[i]) continue;
    out[j++] = ring[2 * i]!;
    out[j++] = ring[2 * i + 1]!;
  }
  return out;
}

function farthestFrom(ring: Ring, from: number, to: number): number {
  let best = from + 1;
  let bestD = -1;
  for (let i = from + 1; i < to; i++) {
    const d = Math.hypot(ring[2 * i]! - ring[2 * from]!, ring[2 * i + 1]! - ring[2 * from + 1]!);
    if (d > bestD) [best, bestD] = [i, d];
  }
  return best;
}

function distanceToSegment(ring: Ring, p: number, a: number, b: number): number {
  const [px, py, ax, ay, bx, by] = [ring[2 * p]!, ring[2 * p + 1]!, ring[2 * a]!, ring[2 * a + 1]!, ring[2 * b]!, ring[2 * b + 1]!];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
