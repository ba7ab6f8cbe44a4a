import { z } from 'zod';
import { text } from '@yilu/shared';
import { defineOperations, fileAnswer } from './operation.js';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const uploadsOperations = defineOperations({
  uploadPhoto: {
    method: 'post',
    path: '/uploads',
    access: 'signed-in',
    tag: 'uploads',
    summary: 'Upload a photo (JPEG, PNG or WebP, ≤ 2 MB) as multipart field "file"; answers its URL',
    upload: { mediaTypes: [...PHOTO_TYPES], maxBytes: 2 * 1024 * 1024 },
    responses: { 201: z.object({ url: z.string() }) },
    problems: [400, 401, 413, 415],
  },
  getPhoto: {
    method: 'get',
    path: '/uploads/{id}',
    access: 'signed-in',
    tag: 'uploads',
    summary: 'An uploaded photo, for its author and the staff of the area of the report or wish it is attached to',
    description:
      "A wish's photos (the author's and the staff's answer) are also for every signed-in account while the wish is on the " +
      'public board. Anyone else, holding the URL or not, is answered 404. Apps fetch it with the token and show the blob.',
    params: z.strictObject({ id: text({ min: 1, max: 40 }) }),
    responses: { 200: fileAnswer(...PHOTO_TYPES) },
    problems: [400, 401, 404],
  },
});
