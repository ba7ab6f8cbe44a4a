import Taro from '@tarojs/taro';
import type { Amenity, Crs, PointKind, ServicePoint } from '@yilu/shared';
import { api } from '../api/client';

export interface NearbyQuery {
  near: { lng: number; lat: number };
  crs: Crs;
  kinds: PointKind[];
  amenities: Amenity[];
  openNow: boolean;
  /** Metres; left out unless the worker chose it, so the API's default applies. */
  radius?: number;
}

const CACHE_KEY = 'yilu.points.last';

export interface NearbyResult {
  items: ServicePoint[];
  /** True when the answer is the last one saved, because the network failed. */
  fromCache: boolean;
  savedAt?: number;
}

/**
 * Nearest points first. The last answer is saved, so on a bad network the map still shows something,
 * marked as saved earlier.
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
  try {
    const { items } = await api.nearbyPoints({ query });
    Taro.setStorageSync(CACHE_KEY, { items, savedAt: Date.now() });
    return { items, fromCache: false };
  } catch (error) {
    const saved = Taro.getStorageSync(CACHE_KEY) as { items: ServicePoint[]; savedAt: number } | '';
    if (!saved) throw error;
    return { items: saved.items, fromCache: true, savedAt: saved.savedAt };
  }
}

export const fetchPoint = (id: string, crs: Crs) => api.getPoint({ params: { id }, query: { crs } });
