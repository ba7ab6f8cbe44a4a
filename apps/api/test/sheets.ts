import ExcelJS from 'exceljs';
import { checkAnswer } from './contract-check.js';
import type { ApiResponse } from './harness.js';

/** Builds a real .xlsx (or .csv) file from a header row and data rows, as staff would save it from Excel. */
export async function makeSheet(rows: (string | number)[][], format: 'xlsx' | 'csv' = 'xlsx'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务点');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(format === 'xlsx' ? await workbook.xlsx.writeBuffer() : await workbook.csv.writeBuffer());
}

export const header = [
  '外部编号',
  '类型',
  '名称',
  '地址',
  '行政区划代码',
  '经度',
  '纬度',
  '坐标系',
  '设施',
  '开放对象',
  '营业时间',
  '联系电话',
  '简介',
  '状态',
];

/** Uploads a file the way the admin does (multipart/form-data, field "file") to `path` under /api/v1. */
export async function uploadFile<T = ApiResponse['body']>(
  baseUrl: string,
  token: string,
  path: string,
  file: Buffer,
  name: string,
): Promise<ApiResponse<T>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const url = new URL(`${baseUrl}/api/v1${path}`);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await res.json()) as T;
  checkAnswer('POST', url, res.status, res.headers.get('content-type') ?? '', body);
  return { status: res.status, headers: res.headers, body };
}

/** Uploads a points file to the import endpoint. */
export const upload = (baseUrl: string, token: string, file: Buffer, query: string, name = 'points.xlsx') =>
  uploadFile(baseUrl, token, `/points/import?${query}`, file, name);

/** Downloads a file from the API as bytes, failing loudly on anything but 200. */
export async function download(baseUrl: string, token: string, path: string): Promise<{ file: Buffer; headers: Headers }> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`download ${path}: ${res.status} ${await res.text()}`);
  return { file: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}
