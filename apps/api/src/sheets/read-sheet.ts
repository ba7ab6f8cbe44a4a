import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { HttpProblem } from '../http/problem.js';
import { contentTooLarge } from './sheet-problems.js';

/** A sheet's columns in order: the key code uses, and the header staff see. */
export type SheetColumns<K extends string> = readonly (readonly [K, string])[];

export interface SheetRow<K extends string> {
  /** The row number staff see in Excel (the header is row 1). */
  row: number;
  cells: Partial<Record<K, string>>;
}

export const MAX_SHEET_ROWS = 50_000;

export interface SheetWorkerInput {
  file: Uint8Array;
  columns: SheetColumns<string>;
  required: readonly string[];
}

type SheetWorkerAnswer<K extends string> =
  { rows: SheetRow<K>[] } | { problem: Pick<HttpProblem, 'status' | 'slug' | 'detail' | 'errors'> };

const READ_TIMEOUT_MS = 30_000;
/** The worker's own heap (a 50,000-row points sheet peaks near 200 MB): a file that needs more ends the worker, not the API. */
const WORKER_HEAP_MB = 512;
/** Sheets read at once; more wait their turn, so that a burst of uploads cannot take every core and the memory. */
const PARALLEL_READS = 2;

// From the built dist/ the worker is the compiled .js beside this file; from the sources (tsx, vitest) it is the .ts,
// which a worker can only load with tsx's loader, inherited from a process started with it or added here.
const fromSources = import.meta.url.endsWith('.ts');
const workerEntry = new URL(fromSources ? './sheet-worker.ts' : './sheet-worker.js', import.meta.url);
const workerExecArgv =
  fromSources && !process.execArgv.some((arg) => arg.includes('tsx')) ? [...process.execArgv, '--import', 'tsx'] : undefined;

let reading = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  if (reading < PARALLEL_READS) reading++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else reading--;
  }
}

function parseInWorker<K extends string>(file: Buffer, columns: SheetColumns<K>, required: readonly K[]): Promise<SheetRow<K>[]> {
  // A copy the worker owns: the caller's buffer may share its memory with others (Node's buffer pool) and stays usable.
  const copy = new Uint8Array(file);
  const input: SheetWorkerInput = { file: copy, columns, required };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry, {
      workerData: input,
      transferList: [copy.buffer],
      execArgv: workerExecArgv,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const timer = setTimeout(() => settle(() => reject(contentTooLarge(`${READ_TIMEOUT_MS / 1000} 秒内未能读完`))), READ_TIMEOUT_MS);
    let settled = false;
    const settle = (answer: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      answer();
    };
    worker.once('message', (message: SheetWorkerAnswer<K>) =>
      settle(() => {
        if ('rows' in message) return resolve(message.rows);
        const { status, slug, detail, errors } = message.problem;
        reject(new HttpProblem(status, slug, detail, errors));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? contentTooLarge('读取所需内存超出上限') : error)),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the sheet worker exited with code ${code} before answering`))));
  });
}

/**
 * Reads the first sheet of an .xlsx or a .csv file into rows keyed by column. The header row names the columns,
 * by the header staff see or by the key; unknown columns are ignored, missing `required` ones refuse the file.
 * The file is read in a worker thread, streamed, and refused as soon as it passes MAX_SHEET_ROWS or its .xlsx parts
 * inflate past their limit, so that a large or hostile upload never stalls the API.
 */
export function readSheet<K extends string>(file: Buffer, columns: SheetColumns<K>, required: readonly K[]): Promise<SheetRow<K>[]> {
  return inTurn(() => parseInWorker(file, columns, required));
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
