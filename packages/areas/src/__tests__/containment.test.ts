import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import gcoordImport from 'gcoord';
import { AREA_TOLERANCE_M, districtAt, placeInArea, toUnits } from '../containment.js';
import { allDistricts, districtsOf, type District } from '../districts.js';
import { UNITS_PER_DEGREE } from '../table.js';

type Gcoord = typeof gcoordImport extends { default: infer D } ? D : typeof gcoordImport;
const gcoord = gcoordImport as unknown as Gcoord;

// An independent oracle: even-odd ray casting over every ring, and the distance to every edge by haversine-free
// brute force on the same tangent plane.
function oracleInside(d: District, x: number, y: number): boolean {
  return d.polygons.some((rings) => rings.filter((r) => crossings(r, x, y) % 2 === 1).length % 2 === 1);
}
function crossings(r: Int32Array, x: number, y: number): number {
  let n = 0;
  for (let i = 2; i < r.length; i += 2) {
    const [x1, y1, x2, y2] = [r[i - 2]!, r[i - 1]!, r[i]!, r[i + 1]!];
    if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) n++;
  }
  return n;
}
function oracleDistanceM(districts: District[], x: number, y: number): number {
  const k = Math.cos((y / UNITS_PER_DEGREE) * (Math.PI / 180));
  let best = Infinity;
  for (const d of districts)
    for (const rings of d.polygons)
      for (const r of rings)
        for (let i = 2; i < r.length; i += 2) {
          const [ax, ay, bx, by] = [(r[i - 2]! - x) * k, r[i - 1]! - y, (r[i]! - x) * k, r[i + 1]! - y];
          const [dx, dy] = [bx - ax, by - ay];
          const l = dx * dx + dy * dy;
          const t = l ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l)) : 0;
          best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
  return (best * (6_371_008.8 * Math.PI)) / 180 / UNITS_PER_DEGREE;
}

const codes = allDistricts().map((d) => d.record.code);

/** Uniform over [-0.05, 1.05]: fast-check's usual bias towards the bounds would put most points at the corners. */
const fraction = fc.noBias(fc.integer({ min: -500, max: 10_500 })).map((i) => i / 10_000);

/** A district and a WGS-84 position somewhere in (or just around) its bounding box. */
const districtAndPoint = fc.tuple(fc.constantFrom(...codes), fraction, fraction).map(([code, u, v]) => {
  const d = districtsOf(code)[0]!;
  const [minX, minY, maxX, maxY] = d.bbox;
  const gcj: [number, number] = [(minX + u * (maxX - minX)) / UNITS_PER_DEGREE, (minY + v * (maxY - minY)) / UNITS_PER_DEGREE];
  const [lng, lat] = gcoord.transform(gcj, gcoord.GCJ02, gcoord.WGS84);
  return { d, p: { lng, lat } };
});

describe('a place inside its district', () => {
  it('is inside exactly when the oracle finds it inside the outline or within the tolerance of it', () => {
    fc.assert(
      fc.property(districtAndPoint, ({ d, p }) => {
        const [x, y] = toUnits(p);
        // A code that stands for several districts (a merger since the source was drawn) is checked against all.
        const area = districtsOf(d.code);
        const placement = placeInArea(p, d.code)!;
        const distance = oracleDistanceM(area, x, y);
        // Within a few metres of an edge (simplified rings can fold back on themselves by less than a unit) the two
        // point-in-polygon rules may disagree; both count the point as inside.
        if (area.some((a) => oracleInside(a, x, y)) || distance < 5) expect(placement.inside).toBe(true);
        else {
          // The check may stop at the bounding box when that alone is farther than the tolerance.
          if (distance <= AREA_TOLERANCE_M + 1) expect(placement.distanceM).toBeCloseTo(distance, 3);
          expect(placement.inside).toBe(distance <= AREA_TOLERANCE_M);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is inside the district's city and province too", () => {
    fc.assert(
      fc.property(districtAndPoint, ({ d, p }) => {
        fc.pre(placeInArea(p, d.code)!.inside);
        expect(placeInArea(p, `${d.code.slice(0, 4)}00`)!.inside).toBe(true);
        expect(placeInArea(p, `${d.code.slice(0, 2)}0000`)!.inside).toBe(true);
        expect(placeInArea(p, `${d.code}001001`)!.inside).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // Each city's districts come from one source file and share their borders. Cities come from different files and
  // can overlap where one is coarser (Shanghai's 崇明区 covers the whole island, Jiangsu's 启东 and 海门 hold its
  // north shore): the property holds within a city.
  it('well inside one district, is in no other district of its city, and is found in a district', () => {
    fc.assert(
      fc.property(districtAndPoint, ({ d, p }) => {
        const [x, y] = toUnits(p);
        fc.pre(oracleInside(d, x, y) && oracleDistanceM([d], x, y) > 2 * AREA_TOLERANCE_M);
        const found = districtAt(p);
        expect(found).not.toBeNull();
        expect(placeInArea(p, found!.code)!.inside).toBe(true);
        const [minX, minY, maxX, maxY] = d.bbox;
        // Codes that stand for several districts (mergers since the source was drawn) overlap their parts on purpose.
        const drawnAlone = (code: string) => districtsOf(code).length === 1 && districtsOf(code)[0]!.code === code;
        const neighbours = allDistricts().filter(
          ({ record: { code, bbox } }) =>
            code !== d.code &&
            code.slice(0, 4) === d.code.slice(0, 4) &&
            bbox[0] <= maxX &&
            minX <= bbox[2] &&
            bbox[1] <= maxY &&
            minY <= bbox[3] &&
            drawnAlone(code),
        );
        for (const n of neighbours)
          expect(placeInArea(p, n.record.code)!.inside, `${d.code} ${d.name} in ${n.record.code} ${n.record.name}`).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('known places', () => {
  const midongSchool = { lng: 87.6543, lat: 43.9642 };
  const kashgarOldTown = { lng: 75.9897, lat: 39.4704 };

  it('puts 米东区 in 650109 and Kashgar 1,000 km away from it', () => {
    expect(placeInArea(midongSchool, '650109')).toEqual({ inside: true, distanceM: 0 });
    const far = placeInArea(kashgarOldTown, '650109')!;
    expect(far.inside).toBe(false);
    expect(far.distanceM).toBeGreaterThan(900_000);
    expect(districtAt(kashgarOldTown)?.code).toBe('653101');
  });

  it('checks a community code against its district, and a merged district against what it absorbed', () => {
    expect(placeInArea(midongSchool, '650109001001')!.inside).toBe(true);
    // 杭州 体育场路: 下城区 until 2021, 拱墅区 since.
    expect(placeInArea({ lng: 120.1636, lat: 30.2751 }, '330105')!.inside).toBe(true);
    expect(placeInArea({ lng: 120.1636, lat: 30.2751 }, '330106')!.inside).toBe(false);
  });

  it('knows nothing of a code outside the table', () => {
    expect(placeInArea(midongSchool, '990000')).toBeNull();
  });
});
