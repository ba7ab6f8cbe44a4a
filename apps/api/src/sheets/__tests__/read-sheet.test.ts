import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { kashgarStaffToken } from '../../../test/points-fixtures.js';
import { upload } from '../../../test/sheets.js';
import { MAX_SHEET_ROWS, readSheet } from '../read-sheet.js';
import { MAX_XLSX_INFLATED_BYTES } from '../xlsx-rows.js';
import { zipEntries } from '../zip-entries.js';
import { rowXml, xlsxOf } from './xlsx-parts.js';

const columns = [
  ['name', '名称'],
  ['date', '日期'],
  ['note', '备注'],
] as const;
const read = (file: Buffer) => readSheet(file, columns, ['name']);
const refusal = (file: Buffer) =>
  read(file).then(
    () => expect.fail('the file was read'),
    (error: unknown) => error,
  );
const dataRows = (count: number) => Array.from({ length: count }, (_, i) => rowXml(i + 2, [`驿站 ${i + 1}`])).join('');

/** What Excel saves: the sheet before its shared strings in the zip, and a date stored as a date. */
async function excelLikeFile(rows: unknown[][]): Promise<Buffer> {
  const stream = new PassThrough();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet('服务点');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  const [file] = await Promise.all([buffer(stream), writer.commit()]);
  return file;
}

describe('reading a sheet', () => {
  it('reads an .xlsx whose sheet comes before its shared strings, with dates, numbers and merged cells as shown', async () => {
    const file = await excelLikeFile([
      ['名称', '日期', '其他'],
      ['喀什驿站', new Date('2026-03-04T00:00:00Z'), 'x'],
      [12.5, '2026-03-05', ''],
    ]);
    const parts = [...zipEntries(file).keys()];
    expect(parts.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(parts.indexOf('xl/sharedStrings.xml'));
    expect(await read(file)).toEqual([
      { row: 2, cells: { name: '喀什驿站', date: '2026-03-04' } },
      { row: 3, cells: { name: '12.5', date: '2026-03-05' } },
    ]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('服务点');
    sheet.addRows([['名称', '备注'], ['甲', '同一批'], ['乙'], ['丙']]);
    sheet.mergeCells('B2:B4');
    const merged = await read(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(merged.map((r) => r.cells.note)).toEqual(['同一批', '同一批', '同一批']);
  });

  it(`reads exactly ${MAX_SHEET_ROWS} rows, and refuses one more, in .xlsx and in .csv with line breaks inside cells`, async () => {
    expect(await read(xlsxOf(rowXml(1, ['名称']) + dataRows(MAX_SHEET_ROWS)))).toHaveLength(MAX_SHEET_ROWS);
    expect(await refusal(xlsxOf(rowXml(1, ['名称']) + dataRows(MAX_SHEET_ROWS + 1)))).toMatchObject({ status: 422, slug: 'too-many-rows' });

    const csv = (count: number) => Buffer.from(`名称,备注\n${'驿站,"第一行\n第二行"\n'.repeat(count)}`);
    const rows = await read(csv(MAX_SHEET_ROWS));
    expect(rows).toHaveLength(MAX_SHEET_ROWS);
    expect(rows.at(-1)).toEqual({ row: MAX_SHEET_ROWS + 1, cells: { name: '驿站', note: '第一行\n第二行' } });
    expect(await refusal(csv(MAX_SHEET_ROWS + 1))).toMatchObject({
      status: 422,
      errors: [{ field: 'file', message: `文件超过 ${MAX_SHEET_ROWS} 行` }],
    });
  });

  it('stops reading at the row limit: what follows the limit is never read', async () => {
    // Past the limit the XML is broken: a reader that went on to it would call the file unreadable (400).
    const file = xlsxOf(rowXml(1, ['名称']) + dataRows(MAX_SHEET_ROWS + 10_000) + '<<< 不是 XML');
    expect(await refusal(file)).toMatchObject({ status: 422, slug: 'too-many-rows' });
  });

  it('refuses an .xlsx that inflates past the limit, by its declared size and by the bytes it really inflates to', async () => {
    const declared = xlsxOf(rowXml(1, ['名称']) + dataRows(3), MAX_XLSX_INFLATED_BYTES + 1);
    expect(await refusal(declared)).toMatchObject({ status: 413, errors: [{ field: 'file', message: '文件内容过大' }] });

    // A zip bomb that lies: ~100 KB declaring 1 KB, inflating to more than the limit of blanks between two rows.
    const padding = Buffer.alloc(MAX_XLSX_INFLATED_BYTES + 1024, 0x20);
    const bomb = xlsxOf(Buffer.concat([Buffer.from(rowXml(1, ['名称'])), padding, Buffer.from(dataRows(1))]), 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb)).toMatchObject({ status: 413, slug: 'file-content-too-large' });
  });

  it('refuses a broken .xlsx as unreadable', async () => {
    const truncated = (await excelLikeFile([['名称'], ['驿站']])).subarray(0, 400);
    expect(await refusal(truncated)).toMatchObject({ status: 400, slug: 'unreadable-file' });
  });
});

describe('the import endpoints', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startApi();
    token = await kashgarStaffToken(api);
  });
  afterAll(() => api?.close());

  it('answer a file over the row limit with 422 and a zip bomb with 413, each naming the file', async () => {
    const header = rowXml(1, ['名称', '类型', '经度', '纬度']);
    const many = await upload(api.baseUrl, token, xlsxOf(header + dataRows(MAX_SHEET_ROWS + 1)), 'mode=validate');
    expect(expectProblem(many as never, 422).errors).toEqual([{ field: 'file', message: `文件超过 ${MAX_SHEET_ROWS} 行` }]);
    const bomb = await upload(api.baseUrl, token, xlsxOf(header, MAX_XLSX_INFLATED_BYTES + 1), 'mode=validate');
    expect(expectProblem(bomb as never, 413).errors).toEqual([{ field: 'file', message: '文件内容过大' }]);
  });
});
