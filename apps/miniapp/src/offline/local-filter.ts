import { openStateAt, type Amenity, type PointKind, type ServicePoint } from '@yilu/shared';

export interface PointChips {
  kinds: PointKind[];
  amenities: Amenity[];
  openNow: boolean;
}

/**
 * The map chips applied on the phone to a saved list, by the rules the API filters with: any of the kinds, all of
 * the amenities, open at `at` by the point's own hours (so "open now" stays true to the clock while offline).
 */
export function filterPoints(points: ServicePoint[], chips: PointChips, at = new Date()): ServicePoint[] {
  return points
    .map((p) => ({ ...p, ...openFields(p, at) }))
    .filter(
      (p) =>
        (!chips.kinds.length || chips.kinds.includes(p.kind)) &&
        chips.amenities.every((a) => p.amenities.includes(a)) &&
        (!chips.openNow || p.openNow),
    );
}

function openFields(p: ServicePoint, at: Date): Pick<ServicePoint, 'openNow' | 'closesAt' | 'closesNextDay'> {
  const state = openStateAt(p.hours, at);
  return { openNow: state.open, closesAt: state.closesAt, closesNextDay: state.closesNextDay };
}
