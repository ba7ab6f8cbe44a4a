import { describe, expect, it } from 'vitest';
import { DEMO_GENERATED_POINTS, generatedDemoPoints } from '../../demo/seed.js';
import { demoPoints } from '../../demo/demo-points.js';
import { areaMismatch } from '../area-check.js';

describe('demo data', () => {
  it('puts every named demo point inside its area', () => {
    const wrong = demoPoints.filter((p) => areaMismatch(p.location, p.areaCode)).map((p) => `${p.name} ${p.areaCode}`);
    expect(wrong).toEqual([]);
  });

  it('files every generated demo point under the district that holds it', () => {
    const points = generatedDemoPoints();
    expect(points).toHaveLength(DEMO_GENERATED_POINTS);
    expect(points.filter((p) => areaMismatch(p.location, p.areaCode))).toEqual([]);
  });
});
