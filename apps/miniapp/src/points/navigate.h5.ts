import type { ServicePoint } from '@yilu/shared';
import { amapLink } from './amap-link';

/** Browser: open AMap at the point in a new tab (its app takes over on phones that have it). */
export async function navigateTo(point: Pick<ServicePoint, 'name' | 'address' | 'location' | 'crs'>): Promise<void> {
  window.open(amapLink(point), '_blank', 'noopener');
}

export { amapLink };
