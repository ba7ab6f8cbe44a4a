import { Map } from '@tarojs/components';
import Taro, { useReady } from '@tarojs/taro';
import { pointKindLabels } from '@yilu/shared';
import type { PointsMapProps } from './types';

const MAP_ID = 'points-map';

/** WeChat's native map (GCJ-02) with its own marker clustering. Marker ids are the list positions. */
export default function PointsMap({ center, points, onSelect }: PointsMapProps) {
  useReady(() => {
    Taro.createMapContext(MAP_ID).initMarkerCluster({ enableDefaultStyle: true, zoomOnClick: true, gridSize: 60 });
  });

  const markers = points.map((p, i) => ({
    id: i,
    longitude: p.location.lng,
    latitude: p.location.lat,
    width: 28,
    height: 28,
    iconPath: '',
    joinCluster: true,
    callout: {
      content: `${pointKindLabels[p.kind]} · ${p.name}`,
      display: 'BYCLICK' as const,
      padding: 6,
      borderRadius: 6,
      fontSize: 14,
      color: '#1d2129',
      bgColor: '#ffffff',
      textAlign: 'center' as const,
      anchorX: 0,
      anchorY: 0,
      borderWidth: 0,
      borderColor: '#ffffff',
    },
  }));

  return (
    <Map
      id={MAP_ID}
      className="points-map"
      longitude={center.lng}
      latitude={center.lat}
      scale={14}
      showLocation
      markers={markers as never}
      onMarkerTap={(e) => {
        const point = points[Number((e.detail as { markerId: number }).markerId)];
        if (point) onSelect(point.id);
      }}
      onError={() => undefined}
    />
  );
}
