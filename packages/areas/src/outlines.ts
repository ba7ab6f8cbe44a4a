import gcoordImport from 'gcoord';
import { allDistricts, currentOf, districtsOf, type District } from './districts.js';
import type { Ring } from './encoding.js';
import { bboxesMeet, clipToBbox, type Bbox, type Polygon } from './geometry.js';
import { simplifyRing } from './simplify.js';
import { UNITS_PER_DEGREE } from './table.js';

export type Crs = 'wgs84' | 'gcj02';
/** GeoJSON MultiPolygon coordinates: polygons of rings of [lng, lat]. */
export type MultiPolygonCoordinates = [lng: number, lat: number][][][];

export interface Outline {
  code: string;
  name: string;
  centre: { lng: number; lat: number };
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  polygons: MultiPolygonCoordinates;
}

type Gcoord = typeof gcoordImport extends { default: infer D } ? D : typeof gcoordImport;
const gcoord = gcoordImport as unknown as Gcoord;

const round = (v: number) => Math.round(v * 1e5) / 1e5;

function toLngLat(x: number, y: number, crs: Crs): [number, number] {
  const gcj: [number, number] = [x / UNITS_PER_DEGREE, y / UNITS_PER_DEGREE];
  const [lng, lat] = crs === 'gcj02' ? gcj : gcoord.transform(gcj, gcoord.GCJ02, gcoord.WGS84);
  return [round(lng), round(lat)];
}

const ringToLngLat = (ring: Ring, crs: Crs) =>
  Array.from({ length: ring.length / 2 }, (_, i) => toLngLat(ring[2 * i]!, ring[2 * i + 1]!, crs));

function polygonsToLngLat(polygons: Polygon[], crs: Crs): MultiPolygonCoordinates {
  return polygons.map((rings) => rings.map((r) => ringToLngLat(r, crs)));
}

function bboxToLngLat([minX, minY, maxX, maxY]: Bbox, crs: Crs): Outline['bbox'] {
  const [w, s] = toLngLat(minX, minY, crs);
  const [e, n] = toLngLat(maxX, maxY, crs);
  return [w, s, e, n];
}

function unionBbox(districts: District[]): Bbox {
  return districts.reduce<Bbox>(
    (b, d) => [Math.min(b[0], d.bbox[0]), Math.min(b[1], d.bbox[1]), Math.max(b[2], d.bbox[2]), Math.max(b[3], d.bbox[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** An area code's outline (the union its places are checked against), or null when the table does not know it. */
export function areaOutline(areaCode: string, crs: Crs): Omit<Outline, 'name'> | null {
  const districts = districtsOf(areaCode);
  if (!districts.length) return null;
  const bbox = unionBbox(districts);
  const [cx, cy] = districts.length === 1 ? districts[0]!.centre : [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
  const [lng, lat] = toLngLat(cx, cy, crs);
  return {
    code: areaCode,
    centre: { lng, lat },
    bbox: bboxToLngLat(bbox, crs),
    polygons: polygonsToLngLat(
      districts.flatMap((d) => d.polygons),
      crs,
    ),
  };
}

/** Units per screen pixel at a Web-Mercator zoom level (at the equator: finer than needed further north). */
const unitsPerPixel = (zoom: number) => (360 / (256 * 2 ** zoom)) * UNITS_PER_DEGREE;

const simplifiedCache = new Map<string, Polygon[]>();

/** A district's polygons simplified to about a pixel at `zoom` (cached per district and zoom); tiny parts dropped. */
function polygonsAtZoom(d: District, zoom: number): Polygon[] {
  const epsilon = unitsPerPixel(zoom);
  if (epsilon <= 1) return d.polygons;
  const key = `${d.code}:${zoom}`;
  let polygons = simplifiedCache.get(key);
  if (!polygons) {
    polygons = d.polygons.flatMap((rings) => {
      const [outer, ...holes] = rings.map((r) => simplifyRing(r, epsilon));
      return outer ? [[outer, ...holes.filter((h): h is Ring => h !== null)]] : [];
    });
    simplifiedCache.set(key, polygons);
  }
  return polygons;
}

/**
 * A view in table units, widened on each side: the table is in GCJ-02, and a margin of 0.01° covers the ~700 m between
 * it and WGS-84 instead of converting the view.
 */
function unitsBox(view: [number, number, number, number], padX: number, padY: number): Bbox {
  return [
    (view[0] - padX) * UNITS_PER_DEGREE,
    (view[1] - padY) * UNITS_PER_DEGREE,
    (view[2] + padX) * UNITS_PER_DEGREE,
    (view[3] + padY) * UNITS_PER_DEGREE,
  ];
}

/**
 * The districts with land in a map view [west, south, east, north] (in `crs`), drawn for `zoom` and cut to the view with
 * a view's width and height around it (a phone at a street's zoom draws a few hundred corners instead of whole
 * districts; the maps ask again after each move): the offline base layer of the maps when no tiles are configured.
 */
export function outlinesInView(view: [number, number, number, number], zoom: number, crs: Crs): Outline[] {
  const inView = unitsBox(view, 0.01, 0.01);
  const drawn = unitsBox(view, Math.max(0.01, view[2] - view[0]), Math.max(0.01, view[3] - view[1]));
  const out: Outline[] = [];
  for (const { record, district } of allDistricts()) {
    if (!bboxesMeet(record.bbox, inView)) continue;
    const d = district();
    const atZoom = polygonsAtZoom(d, zoom);
    // Only districts with land in the view: the maps write each one's name inside the view.
    if (!atZoom.some((p) => clipToBbox(p, inView))) continue;
    const polygons = atZoom.map((p) => clipToBbox(p, drawn)).filter((p): p is Polygon => p !== null);
    const [lng, lat] = toLngLat(d.centre[0], d.centre[1], crs);
    // A district merged into another since the outlines were drawn is labelled with what it is part of now.
    const { code, name } = currentOf(d.code) ?? d;
    out.push({
      code,
      name,
      centre: { lng, lat },
      bbox: bboxToLngLat(d.bbox, crs),
      polygons: polygonsToLngLat(polygons, crs),
    });
  }
  return out;
}
