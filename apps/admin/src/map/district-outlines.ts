import L from 'leaflet';
import type { Answer } from '@yilu/client';
import type { Crs } from '@yilu/shared';
import { api } from '../api/client';
import './district-outlines.css';

type Districts = Answer<'areasInView'>['items'];
type Polygons = Districts[number]['polygons'];

/** Below this zoom a view holds hundreds of districts: outlines would be noise (and the API refuses views over 30°). */
export const OUTLINE_MIN_ZOOM = 7;

/** GeoJSON [lng, lat] rings to Leaflet's [lat, lng]. */
export const toLatLngs = (polygons: Polygons): L.LatLngExpression[][][] =>
  polygons.map((rings) => rings.map((ring) => ring.map(([lng, lat]) => [lat, lng] as [number, number])));

/**
 * The offline base layer when no tiles are configured: the district outlines and names of the view, from the API
 * (the same outlines the area check uses), redrawn after each move. The map element lists the drawn districts in
 * `data-districts` (for tests and screen readers' sake, the names are also text in the page).
 */
interface DistrictOutlines {
  /** Writes this district's name before any other (the area a form is about). */
  prefer(areaCode: string): void;
}
const layers = new WeakMap<L.Map, DistrictOutlines>();

/** The outline layer of a map made by createBaseMap without tiles, if it has one. */
export const districtOutlinesOf = (map: L.Map) => layers.get(map);

export function addDistrictOutlines(map: L.Map, crs: Crs): void {
  // Under the points and pins: outlines above where tiles would be, names between them and the markers.
  map.createPane('districts').style.zIndex = '250';
  map.createPane('districtLabels').style.zIndex = '450';
  const renderer = L.canvas({ pane: 'districts' });
  const layer = L.layerGroup().addTo(map);
  let controller: AbortController | undefined;
  let shown: Districts = [];
  let preferred = '';

  let latest = 0;

  async function redraw() {
    controller?.abort();
    const request = ++latest;
    const zoom = map.getZoom();
    if (zoom < OUTLINE_MIN_ZOOM) {
      layer.clearLayers();
      map.getContainer().dataset.districts = '';
      return;
    }
    controller = new AbortController();
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(4)).join(',');
    try {
      const { items } = await api.areasInView({ query: { bbox, zoom, crs }, signal: controller.signal });
      // An answer for a view the map has already left is dropped.
      if (request === latest) draw((shown = items));
    } catch {
      // No outlines this time (offline, aborted by the next move): the map still works without them.
    }
  }

  function draw(items: Districts) {
    layer.clearLayers();
    const style = { color: '#5b6b7f', weight: 1, fillColor: '#f7f9fb', fillOpacity: 0.6 };
    const drawn = items.map((d) => ({
      d,
      polygon: L.polygon(toLatLngs(d.polygons), { ...style, renderer, interactive: false }).addTo(layer),
    }));
    // Names of the preferred and then the larger districts first; a name that would overlap one already written is left out.
    const size = (p: L.Polygon) => {
      const b = p.getBounds();
      return (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
    };
    const written: { x: number; y: number; w: number }[] = [];
    const rank = ({ d, polygon }: (typeof drawn)[number]) => (d.code === preferred ? Infinity : size(polygon));
    for (const { d } of drawn.sort((a, b) => rank(b) - rank(a))) {
      const at = map.latLngToContainerPoint([d.centre.lat, d.centre.lng]);
      const w = d.name.length * 12 + 8;
      if (written.some((o) => Math.abs(o.x - at.x) < (o.w + w) / 2 && Math.abs(o.y - at.y) < 18)) continue;
      written.push({ x: at.x, y: at.y, w });
      const icon = L.divIcon({ className: 'district-label', html: `<span>${escapeHtml(d.name)}</span>`, iconSize: [0, 0] });
      L.marker([d.centre.lat, d.centre.lng], { icon, pane: 'districtLabels', interactive: false, keyboard: false }).addTo(layer);
    }
    map.getContainer().dataset.districts = items.map((d) => d.name).join(',');
  }

  layers.set(map, {
    prefer(areaCode) {
      preferred = areaCode.slice(0, 6);
      draw(shown);
    },
  });
  map.on('moveend', () => void redraw());
  void redraw();
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
