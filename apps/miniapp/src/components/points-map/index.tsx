import { View } from '@tarojs/components';
import type { PointsMapProps } from './types';

/** Platform-neutral fallback: a plain list area. The weapp and h5 builds use their own files. */
export default function PointsMap({ points }: PointsMapProps) {
  return <View className="points-map points-map--none">{points.length}</View>;
}
