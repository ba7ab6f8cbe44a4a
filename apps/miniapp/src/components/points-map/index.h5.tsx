import { View } from '@tarojs/components';
import { lazy, memo, Suspense } from 'react';
import type { PointsMapProps } from './types';
import './index.h5.css';

// Leaflet is most of a map page's script: fetched and run after the page and its list have shown, in its own chunk.
const LeafletMap = lazy(() => import('./leaflet-map'));

/** The map on h5; until Leaflet has loaded, an empty area of the same size. */
function PointsMap(props: PointsMapProps) {
  return (
    <View className="points-map">
      <Suspense fallback={<div className="points-map__leaflet" />}>
        <LeafletMap {...props} />
      </Suspense>
    </View>
  );
}

/** Drawn again only when its centre, markers or handlers change, not with each answer of the list below it. */
export default memo(PointsMap);
