import fc from 'fast-check';
import pointInPolygon from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { areaOutline, outlinesInView, type MultiPolygonCoordinates } from '../outlines.js';

/** Kashgar's old town at a phone's street zoom, in WGS-84: [west, south, east, north]. */
const view: [number, number, number, number] = [75.97, 39.46, 76.01, 39.48];
const corners = (polygons: MultiPolygonCoordinates) => polygons.flat(2).length;
const inside = (polygons: MultiPolygonCoordinates, p: [number, number]) => polygons.some((rings) => pointInPolygon(p, rings) !== false);

describe('outlinesInView', () => {
  const outlines = outlinesInView(view, 14, 'wgs84');

  it('cuts each district to the view with a view around it, far fewer corners than the whole districts', () => {
    expect(outlines.length).toBeGreaterThan(0);
    // A view's width and height around it, and the ~700 m between GCJ-02 and WGS-84.
    const [w, s, e, n] = [view[0] - 0.05, view[1] - 0.03, view[2] + 0.05, view[3] + 0.03];
    for (const o of outlines)
      for (const [lng, lat] of o.polygons.flat(2)) {
        expect(lng).toBeGreaterThanOrEqual(w);
        expect(lng).toBeLessThanOrEqual(e);
        expect(lat).toBeGreaterThanOrEqual(s);
        expect(lat).toBeLessThanOrEqual(n);
      }
    const whole = outlines.reduce((sum, o) => sum + corners(areaOutline(o.code, 'wgs84')!.polygons), 0);
    const cut = outlines.reduce((sum, o) => sum + corners(o.polygons), 0);
    expect(cut * 5).toBeLessThan(whole);
  });

  it('leaves out the districts around whose land is not in the view, and keeps each one that has some', () => {
    // A street in the old town lies in 喀什市 alone; the city's edge at a wider zoom meets its neighbours.
    expect(outlines.map((o) => o.name)).toEqual(['喀什市']);
    const wider = outlinesInView([75.8, 39.3, 76.2, 39.6], 11, 'wgs84').map((o) => o.name);
    expect(wider).toEqual(expect.arrayContaining(['喀什市', '疏附县', '疏勒县']));
  });

  it('puts every place in the view in the same district as the whole outlines do', () => {
    const place = fc.tuple(fc.double({ min: view[0], max: view[2], noNaN: true }), fc.double({ min: view[1], max: view[3], noNaN: true }));
    fc.assert(
      fc.property(place, (p) => {
        for (const o of outlines) expect(inside(o.polygons, p)).toBe(inside(areaOutline(o.code, 'wgs84')!.polygons, p));
      }),
      { numRuns: 300 },
    );
  });
});
