import gcoordImport from 'gcoord';
import type { Crs } from './points.js';

export interface LngLat {
  lng: number;
  lat: number;
}

// gcoord is CommonJS: under Node's type rules its default import is the whole module; at run time (Node and
// bundlers alike) it is the object with transform().
type Gcoord = typeof gcoordImport extends { default: infer D } ? D : typeof gcoordImport;
const gcoord = gcoordImport as unknown as Gcoord;

/** Converts between WGS-84 and GCJ-02 with gcoord; never by hand. */
export function convertCrs(p: LngLat, from: Crs, to: Crs): LngLat {
  if (from === to) return p;
  const [lng, lat] = gcoord.transform(
    [p.lng, p.lat],
    from === 'wgs84' ? gcoord.WGS84 : gcoord.GCJ02,
    to === 'wgs84' ? gcoord.WGS84 : gcoord.GCJ02,
  );
  return { lng: round(lng), lat: round(lat) };
}

const round = (v: number) => Math.round(v * 1e7) / 1e7;

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function haversineM(a: LngLat, b: LngLat): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
