import Taro from '@tarojs/taro';
import { convertCrs, type ServicePoint } from '@yilu/shared';

/** WeChat's own navigation sheet; openLocation takes GCJ-02. */
export async function navigateTo(point: Pick<ServicePoint, 'name' | 'address' | 'location' | 'crs'>): Promise<void> {
  const gcj = convertCrs(point.location, point.crs, 'gcj02');
  await Taro.openLocation({ longitude: gcj.lng, latitude: gcj.lat, name: point.name, address: point.address, scale: 17 });
}

export { amapLink } from './amap-link';
