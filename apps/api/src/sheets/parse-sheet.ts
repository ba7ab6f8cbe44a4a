import type ExcelJS from 'exceljs';
import { csvRows } from './csv-rows.js';
import { MAX_SHEET_ROWS, type SheetColumns, type SheetRow } from './read-sheet.js';
import { tooManyRows, unreadable, unsupported } from './sheet-problems.js';
import { readXlsx } from './xlsx-rows.js';

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const looksLikeText = (b: Buffer) => !b.subarray(0, 4096).includes(0);

/** A cell as the text staff typed; a date Excel stored as a date reads as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  return cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text.trim();
}

/** Which column holds which key, by the header staff see or by the key; refuses a header without a required column. */
function headerKeys<K extends string>(header: ExcelJS.Row | undefined, columns: SheetColumns<K>, required: readonly K[]): Map<number, K> {
  const keyByHeader = new Map<string, K>(columns.map(([key, text]) => [text, key]));
  for (const [key] of columns) keyByHeader.set(key, key);
  const columnKeys = new Map<number, K>();
  header?.eachCell((cell, col) => {
    const key = keyByHeader.get(cell.text.trim());
    if (key) columnKeys.set(col, key);
  });
  const headerOf = new Map<K, string>(columns);
  const missing = required.filter((k) => ![...columnKeys.values()].includes(k));
  if (missing.length) throw unreadable(`缺少必需的列：${missing.map((k) => headerOf.get(k)).join('、')}`);
  return columnKeys;
}

const columnNumber = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

function decodeRange(range: string) {
  const [, left, top, right, bottom] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
  return { left: columnNumber(left!), top: Number(top), right: columnNumber(right!), bottom: Number(bottom) };
}

/** Gives every cell of a merged range the text of its first cell, as Excel shows it (and as exceljs's full load did). */
function fillMerged<K extends string>(rows: SheetRow<K>[], columnKeys: Map<number, K>, merged: Set<string>): SheetRow<K>[] {
  if (!merged.size) return rows;
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  for (const range of merged) {
    const { left, top, right, bottom } = decodeRange(range);
    const masterKey = columnKeys.get(left);
    const text = masterKey && byNumber.get(top)?.cells[masterKey];
    if (!text) continue;
    if (bottom > MAX_SHEET_ROWS + 1) throw tooManyRows(MAX_SHEET_ROWS);
    for (let number = Math.max(top, 2); number <= bottom; number++) {
      for (const [col, key] of columnKeys) {
        if (col < left || col > right) continue;
        const row: SheetRow<K> = byNumber.get(number) ?? { row: number, cells: {} };
        byNumber.set(number, row);
        row.cells[key] = text;
      }
    }
  }
  return [...byNumber.values()].sort((a, b) => a.row - b.row);
}

/**
 * The rows of an .xlsx (first sheet) or .csv file keyed by column, header first. Reading stops at the first row past
 * MAX_SHEET_ROWS, which refuses the file; rows without a value in a known column are left out.
 */
export async function parseSheet<K extends string>(file: Buffer, columns: SheetColumns<K>, required: readonly K[]): Promise<SheetRow<K>[]> {
  let source: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row>;
  let merged = new Set<string>();
  if (isZip(file)) ({ rows: source, merged } = readXlsx(file));
  else if (looksLikeText(file)) source = await csvRows(file, MAX_SHEET_ROWS);
  else throw unsupported();

  let columnKeys: Map<number, K> | undefined;
  const rows: SheetRow<K>[] = [];
  for await (const row of source) {
    if (!columnKeys) {
      columnKeys = headerKeys(row.number === 1 ? row : undefined, columns, required);
      if (row.number === 1) continue;
    }
    if (row.number > MAX_SHEET_ROWS + 1) throw tooManyRows(MAX_SHEET_ROWS);
    const cells: SheetRow<K>['cells'] = {};
    for (const [col, key] of columnKeys) {
      const text = cellText(row.getCell(col));
      if (text) cells[key] = text;
    }
    if (Object.keys(cells).length) rows.push({ row: row.number, cells });
  }
  if (!columnKeys) throw unreadable('文件中没有数据');
  return fillMerged(rows, columnKeys, merged);
}
