import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { memo } from 'react';
import { pointKindLabels, type ServicePoint } from '@yilu/shared';
import { t } from '../../locales/zh-CN';
import { describeOpen, formatDistance } from '../../points/format';
import { mapFilterActions } from '../../points/map-filters';

export const openPoint = (id: string, distanceM?: number) =>
  void Taro.navigateTo({ url: `/pages/point/index?id=${id}${distanceM === undefined ? '' : `&d=${distanceM}`}` });

interface PointListProps {
  points: ServicePoint[];
  loading: boolean;
  failed: boolean;
  radiusM: number;
  /** A wider radius "扩大范围" can offer, or undefined at the widest. */
  widerRadiusM?: number;
}

const km = (m: number) => m / 1000;

/** The nearest matches under the map, or why there are none; drawn again only when they change. */
function PointList({ points, loading, failed, radiusM, widerRadiusM }: PointListProps) {
  return (
    <View className="point-list" data-testid="point-list">
      {loading && points.length === 0 ? <View className="muted point-list__empty">{t.map.loading}</View> : null}
      {!loading && !failed && points.length === 0 ? (
        <View className="muted point-list__empty" data-testid="none-nearby">
          {t.map.none(km(radiusM))}
          {widerRadiusM ? (
            <View className="map-page__widen" onClick={mapFilterActions.widen}>
              {t.map.widen(km(widerRadiusM))}
            </View>
          ) : (
            <View>{t.map.noneAtWidest}</View>
          )}
        </View>
      ) : null}
      {points.map((p) => (
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
  );
}

export default memo(PointList);
