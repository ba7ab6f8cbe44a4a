import { generatePoints } from '../apps/api/src/demo/generate-points.js';
import type { PointRecord } from '../apps/api/src/points/point-record.js';

/** The benchmark's national data set: the same generated points every run, as the API holds them in memory. */
export function nationalPoints(count: number): PointRecord[] {
  const updatedAt = new Date('2026-11-01T00:00:00Z').toISOString();
  return generatePoints(count, 1, 'bench').map(({ externalId, ...p }, i) => ({
    ...p,
    id: i.toString(16).padStart(24, '0'),
    externalId,
    photos: [],
    updatedAt,
  }));
}

/** Query positions near the cities, repeatable. */
export function queryPositions(count: number, random: () => number, centres: { lng: number; lat: number }[]) {
  return Array.from({ length: count }, (_, i) => {
    const c = centres[i % centres.length]!;
    return { lng: c.lng + (random() - 0.5) * 0.3, lat: c.lat + (random() - 0.5) * 0.3 };
  });
}
