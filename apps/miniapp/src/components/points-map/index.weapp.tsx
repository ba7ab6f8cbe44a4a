import { Map } from '@tarojs/components';
import Taro, { useReady } from '@tarojs/taro';
import { pointKindLabels } from '@yilu/shared';
import { bboxText, type MapFeature, type PointsMapProps } from './types';

const MAP_ID = 'points-map';

const callout = (content: string) => ({
  content,
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
});

const label = (f: MapFeature) =>
  f.type === 'cluster' ? `${pointKindLabels[f.kind]} ${f.count} 个` : `${pointKindLabels[f.kind]} · ${f.name}`;

/**
 * WeChat's native map (GCJ-02). The API's clusters come as markers with their count; whole points also join the
 * map's own clustering. Each settled pan or zoom reports its view. Marker ids are the list positions.
 */
export default function PointsMap({ center, features, onSelect, onView }: PointsMapProps) {
  useReady(() => {
    Taro.createMapContext(MAP_ID).initMarkerCluster({ enableDefaultStyle: true, zoomOnClick: true, gridSize: 60 });
    reportView();
  });

  const markers = features.map((f, i) => ({
    id: i,
    longitude: f.location.lng,
    latitude: f.location.lat,
    width: f.type === 'cluster' ? 40 : 28,
    height: f.type === 'cluster' ? 40 : 28,
    iconPath: '',
    joinCluster: f.type === 'point',
    label: f.type === 'cluster' ? { content: String(f.count), fontSize: 15, color: '#ffffff', anchorX: -6, anchorY: -30 } : undefined,
    callout: callout(label(f)),
  }));

  function reportView() {
    const context = Taro.createMapContext(MAP_ID);
    context.getRegion({
      success: ({ southwest: sw, northeast: ne }) =>
        context.getScale({
          success: ({ scale }) => onView?.({ bbox: bboxText(sw.longitude, sw.latitude, ne.longitude, ne.latitude), zoom: scale }),
        }),
    });
  }

  return (
    <Map
      id={MAP_ID}
      className="points-map"
      longitude={center.lng}
      latitude={center.lat}
      scale={14}
      showLocation
      markers={markers as never}
      onRegionChange={(e) => {
        if ((e as { type?: string }).type === 'end') reportView();
      }}
      onMarkerTap={(e) => {
        const f = features[Number((e.detail as { markerId: number }).markerId)];
        if (f?.type === 'point') onSelect(f.id);
        else if (f) void Taro.createMapContext(MAP_ID).moveToLocation({ longitude: f.location.lng, latitude: f.location.lat });
      }}
      onError={() => undefined}
    />
  );
}
