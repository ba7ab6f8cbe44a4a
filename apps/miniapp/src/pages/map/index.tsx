import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import PointsMap from '../../components/points-map';
import MapLegend from '../../components/points-map/legend';
import { t } from '../../locales/zh-CN';
import { OfflineBanner } from '../../offline/OfflineBanner';
import { useNearby } from '../../points/use-nearby';
import { useViewport } from '../../points/use-viewport';
import PageHeader from '../../components/page-header';
import { useTextSizeClass } from '../../text-size/large-text';
import MapChips from './MapChips';
import PointList, { openPoint } from './PointList';
import './index.css';

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

      <MapChips filters={filters} />

      {nearby.located !== true ? (
        <View className="notice" data-testid="location-notice">
          {nearby.located === undefined ? t.map.locating : t.map.locationDenied}
        </View>
      ) : null}
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

      <PointList
        points={nearby.points}
        loading={nearby.loading}
        failed={Boolean(nearby.error)}
        radiusM={filters.radiusM}
        widerRadiusM={nearby.widerRadiusM}
      />
    </View>
  );
}
