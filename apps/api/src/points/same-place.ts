import { trusted } from 'mongoose';
import { convertCrs, haversineM, type Crs } from '@yilu/shared';

/** How close two points of one kind with one name are to be one place. */
export const SAME_PLACE_M = 100;

/** A point as the rule reads it; `crs` when its location is not WGS-84 (an import row in GCJ-02). */
interface Place {
  kind: string;
  name: string;
  location?: { lng: number; lat: number } | null;
  crs?: Crs;
}

type Located = Place & { location: { lng: number; lat: number } };

/**
 * A name as people read it: full-width and half-width forms alike (（）and ()), letter case, spaces and punctuation
 * ignored, so that "喀什爱心餐厅（解放北路店）" and "喀什爱心餐厅 (解放北路店)" are one name.
 */
export const readName = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');

const wgs84 = (p: Located) => (p.crs && p.crs !== 'wgs84' ? convertCrs(p.location, p.crs, 'wgs84') : p.location);

/**
 * The rule by which an import recognises the same place when no external id says so: the same kind, the same name
 * as people read it, and less than SAME_PLACE_M apart (compared in WGS-84, whatever system the row is in).
 */
export function isSamePlace(a: Place, b: Place): boolean {
  if (!a.location || !b.location || a.kind !== b.kind || readName(a.name) !== readName(b.name)) return false;
  return haversineM(wgs84(a as Located), wgs84(b as Located)) < SAME_PLACE_M;
}

/** A filter for the stored points that may be the same place as `p`: its kind, in a box around it wider than SAME_PLACE_M. */
export function samePlaceCandidates(p: Located): Record<string, unknown> {
  const { lng, lat } = wgs84(p);
  const dLat = (2 * SAME_PLACE_M) / 111_000;
  const dLng = dLat / Math.cos((lat * Math.PI) / 180);
  return {
    kind: p.kind,
    'location.lat': trusted({ $gte: lat - dLat, $lte: lat + dLat }),
    'location.lng': trusted({ $gte: lng - dLng, $lte: lng + dLng }),
  };
}
