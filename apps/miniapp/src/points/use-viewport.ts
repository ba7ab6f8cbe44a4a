import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { MapFeature, MapView } from '../components/points-map/types';
import { mapCrs } from './location';
import type { MapFilters } from './map-filters';

/**
 * The markers of the map's current view, from the bbox endpoint with the same chips as the list: clusters at low
 * zoom, whole points at high zoom. A slow answer for a view already left is dropped.
 */
export function useViewport(filters: MapFilters) {
  const [view, setView] = useState<MapView | null>(null);
  const [features, setFeatures] = useState<MapFeature[]>([]);
  const asked = useRef(0);

  useEffect(() => {
    if (!view) return;
    const ask = ++asked.current;
    const query = {
      bbox: view.bbox,
      zoom: Math.max(0, Math.min(22, Math.round(view.zoom))),
      crs: mapCrs,
      kinds: filters.kinds,
      amenities: filters.amenities,
      openNow: filters.openNow || undefined,
    };
    api.viewportPoints({ query }).then(
      (answer) => {
        if (ask === asked.current) setFeatures(answer.features);
      },
      // The markers of the last view stay; the list below says when the network is gone.
      () => undefined,
    );
  }, [view, filters.kinds, filters.amenities, filters.openNow]);

  const onView = useCallback((next: MapView) => setView((v) => (v && v.bbox === next.bbox && v.zoom === next.zoom ? v : next)), []);
  return { features, onView };
}
