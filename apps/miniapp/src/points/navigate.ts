import type { ServicePoint } from '@yilu/shared';

/** Opens navigation to a point. Platform files: navigate.weapp.ts (openLocation), navigate.h5.ts (a map link). */
export async function navigateTo(_point: Pick<ServicePoint, 'name' | 'address' | 'location' | 'crs'>): Promise<void> {
  throw new Error('当前平台不支持导航');
}

/** The AMap link for a point (GCJ-02), used on h5 and shown as a fallback. */
export { amapLink } from './amap-link';
