import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Crs } from '@yilu/shared';
import { addDistrictOutlines } from './district-outlines';

/**
 * Map tiles come from configuration, with the coordinate system they are drawn in: WGS-84 for OpenStreetMap-style
 * tiles, GCJ-02 for AMap or Tencent tiles. Positions are asked from and sent to the API in that same system, so
 * pins land where the tiles show them. Without a URL the map draws the district outlines and names from the API
 * instead (nothing is fetched from outside, as in tests).
 */
export const tiles = {
  url: (import.meta.env.VITE_TILE_URL as string | undefined) ?? '',
  crs: ((import.meta.env.VITE_TILE_CRS as string | undefined) === 'gcj02' ? 'gcj02' : 'wgs84') as Crs,
  attribution: (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '',
};

/** Kashgar's old town: the default view when nothing else is known. */
export const DEFAULT_CENTER: [number, number] = [39.4704, 75.9897];

export function createBaseMap(element: HTMLElement, center: [number, number] = DEFAULT_CENTER, zoom = 13): L.Map {
  const map = L.map(element, { preferCanvas: true, attributionControl: Boolean(tiles.attribution) }).setView(center, zoom);
  if (tiles.url) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map);
  else addDistrictOutlines(map, tiles.crs);
  return map;
}

export { pointKindColors as kindColors } from '@yilu/shared';

/** The whole country: where a map opens when it knows no place or area. */
export const CHINA_VIEW = { center: [35.5, 104] as [number, number], zoom: 4 };
