import type { RequestHandler, Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { badRequest, HttpProblem } from '../http/problem.js';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const importQuery = z.strictObject({
  mode: z.enum(['validate', 'commit']).default('validate'),
  acceptValid: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});
export type ImportQuery = z.infer<typeof importQuery>;

/** Accepts one spreadsheet as multipart field "file" (≤ 5 MB) into `req.file`, or answers a problem naming `file`. */
export function sheetUpload(): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } }).single('file');
  return (req, res, next) =>
    upload(req, res, (error: unknown) => {
      const code = (error as { code?: string } | undefined)?.code;
      if (code === 'LIMIT_FILE_SIZE') {
        return next(new HttpProblem(413, 'file-too-large', `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, [{ field: 'file', message: '文件过大' }]));
      }
      if (error) return next(badRequest('上传格式错误：请以 multipart/form-data 的 file 字段上传一个文件', [{ field: 'file', message: '上传格式错误' }]));
      if (!req.file) return next(badRequest('请选择要导入的文件', [{ field: 'file', message: '缺少文件' }]));
      next();
    });
}

/** Sends a sheet as a download named `<name>-<today>.<format>`. */
export function sendSheet(res: Response, file: Buffer, name: string, format: 'xlsx' | 'csv'): void {
  res
    .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .attachment(`${name}-${new Date().toISOString().slice(0, 10)}.${format}`)
    .send(file);
}
