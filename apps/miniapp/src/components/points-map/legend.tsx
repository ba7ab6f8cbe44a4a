import { View } from '@tarojs/components';
import { memo } from 'react';
import { pointKindColors, pointKindLabels, pointKinds } from '@yilu/shared';
import './legend.css';

/** What the marker colours mean: each kind's colour with its name. */
function MapLegend() {
  return (
    <View className="map-legend" data-testid="map-legend">
      {pointKinds.map((k) => (
        <View key={k} className="map-legend__item">
          <View className="map-legend__dot" style={{ background: pointKindColors[k] }} />
          {pointKindLabels[k]}
        </View>
      ))}
    </View>
  );
}

/** Static: drawn once, not with each render of the map page. */
export default memo(MapLegend);
