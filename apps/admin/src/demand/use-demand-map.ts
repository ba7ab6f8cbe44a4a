import L from 'leaflet';
import { ref, type Ref } from 'vue';
import { api } from '../api/client';
import { CHINA_VIEW, createBaseMap, tiles } from '../map/base-map';
import { toLatLngs } from '../map/district-outlines';
import { t } from '../locales/zh-CN';
import { peopleText, type MapRow } from './use-demand';

/** Light to dark blue: five steps of demand, from the fewest people to the most in view. */
export const demandSteps = ['#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'] as const;
/** A district whose count is withheld, or where nobody asked: grey, so it never reads as "little demand". */
export const withheldColour = '#cbd5e1';
export const noneColour = '#f8fafc';

/** The colour of a district's demand, on steps from 1 to the largest shown. */
export function demandColour(value: number | null, max: number): string {
  if (value === null) return withheldColour;
  if (value <= 0 || max <= 0) return noneColour;
  return demandSteps[Math.min(demandSteps.length - 1, Math.floor((value / max) * demandSteps.length))]!;
}

/** The lower bound of each step, for the legend ("1+", "8+", …); a step no count can reach is left out. */
export const legendSteps = (max: number) =>
  demandSteps
    .map((colour, i) => ({ colour, from: Math.max(1, Math.ceil((max * i) / demandSteps.length)) }))
    .filter((s, i, all) => i === 0 || s.from > all[i - 1]!.from);

/** Districts far apart (Kashgar and Urumqi lie 1,000 km apart) would each be a speck: the view opens on the busiest region. */
const REGION_KM = 400;

/** The districts the map opens on: the one with the most demand shown and those within REGION_KM of its centre. */
export function openingDistricts<T extends { value: number | null; centre: { lng: number; lat: number } }>(found: T[]): T[] {
  const asked = found.filter((f) => f.value !== 0);
  const top = [...asked].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  if (!top) return found;
  const km = (a: { lng: number; lat: number }, b: { lng: number; lat: number }) =>
    Math.hypot((a.lng - b.lng) * Math.cos((a.lat * Math.PI) / 180), a.lat - b.lat) * 111;
  return asked.filter((f) => km(f.centre, top.centre) <= REGION_KM);
}

type Outline = Awaited<ReturnType<typeof api.getArea>>;

/**
 * The heat map: each district of the figures filled on its outline (from the API's area table) by its demand, the
 * withheld ones grey; the view fits the districts shown. Outlines are asked once per district and kept.
 */
export function useDemandMap(el: Ref<HTMLElement | undefined>, rows: () => MapRow[]) {
  const error = ref('');
  const outlines = new Map<string, Promise<Outline | null>>();
  let map: L.Map | undefined;
  let layer: L.LayerGroup | undefined;

  const outlineOf = (code: string) => {
    if (!outlines.has(code))
      outlines.set(
        code,
        api.getArea({ params: { areaCode: code }, query: { crs: tiles.crs } }).catch(() => null),
      );
    return outlines.get(code)!;
  };

  const drawn = new Map<string, L.Polygon>();

  async function draw() {
    if (!map || !layer) return;
    const shown = rows();
    const max = Math.max(0, ...shown.map((r) => r.value ?? 0));
    const found = await Promise.all(shown.map(async (r) => ({ r, outline: await outlineOf(r.areaCode) })));
    layer.clearLayers();
    drawn.clear();
    for (const { r, outline } of found) {
      if (!outline) continue;
      const fillColor = demandColour(r.value, max);
      const polygon = L.polygon(toLatLngs(outline.outline), {
        pane: 'demand',
        color: '#1e293b',
        weight: 1.5,
        fillColor,
        fillOpacity: 0.75,
      });
      polygon.bindTooltip(`${r.areaName}：${t.demand.demandOf(peopleText(r.value))}`, { sticky: true }).addTo(layer);
      drawn.set(r.areaCode, polygon);
    }
    error.value = found.some((f) => !f.outline) ? t.demand.outlinesMissing : '';
    const opening = openingDistricts(
      found.flatMap((f) => (f.outline ? [{ code: f.r.areaCode, value: f.r.value, centre: f.outline.centre }] : [])),
    );
    const bounds = L.latLngBounds([]);
    for (const d of opening) bounds.extend(drawn.get(d.code)!.getBounds());
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10 });
    // Not data-districts: the outlines beneath keep the districts' names there.
    el.value?.setAttribute('data-demand', found.map((f) => `${f.r.areaCode}:${f.r.value ?? '-'}`).join(','));
  }

  return {
    error,
    mount() {
      if (!el.value) return;
      map = createBaseMap(el.value, CHINA_VIEW.center, CHINA_VIEW.zoom);
      map.createPane('demand').style.zIndex = '300';
      layer = L.layerGroup().addTo(map);
      void draw();
    },
    unmount() {
      map?.remove();
      map = undefined;
    },
    redraw: () => void draw(),
    /** Zooms to one district (a row of the ranking was chosen). */
    focus(areaCode: string) {
      const polygon = drawn.get(areaCode);
      if (map && polygon) map.fitBounds(polygon.getBounds(), { padding: [24, 24], maxZoom: 11 });
    },
  };
}
