import type { RequestHandler } from 'express';
import multer from 'multer';
import { sheetUpload as sheetLimits } from '@yilu/contract';
import { badRequest, HttpProblem } from '../http/problem.js';
import { FileReply } from '../http/route.js';
import { beijingDate } from '@yilu/shared';

export const MAX_IMPORT_BYTES = sheetLimits.maxBytes;

/** Accepts one spreadsheet as multipart field "file" (≤ 5 MB) into `req.file`, or answers a problem naming `file`. */
export function sheetUpload(): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } }).single('file');
  return (req, res, next) =>
    upload(req, res, (error: unknown) => {
      const code = (error as { code?: string } | undefined)?.code;
      if (code === 'LIMIT_FILE_SIZE') {
        return next(
          new HttpProblem(413, 'file-too-large', `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, [
            { field: 'file', message: '文件过大' },
          ]),
        );
      }
      if (error)
        return next(
          badRequest('上传格式错误：请以 multipart/form-data 的 file 字段上传一个文件', [{ field: 'file', message: '上传格式错误' }]),
        );
      if (!req.file) return next(badRequest('请选择要导入的文件', [{ field: 'file', message: '缺少文件' }]));
      next();
    });
}

const sheetTypes = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** A sheet as a download named `<name>-<Beijing date>.<format>`. */
export function sheetReply(file: Buffer, name: string, format: 'xlsx' | 'csv'): FileReply {
  return new FileReply(file, sheetTypes[format], { attachment: `${name}-${beijingDate()}.${format}` });
}
