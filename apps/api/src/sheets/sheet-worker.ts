// Worker thread entry: parses one uploaded spreadsheet off the API's event loop (see read-sheet.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { HttpProblem } from '../http/problem.js';
import { parseSheet } from './parse-sheet.js';
import type { SheetWorkerInput } from './read-sheet.js';

const { file, columns, required } = workerData as SheetWorkerInput;
try {
  parentPort!.postMessage({ rows: await parseSheet(Buffer.from(file.buffer, file.byteOffset, file.byteLength), columns, required) });
} catch (error) {
  if (!(error instanceof HttpProblem)) throw error;
  parentPort!.postMessage({ problem: { status: error.status, slug: error.slug, detail: error.detail, errors: error.errors } });
}
