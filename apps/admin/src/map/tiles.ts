import type { Crs } from '@yilu/shared';

/**
 * Map tiles come from configuration, with the coordinate system they are drawn in: WGS-84 for OpenStreetMap-style
 * tiles, GCJ-02 for AMap or Tencent tiles. Positions are asked from and sent to the API in that same system, so
 * pins land where the tiles show them. Without a URL the map draws the district outlines and names from the API
 * instead (nothing is fetched from outside, as in tests). Apart from base-map.ts, so that pages knowing only the
 * system (forms, address look-up) do not load Leaflet.
 */
export const tiles = {
  url: (import.meta.env.VITE_TILE_URL as string | undefined) ?? '',
  crs: ((import.meta.env.VITE_TILE_CRS as string | undefined) === 'gcj02' ? 'gcj02' : 'wgs84') as Crs,
  attribution: (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '',
};
