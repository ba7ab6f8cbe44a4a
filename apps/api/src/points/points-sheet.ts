import {
  accessTypeLabels,
  amenityLabels,
  codeFor,
  formatExceptionsText,
  formatHoursText,
  parseExceptionsText,
  parseHoursText,
  pointKindLabels,
  pointStatusLabels,
  type OpeningHours,
} from '@yilu/shared';
import { readSheet, writeSheet, type SheetRow } from '../sheets/read-sheet.js';
import type { RowIssue } from '../sheets/import-report.js';
import type { PointRecord } from './point-record.js';

/** The spreadsheet columns for import and export, in order; headers are what staff see. */
const sheetColumns = [
  ['externalId', '外部编号'],
  ['kind', '类型'],
  ['name', '名称'],
  ['address', '地址'],
  ['areaCode', '行政区划代码'],
  ['lng', '经度'],
  ['lat', '纬度'],
  ['crs', '坐标系'],
  ['amenities', '设施'],
  ['access', '开放对象'],
  ['hours', '营业时间'],
  ['exceptions', '特殊日期'],
  ['contact', '联系电话'],
  ['description', '简介'],
  ['status', '状态'],
] as const;

export type SheetKey = (typeof sheetColumns)[number][0];
export const headerOf = Object.fromEntries(sheetColumns) as Record<SheetKey, string>;
export type PointSheetRow = SheetRow<SheetKey>;

/** Reads a points file; kind, name and coordinates are the columns every row needs. */
export const readPointsSheet = (buffer: Buffer) => readSheet(buffer, sheetColumns, ['name', 'kind', 'lng', 'lat']);

/** Turns one row's text into a point body for the shared schema, or lists what cannot be read. */
export function rowToBody(cells: PointSheetRow['cells']): { body: Record<string, unknown>; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const body: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) body[key] = value;
  };
  const coded = <T extends string>(key: SheetKey, labels: Record<T, string>) => {
    const text = cells[key];
    if (!text) return undefined;
    const code = codeFor(labels, text);
    if (!code) issues.push({ column: headerOf[key], message: `无法识别“${text}”，可选：${Object.values(labels).join('、')}` });
    return code;
  };

  set('externalId', cells.externalId);
  set('kind', coded('kind', pointKindLabels));
  set('name', cells.name);
  set('address', cells.address);
  set('areaCode', cells.areaCode);
  set('location', { lng: Number(cells.lng), lat: Number(cells.lat) });
  const crs = (cells.crs ?? 'wgs84').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (crs !== 'wgs84' && crs !== 'gcj02') issues.push({ column: headerOf.crs, message: '坐标系须为 WGS84 或 GCJ02' });
  set('crs', crs === 'gcj02' ? 'gcj02' : 'wgs84');
  if (cells.amenities) {
    const list = cells.amenities.split(/[,，、;；\s]+/).filter(Boolean);
    const codes = list.map((t) => codeFor(amenityLabels, t));
    const unknown = list.filter((_, i) => !codes[i]);
    if (unknown.length) issues.push({ column: headerOf.amenities, message: `无法识别的设施：${unknown.join('、')}` });
    set('amenities', [...new Set(codes.filter(Boolean))]);
  }
  set('access', coded('access', accessTypeLabels));
  if (cells.hours) {
    const hours = parseHoursText(cells.hours);
    if ('error' in hours) issues.push({ column: headerOf.hours, message: hours.error });
    else set('hours', hours);
  }
  if (cells.exceptions) {
    const exceptions = parseExceptionsText(cells.exceptions.replace(/[;；]/g, '\n'));
    if ('error' in exceptions) issues.push({ column: headerOf.exceptions, message: exceptions.error });
    else if (!body.hours && !cells.hours) issues.push({ column: headerOf.hours, message: '填写特殊日期时请同时填写营业时间' });
    else if (body.hours) (body.hours as OpeningHours).exceptions = exceptions;
  }
  set('contact', cells.contact);
  set('description', cells.description);
  set('status', coded('status', pointStatusLabels));
  return { body, issues };
}

/** Maps a schema path of the point body back to the column staff see. */
export function columnOf(path: PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'location') return headerOf[second === 'lat' ? 'lat' : 'lng'];
  return (headerOf as Record<string, string>)[first ?? ''] ?? first ?? '';
}

/** Writes points in the import format, so an export can be edited and imported again. */
export function writePointsSheet(records: PointRecord[], format: 'xlsx' | 'csv'): Promise<Buffer> {
  const rows = records.map((r) => ({
    externalId: r.externalId ?? '',
    kind: pointKindLabels[r.kind],
    name: r.name,
    address: r.address,
    areaCode: r.areaCode,
    lng: r.location.lng,
    lat: r.location.lat,
    crs: 'WGS84',
    amenities: r.amenities.map((a) => amenityLabels[a]).join('、'),
    access: accessTypeLabels[r.access],
    hours: formatHoursText(r.hours as OpeningHours),
    exceptions: formatExceptionsText((r.hours as OpeningHours).exceptions).replace(/\n/g, '；'),
    contact: r.contact ?? '',
    description: r.description ?? '',
    status: pointStatusLabels[r.status],
  }));
  return writeSheet('服务点', sheetColumns, rows, format, { address: 36, hours: 36 });
}
