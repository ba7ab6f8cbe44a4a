import { amenities, pointKinds, type Amenity, type PointKind } from '@yilu/shared';

/** City centres with their district codes, for believable generated points (WGS-84, approximate). */
export const cities = [
  { name: '喀什', areaCode: '653101', lng: 75.99, lat: 39.47 },
  { name: '乌鲁木齐米东', areaCode: '650109', lng: 87.66, lat: 43.96 },
  { name: '昌吉', areaCode: '652301', lng: 87.3, lat: 44.01 },
  { name: '昆山', areaCode: '320583', lng: 120.98, lat: 31.38 },
  { name: '苏州姑苏', areaCode: '320508', lng: 120.62, lat: 31.31 },
  { name: '杭州上城', areaCode: '330102', lng: 120.17, lat: 30.25 },
  { name: '贵阳云岩', areaCode: '520103', lng: 106.71, lat: 26.58 },
  { name: '北京东城', areaCode: '110101', lng: 116.41, lat: 39.93 },
  { name: '上海黄浦', areaCode: '310101', lng: 121.49, lat: 31.23 },
  { name: '广州天河', areaCode: '440106', lng: 113.36, lat: 23.13 },
  { name: '深圳南山', areaCode: '440305', lng: 113.93, lat: 22.53 },
  { name: '成都武侯', areaCode: '510107', lng: 104.04, lat: 30.64 },
  { name: '武汉江汉', areaCode: '420103', lng: 114.27, lat: 30.6 },
  { name: '西安雁塔', areaCode: '610113', lng: 108.95, lat: 34.22 },
  { name: '济南历下', areaCode: '370102', lng: 117.08, lat: 36.67 },
  { name: '郑州金水', areaCode: '410105', lng: 113.66, lat: 34.8 },
];

const kindNames: Record<PointKind, string> = {
  rest_station: '暖心驿站',
  charging: '充电站',
  reading_corner: '读书角',
  canteen: '爱心餐厅',
  toilet: '公厕',
  training_site: '技能培训点',
};

/** Deterministic pseudo-random numbers (mulberry32), so generated data and benchmarks repeat exactly. */
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedPoint {
  externalId: string;
  kind: PointKind;
  name: string;
  address: string;
  areaCode: string;
  location: { lng: number; lat: number };
  amenities: Amenity[];
  access: 'public' | 'customers' | 'workers';
  hours: {
    timezone: string;
    alwaysOpen: boolean;
    weekly: { days: number[]; ranges: { open: string; close: string }[] }[];
    exceptions: never[];
  };
  status: 'published';
}

/**
 * `count` points spread around the cities (about 25 km around each centre), with a mix of kinds, amenities and
 * hours: the demo fill-in and the 200k national data set of the benchmarks.
 */
export function generatePoints(count: number, seed = 1, prefix = 'gen'): GeneratedPoint[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const city = cities[i % cities.length]!;
    const kind = pick(pointKinds);
    const r = Math.sqrt(random()) * 0.25;
    const angle = random() * 2 * Math.PI;
    const alwaysOpen = random() < 0.35;
    const open = `${String(6 + Math.floor(random() * 4)).padStart(2, '0')}:00`;
    const close = random() < 0.15 ? '02:00' : `${18 + Math.floor(random() * 5)}:00`;
    return {
      externalId: `${prefix}-${i}`,
      kind,
      name: `${city.name}${kindNames[kind]}${i + 1}号`,
      address: `${city.name}第 ${1 + (i % 300)} 街区`,
      areaCode: city.areaCode,
      location: { lng: round(city.lng + r * Math.cos(angle)), lat: round(city.lat + r * Math.sin(angle) * 0.8) },
      amenities: amenities.filter(() => random() < 0.3),
      access: pick(['public', 'public', 'workers', 'customers'] as const),
      hours: alwaysOpen
        ? { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] }
        : {
            timezone: 'Asia/Shanghai',
            alwaysOpen: false,
            weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ open, close }] }],
            exceptions: [],
          },
      status: 'published',
    };
  });
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
