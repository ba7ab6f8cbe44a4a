import { convertCrs, type ServicePoint } from '@yilu/shared';

/** A link that opens AMap (the app if installed, else its web page) at the point; AMap expects GCJ-02. */
export function amapLink(point: Pick<ServicePoint, 'name' | 'location' | 'crs'>): string {
  const gcj = convertCrs(point.location, point.crs, 'gcj02');
  const params = new URLSearchParams({ position: `${gcj.lng},${gcj.lat}`, name: point.name, coordinate: 'gaode', callnative: '1' });
  return `https://uri.amap.com/marker?${params}`;
}
