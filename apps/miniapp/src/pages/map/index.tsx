import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { pointKindLabels, pointKinds, type Amenity } from '@yilu/shared';
import PointsMap from '../../components/points-map';
import MapLegend from '../../components/points-map/legend';
import { t } from '../../locales/zh-CN';
import { OfflineBanner } from '../../offline/OfflineBanner';
import { amenityBadge, describeOpen, formatDistance } from '../../points/format';
import { useNearby } from '../../points/use-nearby';
import { useViewport } from '../../points/use-viewport';
import PageHeader from '../../components/page-header';
import { useTextSizeClass } from '../../text-size/large-text';
import ChipRow from '../../components/chip-row';
import './index.css';

/** The amenities riders ask for most, offered as quick filters. */
const quickAmenities: Amenity[] = [
  'hot_water',
  'phone_charging',
  'microwave',
  'ebike_charging',
  'ev_fast_charging',
  'books',
  'toilet',
  'drinking_water',
  'wifi',
];

const km = (m: number) => m / 1000;

const openPoint = (id: string, distanceM?: number) =>
  void Taro.navigateTo({ url: `/pages/point/index?id=${id}${distanceM === undefined ? '' : `&d=${distanceM}`}` });

export default function MapPage() {
  const nearby = useNearby();
  const { filters } = nearby;
  const viewport = useViewport(filters);
  const textSize = useTextSizeClass();

  return (
    <View className={`map-page ${textSize}`}>
      <PageHeader title={t.pageHeader.map} />
      <View className="map-page__map">
        {nearby.center ? (
          <PointsMap center={nearby.center} features={viewport.features} onSelect={openPoint} onView={viewport.onView} />
        ) : null}
        <MapLegend />
        <View className="map-page__recentre" data-testid="recentre" aria-label={t.map.recentre} onClick={() => void nearby.recentre()}>
          ◎
        </View>
      </View>

      <ChipRow className="chips">
        <View className={`chip ${filters.kinds.length === 0 ? 'chip--on' : ''}`} onClick={nearby.allKinds}>
          {t.map.allKinds}
        </View>
        {pointKinds.map((k) => (
          <View key={k} className={`chip ${filters.kinds.includes(k) ? 'chip--on' : ''}`} onClick={() => nearby.toggleKind(k)}>
            {pointKindLabels[k]}
          </View>
        ))}
      </ChipRow>
      <ChipRow className="chips">
        <View className={`chip chip--open ${filters.openNow ? 'chip--on' : ''}`} onClick={nearby.toggleOpenNow}>
          {t.map.openNow}
        </View>
        {quickAmenities.map((a) => (
          <View key={a} className={`chip ${filters.amenities.includes(a) ? 'chip--on' : ''}`} onClick={() => nearby.toggleAmenity(a)}>
            {amenityBadge(a)}
          </View>
        ))}
      </ChipRow>

      {!nearby.located ? <View className="notice">{t.map.locationDenied}</View> : null}
      <OfflineBanner savedAt={nearby.savedAt} />
      {nearby.error ? (
        <View className="notice notice--error" onClick={() => void nearby.reload()}>
          {nearby.error} · {t.map.retry}
        </View>
      ) : null}

      <View
        className="tap-link"
        onClick={() =>
          void Taro.navigateTo({ url: `/wishes/board/index${nearby.center ? `?lng=${nearby.center.lng}&lat=${nearby.center.lat}` : ''}` })
        }
      >
        {t.map.wishes}
      </View>

      <View className="point-list" data-testid="point-list">
        {nearby.loading && nearby.points.length === 0 ? <View className="muted point-list__empty">{t.map.loading}</View> : null}
        {!nearby.loading && !nearby.error && nearby.points.length === 0 ? (
          <View className="muted point-list__empty" data-testid="none-nearby">
            {t.map.none(km(filters.radiusM))}
            {nearby.widerRadiusM ? (
              <View className="map-page__widen" onClick={nearby.widen}>
                {t.map.widen(km(nearby.widerRadiusM))}
              </View>
            ) : (
              <View>{t.map.noneAtWidest}</View>
            )}
          </View>
        ) : null}
        {nearby.points.map((p) => (
          <View key={p.id} className="point-row" onClick={() => openPoint(p.id, p.distanceM)}>
            <View className="point-row__main">
              <Text className="point-row__name">{p.name}</Text>
              <Text className="point-row__meta">
                {pointKindLabels[p.kind]} · {p.distanceM === undefined ? '' : formatDistance(p.distanceM)}
              </Text>
            </View>
            <Text className={`point-row__open ${p.openNow ? 'point-row__open--yes' : ''}`}>{describeOpen(p)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
