import { placeInArea, districtAt } from '@yilu/areas';
import type { GeocodeAnswer, GeocodeCandidate } from '@yilu/contract';
import { convertCrs, type Crs, type LngLat } from '@yilu/shared';
import type { Config } from '../config.js';
import { HttpProblem } from '../http/problem.js';
import { areaName } from './area-name.js';

type GeocoderConfig = Config['geocoder'];
type Provider = Exclude<GeocoderConfig['provider'], 'off'>;

/** What a provider found, in GCJ-02 (both AMap and Tencent answer in it), with its own district code. */
interface Found {
  address: string;
  gcj: LngLat;
  adcode?: string;
}

const unreachable = () => new HttpProblem(502, 'geocoder-unavailable', '地址解析服务暂时不可用，请稍后再试或在地图上选点');

async function getJson(url: URL): Promise<unknown> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch {
    throw unreachable();
  }
}

/** AMap web service 地理编码: GET /v3/geocode/geo?address=&key= → geocodes[] with location "lng,lat" and adcode. */
async function amap(config: GeocoderConfig, address: string): Promise<Found[]> {
  const url = new URL('/v3/geocode/geo', config.baseUrl);
  url.search = new URLSearchParams({ address, key: config.key, output: 'JSON' }).toString();
  const answer = (await getJson(url)) as {
    status?: string;
    geocodes?: { formatted_address?: string; location?: string; adcode?: string }[];
  };
  if (answer.status !== '1') throw unreachable();
  return (answer.geocodes ?? []).flatMap((g) => {
    const [lng, lat] = (g.location ?? '').split(',').map(Number);
    return Number.isFinite(lng) && Number.isFinite(lat)
      ? [{ address: g.formatted_address ?? address, gcj: { lng: lng!, lat: lat! }, adcode: g.adcode }]
      : [];
  });
}

/** Tencent 地址解析: GET /ws/geocoder/v1/?address=&key= → one result (status 347: nothing found). */
async function tencent(config: GeocoderConfig, address: string): Promise<Found[]> {
  const url = new URL('/ws/geocoder/v1/', config.baseUrl);
  url.search = new URLSearchParams({ address, key: config.key }).toString();
  const answer = (await getJson(url)) as {
    status?: number;
    result?: { title?: string; location?: LngLat; ad_info?: { adcode?: string } };
  };
  if (answer.status === 347) return [];
  if (answer.status !== 0 || !answer.result?.location) throw unreachable();
  const { title, location, ad_info } = answer.result;
  return [{ address: title ?? address, gcj: location, adcode: ad_info?.adcode }];
}

const lookups: Record<Provider, (config: GeocoderConfig, address: string) => Promise<Found[]>> = { amap, tencent };

/**
 * The area code to suggest: the provider's own when the area check accepts the location there (its codes are
 * current), else the district whose outline holds the location.
 */
function suggestedArea(wgs: LngLat, adcode: string | undefined): Pick<GeocodeCandidate, 'areaCode' | 'areaName'> {
  const code = adcode && /^\d{6}$/.test(adcode) && placeInArea(wgs, adcode)?.inside ? adcode : districtAt(wgs)?.code;
  return code ? { areaCode: code, areaName: areaName(code) } : {};
}

export function createGeocoder(config: GeocoderConfig) {
  return {
    status: () => (config.provider === 'off' ? { enabled: false } : { enabled: true, provider: config.provider }),

    async lookUp(address: string, crs: Crs): Promise<GeocodeAnswer> {
      if (config.provider === 'off') throw new HttpProblem(503, 'geocoder-off', '未配置地址解析服务，请在地图上选点或填写经纬度');
      const found = await lookups[config.provider](config, address);
      const items = found.map(({ address: formatted, gcj, adcode }) => {
        const wgs = convertCrs(gcj, 'gcj02', 'wgs84');
        return { address: formatted, location: crs === 'gcj02' ? gcj : wgs, ...suggestedArea(wgs, adcode) };
      });
      return { crs, provider: config.provider, items };
    },
  };
}
