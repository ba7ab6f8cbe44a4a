import type { EncodedRing } from './encoding.js';

/** Integer coordinates of the table: 1/1024 degree in GCJ-02, as the source draws them. */
export const UNITS_PER_DEGREE = 1024;

export interface DistrictRecord {
  /** GB/T 2260 code: a county-level district, or a prefecture-level city that has no districts (东莞, 中山, 儋州…). */
  code: string;
  name: string;
  /** Where the name is drawn (the source's centre point, or the middle of the largest part). */
  centre: [x: number, y: number];
  bbox: [minX: number, minY: number, maxX: number, maxY: number];
  /** Each polygon: its outer ring, then its holes. */
  polygons: EncodedRing[][];
}

/** What data/districts.json holds (written by scripts/derive.ts). */
export interface DistrictTable {
  source: string;
  licence: string;
  crs: 'gcj02';
  unitsPerDegree: number;
  /** Douglas–Peucker tolerance applied, in units. */
  simplifiedBy: number;
  districts: DistrictRecord[];
  /**
   * Current codes the source does not draw on their own, with what they are checked against: source codes whose
   * union covers them (a merger or a carve-out since the source was drawn), or a 2- or 4-digit prefix.
   */
  aliases: Record<string, string[]>;
  /** Source codes retired since (下城区 330103), with the current code that took them in and its name. */
  retired: Record<string, { code: string; name: string }>;
}
