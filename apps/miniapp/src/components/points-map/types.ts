import type { ServicePoint } from '@yilu/shared';

/** One interface, two platform files: the native WeChat map (index.weapp.tsx) and Leaflet on h5 (index.h5.tsx). */
export interface PointsMapProps {
  /** Map centre and points are in the same coordinate system (see points/location.ts `mapCrs`). */
  center: { lng: number; lat: number };
  points: ServicePoint[];
  selectedId?: string;
  onSelect: (id: string) => void;
}
