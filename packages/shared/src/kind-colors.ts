import type { PointKind } from './points.js';

/** One colour per kind of point, the same on the admin map and in the workers' app. */
export const pointKindColors: Record<PointKind, string> = {
  rest_station: '#1f6feb',
  charging: '#2da44e',
  reading_corner: '#8250df',
  canteen: '#d4a72c',
  toilet: '#57606a',
  training_site: '#cf222e',
};
