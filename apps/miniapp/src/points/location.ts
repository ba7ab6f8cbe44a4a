import Taro from '@tarojs/taro';
import { convertCrs, type Crs } from '@yilu/shared';

/** Kashgar's old town, shown when the worker declines to share a location. */
export const FALLBACK_CENTER = { wgs84: { lng: 75.9897, lat: 39.4704 }, gcj02: { lng: 75.99229, lat: 39.47131 } };

/**
 * The system the platform's map draws in: WeChat's native map is GCJ-02; on h5 Leaflet follows the configured
 * tiles (WGS-84 unless TARO_APP_TILE_CRS says gcj02). The API is asked in the same system.
 */
export const mapCrs: Crs = process.env.TARO_ENV === 'weapp' || process.env.TARO_APP_TILE_CRS === 'gcj02' ? 'gcj02' : 'wgs84';

/** The worker's position in `mapCrs`, or the fallback city with `located: false` when refused or unavailable. */
export async function locate(): Promise<{ lng: number; lat: number; located: boolean }> {
  try {
    // h5 only accepts wgs84 here: Taro.getLocation on h5 accepts only wgs84; weapp gives gcj02 for its map.
    const type = process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84';
    const { longitude, latitude } = await Taro.getLocation({ type });
    if (type === mapCrs) return { lng: longitude, lat: latitude, located: true };
    return { ...convertCrs({ lng: longitude, lat: latitude }, type, mapCrs), located: true };
  } catch {
    return { ...FALLBACK_CENTER[mapCrs], located: false };
  }
}
