import Taro from '@tarojs/taro';
import type { Amenity, Crs, PointKind, ServicePoint } from '@yilu/shared';
import { apiRequest } from '../api/request';

export interface NearbyQuery {
  near: { lng: number; lat: number };
  crs: Crs;
  kinds: PointKind[];
  amenities: Amenity[];
  openNow: boolean;
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
  const params = [`near=${q.near.lng.toFixed(6)},${q.near.lat.toFixed(6)}`, `radius=${q.radius ?? 10_000}`, 'limit=50', `crs=${q.crs}`];
  if (q.kinds.length) params.push(`kinds=${q.kinds.join(',')}`);
  if (q.amenities.length) params.push(`amenities=${q.amenities.join(',')}`);
  if (q.openNow) params.push('openNow=true');
  try {
    const { items } = await apiRequest<{ items: ServicePoint[] }>('GET', `/points?${params.join('&')}`);
    Taro.setStorageSync(CACHE_KEY, { items, savedAt: Date.now() });
    return { items, fromCache: false };
  } catch (error) {
    const saved = Taro.getStorageSync(CACHE_KEY) as { items: ServicePoint[]; savedAt: number } | '';
    if (!saved) throw error;
    return { items: saved.items, fromCache: true, savedAt: saved.savedAt };
  }
}

export const fetchPoint = (id: string, crs: Crs) => apiRequest<ServicePoint>('GET', `/points/${id}?crs=${crs}`);
