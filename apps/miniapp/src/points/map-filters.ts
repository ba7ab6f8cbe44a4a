import { useSyncExternalStore } from 'react';
import { MAX_RADIUS_M, type Amenity, type PointKind } from '@yilu/shared';

/** What the worker asks the map for. One store for the page, the list and the offline filter of a saved list. */
export interface MapFilters {
  kinds: PointKind[];
  amenities: Amenity[];
  openNow: boolean;
  /** Metres around the worker the list covers. */
  radiusM: number;
}

/** "扩大范围" doubles the radius along these steps, up to the API's limit. */
export const RADIUS_STEPS_M = [5000, 10_000, 20_000, MAX_RADIUS_M] as const;

/** The next step out, or undefined at the widest. */
export function widerRadius(radiusM: number): number | undefined {
  return RADIUS_STEPS_M.find((step) => step > radiusM);
}

export const initialFilters: MapFilters = { kinds: [], amenities: [], openNow: false, radiusM: RADIUS_STEPS_M[0] };

/** A list with `value` added, or taken out when it was there. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

// Module state: the chips stay as they were when the worker comes back from a point's page or another tab.
let current = initialFilters;
const listeners = new Set<() => void>();

export function setMapFilters(change: (f: MapFilters) => MapFilters): void {
  current = change(current);
  for (const listener of listeners) listener();
}

export const getMapFilters = () => current;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The filters' changes: kinds and amenities toggle (several at once), 营业中 toggles, the radius widens. One object for
 * the page's life, so parts drawn from the filters alone skip the page's other renders. */
export const mapFilterActions = {
  toggleKind: (k: PointKind) => setMapFilters((f) => ({ ...f, kinds: toggled(f.kinds, k) })),
  allKinds: () => setMapFilters((f) => ({ ...f, kinds: [] })),
  toggleAmenity: (a: Amenity) => setMapFilters((f) => ({ ...f, amenities: toggled(f.amenities, a) })),
  toggleOpenNow: () => setMapFilters((f) => ({ ...f, openNow: !f.openNow })),
  widen: () => setMapFilters((f) => ({ ...f, radiusM: widerRadius(f.radiusM) ?? f.radiusM })),
};

/** The filters and their changes. */
export function useMapFilters() {
  const filters = useSyncExternalStore(subscribe, getMapFilters, getMapFilters);
  return { filters, ...mapFilterActions };
}
