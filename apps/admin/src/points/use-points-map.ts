import L from 'leaflet';
import { ref, type Ref } from 'vue';
import { ApiError } from '@yilu/client';
import type { ViewportAnswer } from '@yilu/contract';
import { pointKindLabels, type PointKind } from '@yilu/shared';
import { api } from '../api/client';
import { createBaseMap, kindColors, tiles } from '../map/base-map';
import { t } from '../locales/zh-CN';

/**
 * The points map: asks the API for the viewport's markers or clusters (at most 300) on every move and draws
 * them as canvas circles, which stay fast where thousands of DOM markers would not.
 */
export function usePointsMap(el: Ref<HTMLElement | undefined>, kinds: () => PointKind[], onPoint: (id: string) => void) {
  const count = ref(0);
  const error = ref('');
  let map: L.Map | undefined;
  let layer: L.LayerGroup | undefined;
  let controller: AbortController | undefined;

  async function load() {
    if (!map || !layer) return;
    controller?.abort();
    controller = new AbortController();
    const b = map.getBounds();
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    const query = {
      bbox: [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)]
        .map((v) => v.toFixed(5))
        .join(','),
      zoom: Math.round(map.getZoom()),
      crs: tiles.crs,
      kinds: kinds(),
    };
    try {
      const answer = await api.viewportPoints({ query, signal: controller.signal });
      draw(answer.features);
      error.value = '';
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      error.value = e instanceof ApiError ? e.message : t.common.networkError;
    }
  }

  function draw(features: ViewportAnswer['features']) {
    layer!.clearLayers();
    count.value = features.length;
    for (const f of features) {
      const at: L.LatLngExpression = [f.location.lat, f.location.lng];
      if (f.type === 'cluster') {
        const radius = Math.min(28, 10 + Math.log2(f.count) * 3);
        L.circleMarker(at, { radius, color: '#fff', weight: 2, fillColor: kindColors[f.kind], fillOpacity: 0.8 })
          .bindTooltip(`${pointKindLabels[f.kind]} · ${f.count}`, {
            permanent: f.count > 9,
            direction: 'center',
            className: 'points-map__count',
          })
          .on('click', () => map!.setView(at, f.expansionZoom))
          .addTo(layer!);
      } else {
        L.circleMarker(at, { radius: 8, color: '#fff', weight: 2, fillColor: kindColors[f.kind], fillOpacity: f.openNow ? 1 : 0.45 })
          .bindTooltip(f.name)
          .on('click', () => onPoint(f.id))
          .addTo(layer!);
      }
    }
  }

  function mount() {
    map = createBaseMap(el.value!, undefined, 11);
    layer = L.layerGroup().addTo(map);
    map.on('moveend', () => void load());
    setTimeout(() => {
      map?.invalidateSize();
      void load();
    }, 50);
  }

  function unmount() {
    controller?.abort();
    map?.remove();
    map = undefined;
  }

  return { count, error, mount, unmount, reload: load };
}
