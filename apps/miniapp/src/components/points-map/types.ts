import type { Answer } from '@yilu/client';

/** A marker of the viewport answer: a whole point at high zoom, a cluster of one kind at low zoom. */
export type MapFeature = Answer<'viewportPoints'>['features'][number];

/** What the map shows: `bbox` as the API takes it ("west,south,east,north"), and the integer zoom. */
export interface MapView {
  bbox: string;
  zoom: number;
}

/** One interface, two platform files: the native WeChat map (index.weapp.tsx) and Leaflet on h5 (index.h5.tsx). */
export interface PointsMapProps {
  /**
   * The worker's position, in the same coordinate system as the features (see points/location.ts `mapCrs`).
   * A new object flies the map back to it (the recentre button), even when the position has not changed.
   */
  center: { lng: number; lat: number };
  features: MapFeature[];
  selectedId?: string;
  onSelect: (id: string) => void;
  /** Called after each pan or zoom has settled, and once when the map first shows. */
  onView?: (view: MapView) => void;
}

/** The bbox text for the API: four decimals (about 10 m) keep the queries of one view the same. */
export const bboxText = (west: number, south: number, east: number, north: number) =>
  [west, south, east, north].map((v) => v.toFixed(4)).join(',');
