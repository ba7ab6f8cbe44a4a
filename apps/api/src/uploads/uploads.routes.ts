import { Router } from 'express';
import multer from 'multer';
import { isValidObjectId } from 'mongoose';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppContext } from '../context.js';
import { currentUser, requireAuth } from '../auth/require-auth.js';
import { badRequest, HttpProblem, notFound } from '../http/problem.js';
import { problems } from '../http/openapi-helpers.js';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** The image type by its first bytes, not by what the client claims. */
function imageType(b: Buffer): string | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length > 12 && b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WEBP') return 'image/webp';
  return null;
}

export function uploadsRoutes(ctx: AppContext): Router {
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } }).single('file');

  router.post(
    '/uploads',
    requireAuth(ctx),
    (req, res, next) =>
      upload(req, res, (error: unknown) => {
        if ((error as { code?: string } | undefined)?.code === 'LIMIT_FILE_SIZE') {
          return next(new HttpProblem(413, 'file-too-large', '照片不能超过 2 MB', [{ field: 'file', message: '照片过大' }]));
        }
        if (error || !req.file) return next(badRequest('请选择一张照片', [{ field: 'file', message: '缺少照片' }]));
        next();
      }),
    async (req, res, next) => {
      const type = imageType(req.file!.buffer);
      if (!type) return next(new HttpProblem(415, 'unsupported-file', '只支持 JPEG、PNG 或 WebP 照片', [{ field: 'file', message: '文件类型不支持' }]));
      const doc = await ctx.models.Upload.create({ contentType: type, data: req.file!.buffer, size: req.file!.size, ownerId: currentUser(res).id });
      res.status(201).json({ url: `/api/v1/uploads/${doc._id}` });
    },
  );

  router.get('/uploads/:id', async (req, res, next) => {
    const doc = isValidObjectId(req.params.id) ? await ctx.models.Upload.findById(req.params.id) : null;
    if (!doc) return next(notFound('照片不存在'));
    res.type(doc.contentType).set('cache-control', 'private, max-age=86400').send(Buffer.from(doc.data));
  });
  return router;
}

export const uploadsPaths: ZodOpenApiPathsObject = {
  '/uploads': {
    post: {
      tags: ['uploads'],
      security: [{ bearer: [] }],
      summary: 'Upload a photo (JPEG, PNG or WebP, ≤ 2 MB) as multipart field "file"; answers its URL',
      responses: { 201: { description: '{ url }' }, ...problems(400, 401, 413, 415) },
    },
  },
  '/uploads/{id}': { get: { tags: ['uploads'], summary: 'An uploaded photo', responses: { 200: { description: 'The image' }, ...problems(404) } } },
};
