import { convertCrs, type PointsMapQuery } from '@yilu/shared';
import type { PointCatalog } from './point-catalog.js';
import { pointJson } from './point-view.js';

const COMMA = Buffer.from(',');
const POINT_FEATURE = Buffer.from('{"type":"point",');

/**
 * Answers a public map query from the in-memory catalog as UTF-8 JSON: nearest first for `near`, markers or
 * clusters for `bbox`. Every coordinate, in and out, is in `q.crs`, and the answer says so. The answer is glued
 * from each point's cached bytes, so nothing is serialised or encoded twice.
 */
export function mapAnswer(catalog: PointCatalog, q: PointsMapQuery, at = new Date()): Buffer {
  const filter = { kinds: q.kinds, amenities: q.amenities, openNow: q.openNow, at };
  const parts: Buffer[] = [];
  if (q.near) {
    const origin = convertCrs(q.near, q.crs, 'wgs84');
    parts.push(Buffer.from(`{"crs":"${q.crs}","items":[`));
    catalog.nearby(origin.lng, origin.lat, q.radius, q.limit, filter).forEach((f, i) => {
      const json = pointJson(f.record, q.crs, at);
      if (i) parts.push(COMMA);
      parts.push(json.subarray(0, json.length - 1), Buffer.from(`,"distanceM":${f.distanceM}}`));
    });
  } else {
    const box = q.bbox!;
    const sw = convertCrs({ lng: box.minLng, lat: box.minLat }, q.crs, 'wgs84');
    const ne = convertCrs({ lng: box.maxLng, lat: box.maxLat }, q.crs, 'wgs84');
    parts.push(Buffer.from(`{"crs":"${q.crs}","zoom":${q.zoom},"features":[`));
    catalog.viewport({ minLng: sw.lng, minLat: sw.lat, maxLng: ne.lng, maxLat: ne.lat }, q.zoom, filter).forEach((f, i) => {
      if (i) parts.push(COMMA);
      if (f.type === 'cluster') parts.push(Buffer.from(JSON.stringify({ ...f, location: convertCrs(f.location, 'wgs84', q.crs) })));
      else parts.push(POINT_FEATURE, pointJson(f.record, q.crs, at).subarray(1));
    });
  }
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
}
