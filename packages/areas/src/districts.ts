import { readFileSync } from 'node:fs';
import { decodeRing } from './encoding.js';
import type { Bbox, Polygon } from './geometry.js';
import type { DistrictRecord, DistrictTable } from './table.js';

export interface District {
  code: string;
  name: string;
  centre: [number, number];
  bbox: Bbox;
  polygons: Polygon[];
}

interface Loaded {
  table: DistrictTable;
  byCode: Map<string, DistrictRecord>;
  decoded: Map<string, District>;
}

let loaded: Loaded | undefined;

/** The table, read once per process on first use (about 30 ms; rings are decoded when first asked for). */
function load(): Loaded {
  if (!loaded) {
    const table = JSON.parse(readFileSync(new URL('../data/districts.json', import.meta.url), 'utf8')) as DistrictTable;
    loaded = { table, byCode: new Map(table.districts.map((d) => [d.code, d])), decoded: new Map() };
  }
  return loaded;
}

function decoded(record: DistrictRecord): District {
  const { decoded: cache } = load();
  let district = cache.get(record.code);
  if (!district) {
    const polygons = record.polygons.map((rings) => rings.map(decodeRing));
    district = { code: record.code, name: record.name, centre: record.centre, bbox: record.bbox, polygons };
    cache.set(record.code, district);
  }
  return district;
}

const withPrefix = (prefix: string) => load().table.districts.filter((d) => d.code.startsWith(prefix));

/** The districts of a 2- or 4-digit prefix, or one district; a city drawn as a whole (东莞 441900) stands for its prefix. */
function recordsOf(code: string): DistrictRecord[] {
  const { byCode } = load();
  if (code.length === 2) return withPrefix(code);
  if (code.length === 4) {
    const whole = byCode.get(`${code}00`);
    return whole ? [whole] : withPrefix(code);
  }
  const exact = byCode.get(code);
  return exact ? [exact] : [];
}

/**
 * The districts whose union an area code is checked against: the county-level district itself (its first six
 * digits), or what the table says it came from, or, for a code the source does not draw (a development zone, a
 * township of 东莞, a county created since), its city, else its province. A 4-digit city (650100) is the union of
 * its districts, a province (650000) of its own. Empty when nothing of the code is known.
 */
export function districtsOf(areaCode: string): District[] {
  const county = areaCode.slice(0, 6);
  const { aliases } = load().table;
  const level = county.endsWith('0000') ? county.slice(0, 2) : county.endsWith('00') ? county.slice(0, 4) : county;
  const fromAlias = aliases[level]?.flatMap(recordsOf);
  const candidates = [fromAlias ?? recordsOf(level), recordsOf(level.slice(0, 4)), recordsOf(level.slice(0, 2))];
  return (candidates.find((list) => list.length) ?? []).map(decoded);
}

/** Every district of the table (decoded lazily), for a map's view and for finding the district at a point. */
export function allDistricts(): { record: DistrictRecord; district: () => District }[] {
  return load().table.districts.map((record) => ({ record, district: () => decoded(record) }));
}

/** The current code and name of a code retired since the outlines were drawn, if it is one. */
export const currentOf = (code: string) => load().table.retired[code];

/** Where the table came from and its licence, for the API's documentation. */
export const tableSource = () => ({ source: load().table.source, licence: load().table.licence });
