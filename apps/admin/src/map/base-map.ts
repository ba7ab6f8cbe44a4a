import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { addDistrictOutlines } from './district-outlines';
import { tiles } from './tiles';

export { tiles };

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
