import { View } from '@tarojs/components';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { pointKindColors, pointKindLabels } from '@yilu/shared';
import type { PointsMapProps } from './types';
import './index.h5.css';

const tileUrl = process.env.TARO_APP_TILE_URL;

/** Leaflet on h5, canvas circle markers (fast, and no image icons to break). No tiles unless configured. */
export default function PointsMap({ center, points, selectedId, onSelect }: PointsMapProps) {
  const el = useRef<HTMLDivElement | null>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { preferCanvas: true, zoomControl: false, attributionControl: false }).setView(
      [center.lat, center.lng],
      14,
    );
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(m);
    layer.current = L.layerGroup().addTo(m);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
    // The map is created once; centre changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    map.current?.setView([center.lat, center.lng]);
  }, [center.lat, center.lng]);

  useEffect(() => {
    const group = layer.current;
    if (!group) return;
    group.clearLayers();
    L.circleMarker([center.lat, center.lng], { radius: 7, color: '#fff', weight: 3, fillColor: '#ff6a00', fillOpacity: 1 }).addTo(group);
    for (const p of points) {
      L.circleMarker([p.location.lat, p.location.lng], {
        radius: p.id === selectedId ? 13 : 10,
        color: '#fff',
        weight: 2,
        fillColor: pointKindColors[p.kind],
        fillOpacity: p.openNow ? 1 : 0.45,
      })
        .bindTooltip(`${pointKindLabels[p.kind]} · ${p.name}`)
        .on('click', () => onSelect(p.id))
        .addTo(group);
    }
  }, [points, selectedId, center.lat, center.lng, onSelect]);

  return (
    <View className="points-map">
      <div ref={el} className="points-map__leaflet" data-testid="points-map" />
    </View>
  );
}
