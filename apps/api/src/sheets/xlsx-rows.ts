import { pipeline, Readable, Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { contentTooLarge, unreadable, unreadableXlsx } from './sheet-problems.js';
import { entryStream, zipEntries, type InflateBudget, type ZipEntry } from './zip-entries.js';

/** At most this much XML is inflated from one .xlsx: a 5 MB upload of ordinary sheets stays far below it. */
export const MAX_XLSX_INFLATED_BYTES = 100 * 1024 * 1024;

/**
 * The readers of each part of exceljs's streaming WorkbookReader. Its own `parse()` takes the parts in zip order and
 * copies a sheet stored before its shared strings (as Excel writes them) to a temporary file in full; fed here in the
 * order the sheet needs, from the zip's directory, the first sheet is read row by row and can be left part-read.
 */
interface PartReaders {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { id: number; rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ value: AsyncIterable<ExcelJS.Row> }>;
}

const options = { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' } as const;

/** The zip path of the workbook's first sheet (in tab order), from the workbook and its relationships. */
function firstSheetPath(reader: PartReaders): { path: string; id: number } {
  const first = reader.model?.sheets?.[0];
  const target = first && reader.workbookRels?.find((rel) => rel.Id === first.rId)?.Target;
  if (!first || !target) throw unreadable('文件中没有数据');
  return { path: target.startsWith('/') ? target.slice(1) : `xl/${target}`, id: first.id };
}

const MERGE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g;

/** Notes the merged ranges (`B7:B9`) of a sheet's XML as it streams by; exceljs's row reader skips them. */
function mergeWatcher(merged: Set<string>): Transform {
  let carry = '';
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = carry + chunk.toString('latin1');
      for (const match of text.matchAll(MERGE)) merged.add(match[1]!);
      carry = text.slice(-64);
      done(null, chunk);
    },
  });
}

/**
 * The rows of an .xlsx file's first sheet, read as they inflate, and its merged ranges, known once the rows are read
 * (Excel stores them after the rows). Stopping the iteration stops the reading; the parts read may inflate to
 * MAX_XLSX_INFLATED_BYTES in all, by their declared sizes and by the bytes actually inflated.
 */
export function readXlsx(zip: Buffer): { rows: AsyncGenerator<ExcelJS.Row>; merged: Set<string> } {
  const merged = new Set<string>();
  return { rows: xlsxRows(zip, merged), merged };
}

async function* xlsxRows(zip: Buffer, merged: Set<string>): AsyncGenerator<ExcelJS.Row> {
  const entries = zipEntries(zip);
  const budget: InflateBudget = {
    used: 0,
    limit: MAX_XLSX_INFLATED_BYTES,
    exceeded: () => contentTooLarge(`解压后超过 ${MAX_XLSX_INFLATED_BYTES / 1024 / 1024} MB`),
  };
  const open = (entry: ZipEntry) => entryStream(zip, entry, budget);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), options) as unknown as PartReaders;

  const rels = entries.get('xl/_rels/workbook.xml.rels');
  const workbook = entries.get('xl/workbook.xml');
  if (!rels || !workbook) throw unreadableXlsx();
  await reader._parseRels(open(rels));
  await reader._parseWorkbook(open(workbook));
  const { path, id } = firstSheetPath(reader);
  const sheet = entries.get(path);
  if (!sheet) throw unreadable('文件中没有数据');
  const sharedStrings = entries.get('xl/sharedStrings.xml');
  const styles = entries.get('xl/styles.xml');
  const declared = [rels, workbook, sharedStrings, styles, sheet].reduce((sum, entry) => sum + (entry?.size ?? 0), 0);
  if (declared > budget.limit) throw budget.exceeded();

  // Cached on the reader ('cache'): the generator yields none of them, so one step reads them all.
  if (sharedStrings) await reader._parseSharedStrings(open(sharedStrings)).next();
  if (styles) await reader._parseStyles(open(styles));
  const content = pipeline(open(sheet), mergeWatcher(merged), () => undefined);
  try {
    for (const { value: worksheet } of reader._parseWorksheet(content, String(id))) yield* worksheet;
  } finally {
    content.destroy();
  }
}
