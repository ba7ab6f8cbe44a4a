import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { isValidObjectId } from 'mongoose';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { badRequest, HttpProblem, notFound } from '../http/problem.js';
import { FileReply, route } from '../http/route.js';
import { mayReadPhoto, photoUrl } from './photo-access.js';

export const MAX_PHOTO_BYTES = op.uploadPhoto.upload.maxBytes;

/** The image type by its first bytes, not by what the client claims. */
function imageType(b: Buffer): string | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length > 12 && b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WEBP') return 'image/webp';
  return null;
}

function photoUpload(): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } }).single('file');
  return (req, res, next) =>
    upload(req, res, (error: unknown) => {
      if ((error as { code?: string } | undefined)?.code === 'LIMIT_FILE_SIZE') {
        return next(new HttpProblem(413, 'file-too-large', '照片不能超过 2 MB', [{ field: 'file', message: '照片过大' }]));
      }
      if (error || !req.file) return next(badRequest('请选择一张照片', [{ field: 'file', message: '缺少照片' }]));
      next();
    });
}

export function uploadsRoutes(ctx: AppContext): Router {
  const router = Router();
  route(
    router,
    ctx,
    op.uploadPhoto,
    async ({ user, req }) => {
      const type = imageType(req.file!.buffer);
      if (!type)
        throw new HttpProblem(415, 'unsupported-file', '只支持 JPEG、PNG 或 WebP 照片', [{ field: 'file', message: '文件类型不支持' }]);
      const doc = await ctx.models.Upload.create({ contentType: type, data: req.file!.buffer, size: req.file!.size, ownerId: user.id });
      return { url: photoUrl(doc._id.toString()) };
    },
    { after: [photoUpload()] },
  );
  route(router, ctx, op.getPhoto, async ({ params, user }) => {
    const doc = isValidObjectId(params.id) ? await ctx.models.Upload.findById(params.id) : null;
    // Someone else's photo looks missing: the answer says nothing about which ids exist.
    if (!doc || !(await mayReadPhoto(ctx, doc, user))) throw notFound('照片不存在');
    // Not kept by the browser: the next person on the same computer must be asked again.
    return new FileReply(Buffer.from(doc.data), doc.contentType, { headers: { 'cache-control': 'private, no-store' } });
  });
  return router;
}
