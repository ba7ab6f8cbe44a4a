import type { Amenity, Crs, PointKind, ServicePoint } from '@yilu/shared';
import { api } from '../api/client';
import { cacheKey, readThrough } from '../offline/cache';
import { filterPoints } from '../offline/local-filter';

export interface NearbyQuery {
  near: { lng: number; lat: number };
  crs: Crs;
  kinds: PointKind[];
  amenities: Amenity[];
  openNow: boolean;
  /** Metres; left out unless the worker chose it, so the API's default applies. */
  radius?: number;
}

/** One saved list, the last the map loaded: offline, the current chips are applied to it here. */
const NEARBY_KEY = cacheKey('nearbyPoints');

export interface NearbyResult {
  items: ServicePoint[];
  /** True when the answer is the last one saved, because the network failed. */
  fromCache: boolean;
  savedAt?: number;
}

/**
 * Nearest points first. The last list is saved, so without signal the map still shows it, marked as saved earlier,
 * and the chips filter it on the phone.
 */
export async function fetchNearby(q: NearbyQuery): Promise<NearbyResult> {
  const query = {
    near: `${q.near.lng.toFixed(6)},${q.near.lat.toFixed(6)}`,
    radius: q.radius,
    crs: q.crs,
    kinds: q.kinds,
    amenities: q.amenities,
    openNow: q.openNow || undefined,
  };
  const { data, offline, savedAt } = await readThrough(NEARBY_KEY, () => api.nearbyPoints({ query }));
  if (!offline) return { items: data.items, fromCache: false };
  return { items: filterPoints(data.items, q), fromCache: true, savedAt };
}

export const fetchPoint = (id: string, crs: Crs) => api.getPoint({ params: { id }, query: { crs } });
