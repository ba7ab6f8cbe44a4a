import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { HttpProblem } from '../http/problem.js';

/** A sheet's columns in order: the key code uses, and the header staff see. */
export type SheetColumns<K extends string> = readonly (readonly [K, string])[];

export interface SheetRow<K extends string> {
  /** The row number staff see in Excel (the header is row 1). */
  row: number;
  cells: Partial<Record<K, string>>;
}

export const MAX_SHEET_ROWS = 50_000;

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const looksLikeText = (b: Buffer) => !b.subarray(0, 4096).includes(0);

export const unreadable = (detail: string) => new HttpProblem(400, 'unreadable-file', detail, [{ field: 'file', message: detail }]);

/** A cell as the text staff typed; a date Excel stored as a date reads as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  return cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text.trim();
}

/**
 * Reads the first sheet of an .xlsx or a .csv file into rows keyed by column. The header row names the columns,
 * by the header staff see or by the key; unknown columns are ignored, missing `required` ones refuse the file.
 */
export async function readSheet<K extends string>(buffer: Buffer, columns: SheetColumns<K>, required: readonly K[]): Promise<SheetRow<K>[]> {
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

  const keyByHeader = new Map<string, K>(columns.map(([key, header]) => [header, key]));
  for (const [key] of columns) keyByHeader.set(key, key);
  const columnKeys = new Map<number, K>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = keyByHeader.get(cell.text.trim());
    if (key) columnKeys.set(col, key);
  });
  const headerOf = new Map<K, string>(columns);
  const missing = required.filter((k) => ![...columnKeys.values()].includes(k));
  if (missing.length) throw unreadable(`缺少必需的列：${missing.map((k) => headerOf.get(k)).join('、')}`);
  if (sheet.rowCount - 1 > MAX_SHEET_ROWS) throw unreadable(`一次最多导入 ${MAX_SHEET_ROWS} 行`);

  const rows: SheetRow<K>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: SheetRow<K>['cells'] = {};
    for (const [col, key] of columnKeys) {
      const text = cellText(row.getCell(col));
      if (text) cells[key] = text;
    }
    if (Object.keys(cells).length) rows.push({ row: number, cells });
  });
  return rows;
}

/** Writes rows under the columns' headers as .xlsx, or as UTF-8 .csv with a BOM so that Excel reads Chinese. */
export async function writeSheet<K extends string>(
  title: string,
  columns: SheetColumns<K>,
  rows: Partial<Record<K, string | number>>[],
  format: 'xlsx' | 'csv',
  widths: Partial<Record<K, number>> = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title);
  sheet.columns = columns.map(([key, header]) => ({ key, header, width: widths[key] ?? 16 }));
  for (const row of rows) sheet.addRow(row);
  if (format === 'csv') return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(await workbook.csv.writeBuffer())]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
