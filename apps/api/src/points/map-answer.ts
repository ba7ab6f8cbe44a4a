import { convertCrs, type PointsMapQuery } from '@yilu/shared';
import type { PointCatalog } from './point-catalog.js';
import { pointJson, withDistance } from './point-view.js';

/**
 * Answers a public map query from the in-memory catalog as JSON text: nearest first for `near`, markers or
 * clusters for `bbox`. Every coordinate, in and out, is in `q.crs`, and the answer says so.
 */
export function mapAnswer(catalog: PointCatalog, q: PointsMapQuery, at = new Date()): string {
  const filter = { kinds: q.kinds, amenities: q.amenities, openNow: q.openNow, at };
  if (q.near) {
    const origin = convertCrs(q.near, q.crs, 'wgs84');
    const found = catalog.nearby(origin.lng, origin.lat, q.radius, q.limit, filter);
    return `{"crs":"${q.crs}","items":[${found.map((f) => withDistance(pointJson(f.record, q.crs, at), f.distanceM)).join(',')}]}`;
  }
  const box = q.bbox!;
  const sw = convertCrs({ lng: box.minLng, lat: box.minLat }, q.crs, 'wgs84');
  const ne = convertCrs({ lng: box.maxLng, lat: box.maxLat }, q.crs, 'wgs84');
  const features = catalog.viewport({ minLng: sw.lng, minLat: sw.lat, maxLng: ne.lng, maxLat: ne.lat }, q.zoom, filter).map((f) =>
    f.type === 'cluster'
      ? JSON.stringify({ ...f, location: convertCrs(f.location, 'wgs84', q.crs) })
      : `{"type":"point",${pointJson(f.record, q.crs, at).slice(1)}`,
  );
  return `{"crs":"${q.crs}","zoom":${q.zoom},"features":[${features.join(',')}]}`;
}
