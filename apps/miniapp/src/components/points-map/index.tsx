import { View } from '@tarojs/components';
import type { PointsMapProps } from './types';

/** Platform-neutral fallback: a plain area. The weapp and h5 builds use their own files. */
export default function PointsMap({ features }: PointsMapProps) {
  return <View className="points-map points-map--none">{features.length}</View>;
}
