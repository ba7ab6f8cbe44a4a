import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { pointKindColors, pointKindLabels } from '@yilu/shared';
import { mapCrs } from '../../points/location';
import { addDistrictOutlines } from './district-outlines';
import { bboxText, type MapFeature, type PointsMapProps } from './types';
import './leaflet-map.css';

const tileUrl = process.env.TARO_APP_TILE_URL;

/** A cluster: a kind-coloured disc with its count; tapping zooms to where it splits. */
function clusterMarker(map: L.Map, c: Extract<MapFeature, { type: 'cluster' }>): L.Layer {
  const size = c.count < 10 ? 36 : c.count < 100 ? 44 : 52;
  const icon = L.divIcon({
    className: 'points-map__cluster',
    html: `<span style="background:${pointKindColors[c.kind]};width:${size}px;height:${size}px;line-height:${size}px">${c.count}</span>`,
    iconSize: [size, size],
  });
  return L.marker([c.location.lat, c.location.lng], { icon, title: `${pointKindLabels[c.kind]} ${c.count} 个` }).on('click', () =>
    map.flyTo([c.location.lat, c.location.lng], c.expansionZoom),
  );
}

/**
 * Leaflet on h5 with canvas circle markers (fast, no image icons to break). Each settled pan or zoom reports its
 * view, so the page loads that viewport. No tiles unless configured: then district outlines are the base layer.
 * Loaded on its own after the page has shown (index.h5.tsx).
 */
export default function LeafletMap({ center, features, selectedId, onSelect, onView }: PointsMapProps) {
  const el = useRef<HTMLDivElement | null>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const reportView = useRef(onView);
  useEffect(() => {
    reportView.current = onView;
  }, [onView]);

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { preferCanvas: true, zoomControl: false, attributionControl: false });
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(m);
    else addDistrictOutlines(m, mapCrs);
    layer.current = L.layerGroup().addTo(m);
    L.control.zoom({ position: 'bottomright' }).addTo(m);
    m.on('moveend', () => {
      const b = m.getBounds();
      reportView.current?.({ bbox: bboxText(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()), zoom: m.getZoom() });
    });
    m.setView([center.lat, center.lng], 14);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
    // The map is created once; centre changes fly it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const m = map.current;
    if (m && !m.getCenter().equals([center.lat, center.lng])) m.flyTo([center.lat, center.lng], Math.max(m.getZoom(), 14));
  }, [center]);

  useEffect(() => {
    const group = layer.current;
    const m = map.current;
    if (!group || !m) return;
    group.clearLayers();
    L.circleMarker([center.lat, center.lng], { radius: 7, color: '#fff', weight: 3, fillColor: '#ff6a00', fillOpacity: 1 }).addTo(group);
    for (const f of features) {
      if (f.type === 'cluster') {
        clusterMarker(m, f).addTo(group);
        continue;
      }
      L.circleMarker([f.location.lat, f.location.lng], {
        radius: f.id === selectedId ? 13 : 10,
        color: '#fff',
        weight: 2,
        fillColor: pointKindColors[f.kind],
        fillOpacity: f.openNow ? 1 : 0.45,
      })
        .bindTooltip(`${pointKindLabels[f.kind]} · ${f.name}`)
        .on('click', () => onSelect(f.id))
        .addTo(group);
    }
  }, [features, selectedId, center, onSelect]);

  return <div ref={el} className="points-map__leaflet" data-testid="points-map" />;
}
