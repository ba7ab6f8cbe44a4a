import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  accessTypeLabels,
  amenityLabels,
  codeFor,
  formatHoursText,
  parseHoursText,
  pointKindLabels,
  pointStatusLabels,
  type OpeningHours,
} from '@yilu/shared';
import { HttpProblem } from '../http/problem.js';
import type { PointRecord } from './point-record.js';

/** The spreadsheet columns for import and export, in order; headers are what staff see. */
export const sheetColumns = [
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
  ['contact', '联系电话'],
  ['description', '简介'],
  ['status', '状态'],
] as const;

export type SheetKey = (typeof sheetColumns)[number][0];
export const headerOf = Object.fromEntries(sheetColumns) as Record<SheetKey, string>;
export const MAX_SHEET_ROWS = 50_000;

export interface SheetRow {
  row: number;
  cells: Partial<Record<SheetKey, string>>;
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const looksLikeText = (b: Buffer) => !b.subarray(0, 4096).includes(0);

/** Reads the first sheet of an .xlsx or a .csv file into rows keyed by column; the header row names columns. */
export async function readSheet(buffer: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  if (isZip(buffer)) {
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw unreadable('无法读取该 Excel 文件，请确认是 .xlsx 格式');
    }
  } else if (looksLikeText(buffer)) {
    const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    await workbook.csv.read(Readable.from([text]));
  } else {
    throw new HttpProblem(415, 'unsupported-file', '只支持 .xlsx 或 .csv 文件', [{ field: 'file', message: '文件类型不支持' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount < 1) throw unreadable('文件中没有数据');

  const keyByHeader = new Map<string, SheetKey>(sheetColumns.map(([key, header]) => [header, key]));
  for (const [key] of sheetColumns) keyByHeader.set(key, key);
  const columnKeys = new Map<number, SheetKey>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = keyByHeader.get(cell.text.trim());
    if (key) columnKeys.set(col, key);
  });
  const missing = (['name', 'kind', 'lng', 'lat'] as SheetKey[]).filter((k) => ![...columnKeys.values()].includes(k));
  if (missing.length) throw unreadable(`缺少必需的列：${missing.map((k) => headerOf[k]).join('、')}`);
  if (sheet.rowCount - 1 > MAX_SHEET_ROWS) throw unreadable(`一次最多导入 ${MAX_SHEET_ROWS} 行`);

  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: SheetRow['cells'] = {};
    for (const [col, key] of columnKeys) {
      const text = row.getCell(col).text.trim();
      if (text) cells[key] = text;
    }
    if (Object.keys(cells).length) rows.push({ row: number, cells });
  });
  return rows;
}

const unreadable = (detail: string) => new HttpProblem(400, 'unreadable-file', detail, [{ field: 'file', message: detail }]);

export interface RowIssue {
  column: string;
  message: string;
}

/** Turns one row's text into a point body for the shared schema, or lists what cannot be read. */
export function rowToBody(cells: SheetRow['cells']): { body: Record<string, unknown>; issues: RowIssue[] } {
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
export async function writeSheet(records: PointRecord[], format: 'xlsx' | 'csv'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务点');
  sheet.columns = sheetColumns.map(([key, header]) => ({ key, header, width: key === 'address' || key === 'hours' ? 36 : 16 }));
  for (const r of records) {
    sheet.addRow({
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
      contact: r.contact ?? '',
      description: r.description ?? '',
      status: pointStatusLabels[r.status],
    });
  }
  if (format === 'csv') return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(await workbook.csv.writeBuffer())]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
