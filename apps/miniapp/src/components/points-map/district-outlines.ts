import L from 'leaflet';
import type { Answer } from '@yilu/client';
import type { Crs } from '@yilu/shared';
import { api } from '../../api/client';
import { bboxText } from './types';

type Districts = Answer<'areasInView'>['items'];

/** Below this zoom a view holds hundreds of districts (and the API refuses views over 30°); above 18 it refuses too. */
const OUTLINE_MIN_ZOOM = 7;
const OUTLINE_MAX_ZOOM = 18;

const toLatLngs = (polygons: Districts[number]['polygons']): L.LatLngExpression[][][] =>
  polygons.map((rings) => rings.map((ring) => ring.map(([lng, lat]) => [lat, lng] as [number, number])));

/**
 * A district's centre, or when it is out of view (the worker zoomed into the district) the nearest point inside the
 * view's middle part, so the district the worker is in is always named.
 */
function labelAt(map: L.Map, centre: { lng: number; lat: number }): L.LatLng {
  const inner = map.getBounds().pad(-0.2);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return L.latLng(clamp(centre.lat, inner.getSouth(), inner.getNorth()), clamp(centre.lng, inner.getWest(), inner.getEast()));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The base layer when no tiles are configured, so the map is never blank: the district outlines and names of the
 * view, from the API (the same outlines the area check uses), on a canvas under the markers, redrawn after each move.
 * The drawn names are also listed in the map element's `data-districts`.
 */
export function addDistrictOutlines(map: L.Map, crs: Crs): void {
  map.createPane('districts').style.zIndex = '250';
  map.createPane('districtLabels').style.zIndex = '450';
  const renderer = L.canvas({ pane: 'districts' });
  const layer = L.layerGroup().addTo(map);
  let asked = 0;

  async function redraw() {
    const ask = ++asked;
    const zoom = Math.min(OUTLINE_MAX_ZOOM, map.getZoom());
    if (zoom < OUTLINE_MIN_ZOOM) return draw([]);
    const b = map.getBounds();
    try {
      const { items } = await api.areasInView({
        query: { bbox: bboxText(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()), zoom, crs },
      });
      if (ask === asked) draw(items);
    } catch {
      // No outlines this time (offline, a view too wide): the markers still show.
    }
  }

  function draw(items: Districts) {
    layer.clearLayers();
    for (const d of items) {
      const style = { color: '#5b6b7f', weight: 1, fillColor: '#f7f9fb', fillOpacity: 1 };
      L.polygon(toLatLngs(d.polygons), { ...style, renderer, interactive: false }).addTo(layer);
      const icon = L.divIcon({ className: 'district-label', html: `<span>${escapeHtml(d.name)}</span>`, iconSize: [0, 0] });
      L.marker(labelAt(map, d.centre), { icon, pane: 'districtLabels', interactive: false, keyboard: false }).addTo(layer);
    }
    map.getContainer().dataset.districts = items.map((d) => d.name).join(',');
  }

  // Also the first view: setting it ends a move. (Drawing before it asked a map without a view, and threw.)
  map.on('moveend', () => void redraw());
}
