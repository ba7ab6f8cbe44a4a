import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { tooManyRows } from './sheet-problems.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Where the first `count` records of a CSV text end (quoted fields may hold line breaks), or -1 if it has fewer. */
function endOfRecords(text: string, count: number): number {
  let records = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === QUOTE && text.charCodeAt(i + 1) === QUOTE) i++;
      else if (ch === QUOTE) quoted = false;
      continue;
    }
    if (ch === QUOTE && fieldStart) {
      quoted = true;
      continue;
    }
    fieldStart = ch === COMMA || ch === LF || ch === CR;
    if (ch !== LF && ch !== CR) continue;
    if (ch === CR && text.charCodeAt(i + 1) === LF) i++;
    if (++records === count) return i + 1;
  }
  return -1;
}

// exceljs turns a CSV value into a number, a date (trying four formats with dayjs, slowly) or keeps the text.
// Only a value starting like one of its date formats can become a date: the others skip the date tries.
const DATE_LIKE = /^(\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})/;

function quickValue(datum: string, dateLike: Set<string>): ExcelJS.CellValue {
  if (datum === '') return null;
  const number = Number(datum);
  if (!Number.isNaN(number) && number !== Infinity) return number;
  if (DATE_LIKE.test(datum)) dateLike.add(datum);
  return datum;
}

/** What exceljs's own reading makes of each date-like value: one read of them all, one per line. */
async function exceljsValues(texts: Set<string>): Promise<Map<string, ExcelJS.CellValue>> {
  const lines = [...texts].map((text) => `"${text.replaceAll('"', '""')}"`).join('\n');
  const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([lines]));
  return new Map([...texts].map((text, i) => [text, sheet.getCell(i + 1, 1).value]));
}

/**
 * The rows of a UTF-8 .csv file, with the values exceljs's CSV reading gives. Only the header and `maxRows` rows are
 * parsed: a file with more is refused by a scan for line breaks before any row is built.
 */
export async function csvRows(file: Buffer, maxRows: number): Promise<ExcelJS.Row[]> {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  const end = endOfRecords(text, maxRows + 1);
  if (end >= 0 && text.slice(end).trim()) throw tooManyRows(maxRows);
  const dateLike = new Set<string>();
  const map = (datum: string) => quickValue(datum, dateLike);
  const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([end >= 0 ? text.slice(0, end) : text]), { map });
  const values = dateLike.size ? await exceljsValues(dateLike) : new Map<string, ExcelJS.CellValue>();
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && values.has(cell.value)) cell.value = values.get(cell.value)!;
    });
    rows.push(row);
  });
  return rows;
}
