import { z } from 'zod';
import {
  createWishBodySchema,
  hideWishBodySchema,
  listWishesQuerySchema,
  pageOf,
  reopenWishBodySchema,
  similarWishesQuerySchema,
  updateWishBodySchema,
  wishCategorySchema,
  wishEventKinds,
  wishQueueQuerySchema,
  wishStatusSchema,
  wishVisibilities,
} from '@yilu/shared';
import { idParams, isoTime, itemsOf } from './common.js';
import { defineOperations, roles } from './operation.js';

const areaStaff = roles('admin', 'district_staff', 'community_staff');
const worker = roles('worker');
const area = z.object({ areaCode: z.string(), areaName: z.string().meta({ description: '乌鲁木齐市米东区' }) });

export const wishPlaceSchema = area
  .extend({ pointId: z.string().optional(), pointName: z.string().optional() })
  .meta({ id: 'WishPlace', description: 'The service point the wish is about, if any, and the area it belongs to' });

export const wishEventSchema = z
  .object({
    at: isoTime,
    kind: z.enum(wishEventKinds),
    by: z.string().meta({ description: "The staff account's name, or 提出人 for the author" }),
    text: z.string().optional().meta({ description: 'The reply, reason or note of this step' }),
    photo: z.string().optional(),
    areaName: z.string().optional().meta({ description: 'The community a wish was handed to' }),
    duplicateOf: z.string().optional().meta({ description: 'The wish this one repeats' }),
  })
  .meta({ id: 'WishEvent' });

export const wishSummarySchema = z
  .object({
    id: z.string(),
    category: wishCategorySchema,
    text: z.string(),
    photo: z.string().optional(),
    place: wishPlaceSchema,
    visibility: z.enum(wishVisibilities),
    status: wishStatusSchema,
    authorName: z.string().meta({ description: 'Masked nickname: 骑*王' }),
    mine: z.boolean().meta({ description: 'The caller posted it' }),
    supportCount: z.number().int(),
    supportedByMe: z.boolean(),
    overdue: z.boolean().meta({ description: 'Open longer than the configured number of days' }),
    assignedTo: area.optional().meta({ description: 'The community it was handed to' }),
    reply: z.string().optional().meta({ description: "The staff's latest answer" }),
    replyPhoto: z.string().optional(),
    reason: z.string().optional().meta({ description: 'Why it was declined' }),
    duplicateOf: z.string().optional(),
    doneAt: isoTime.optional(),
    confirmedAt: isoTime.optional(),
    confirmUntil: isoTime.optional().meta({ description: 'For its author: until when "done" can be confirmed or reopened' }),
    hidden: z.object({ reason: z.string(), at: isoTime }).optional().meta({ description: 'Only its author and staff see a hidden wish' }),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: 'WishSummary' });

export const wishSchema = wishSummarySchema.extend({ timeline: z.array(wishEventSchema) }).meta({ id: 'Wish' });

export const wishBoardSchema = pageOf(wishSummarySchema)
  .extend({ area: area.optional().meta({ description: 'The district `near` lies in' }) })
  .meta({ id: 'WishBoard' });

export const wishSupportSchema = z.object({ supportCount: z.number().int(), supportedByMe: z.literal(true) }).meta({ id: 'WishSupport' });

export const wishAssigneeSchema = area.extend({ name: z.string().meta({ description: 'The community staff account' }) });

export const wishFiguresRowSchema = area
  .extend({
    wishes: z.number().int(),
    done: z.number().int(),
    doneShare: z.number().meta({ description: 'done ÷ wishes, 0–1' }),
    medianDaysToDone: z.number().nullable().meta({ description: 'Days from posting to done, median over done wishes' }),
    open: z.number().int(),
    overdue: z.number().int(),
  })
  .meta({ id: 'WishFiguresRow' });

export const wishFiguresSchema = z
  .object({ overdueDays: z.number().int(), rows: z.array(wishFiguresRowSchema) })
  .meta({ id: 'WishFigures', description: 'Per district in your scope; hidden wishes not counted' });

export type WishSummary = z.infer<typeof wishSummarySchema>;
export type Wish = z.infer<typeof wishSchema>;
export type WishEvent = z.infer<typeof wishEventSchema>;
export type WishBoard = z.infer<typeof wishBoardSchema>;
export type WishFigures = z.infer<typeof wishFiguresSchema>;
export type WishAssignee = z.infer<typeof wishAssigneeSchema>;

export const wishesOperations = defineOperations({
  listWishes: {
    method: 'get',
    path: '/wishes',
    access: 'signed-in',
    tag: 'wishes',
    summary: 'The wish board: public wishes in the district of `near` (not stored), of `areaCode`, or at a point',
    query: listWishesQuerySchema,
    responses: { 200: wishBoardSchema },
    problems: [400, 401, 422],
  },
  createWish: {
    method: 'post',
    path: '/wishes',
    access: worker,
    tag: 'wishes',
    summary: 'Post a wish at a point, a spot on the map (only its district is kept) or a district',
    description: `A few a day per worker (429 beyond). A spot outside every known district is 422.`,
    body: createWishBodySchema,
    responses: { 201: wishSchema },
    problems: [400, 401, 403, 404, 422, 429],
  },
  similarWishes: {
    method: 'get',
    path: '/wishes/similar',
    access: 'signed-in',
    tag: 'wishes',
    summary: 'Open public wishes like the one being typed (same category, same point or district), most alike first',
    query: similarWishesQuerySchema,
    responses: { 200: itemsOf(wishSummarySchema) },
    problems: [400, 401, 422],
  },
  wishQueue: {
    method: 'get',
    path: '/wishes/queue',
    access: areaStaff,
    tag: 'wishes',
    summary: 'Staff queue of wishes in your area (or handed to your community): overdue, oldest or most supported first',
    query: wishQueueQuerySchema,
    responses: { 200: pageOf(wishSummarySchema) },
    problems: [400, 401, 403],
  },
  wishAssignees: {
    method: 'get',
    path: '/wishes/assignees',
    access: areaStaff,
    tag: 'wishes',
    summary: 'The communities in your area a wish can be handed to (those with a community staff account)',
    responses: { 200: itemsOf(wishAssigneeSchema) },
    problems: [401, 403],
  },
  getWish: {
    method: 'get',
    path: '/wishes/{id}',
    access: 'signed-in',
    tag: 'wishes',
    summary: 'One wish with its timeline (a hidden or staff-only wish only for its author and the staff of its area)',
    params: idParams,
    responses: { 200: wishSchema },
    problems: [400, 401, 404],
  },
  updateWish: {
    method: 'patch',
    path: '/wishes/{id}',
    access: areaStaff,
    tag: 'wishes',
    summary: 'Staff of its area: accept, hand to a community, start, answer, done (reply), decline (reason), duplicate (link)',
    params: idParams,
    body: updateWishBodySchema,
    responses: { 200: wishSchema },
    problems: [400, 401, 403, 404, 409, 422],
  },
  hideWish: {
    method: 'post',
    path: '/wishes/{id}/hide',
    access: areaStaff,
    tag: 'wishes',
    summary: 'Take an abusive wish off the board, with a reason (audited)',
    params: idParams,
    body: hideWishBodySchema,
    responses: { 200: wishSchema },
    problems: [400, 401, 403, 404, 409],
  },
  supportWish: {
    method: 'post',
    path: '/wishes/{id}/supports',
    access: worker,
    tag: 'wishes',
    summary: "Support another worker's wish (+1), once per worker",
    params: idParams,
    responses: { 201: wishSupportSchema },
    problems: [400, 401, 403, 404, 409],
  },
  confirmWish: {
    method: 'post',
    path: '/wishes/{id}/confirm',
    access: worker,
    tag: 'wishes',
    summary: 'Its author confirms that a done wish is solved (within 14 days of done)',
    params: idParams,
    responses: { 200: wishSchema },
    problems: [400, 401, 403, 404, 409],
  },
  reopenWish: {
    method: 'post',
    path: '/wishes/{id}/reopen',
    access: worker,
    tag: 'wishes',
    summary: 'Its author says a done wish is not solved (within 14 days of done): back to in progress',
    params: idParams,
    body: reopenWishBodySchema,
    responses: { 200: wishSchema },
    problems: [400, 401, 403, 404, 409],
  },
  myWishes: {
    method: 'get',
    path: '/me/wishes',
    access: worker,
    tag: 'wishes',
    summary: 'The signed-in worker’s own wishes, newest first, with state and the staff reply',
    responses: { 200: itemsOf(wishSummarySchema) },
    problems: [401, 403],
  },
  wishFigures: {
    method: 'get',
    path: '/stats/wishes',
    access: areaStaff,
    tag: 'stats',
    summary: 'Wish figures per district in your scope: wishes, share done, median days to done, open and overdue',
    responses: { 200: wishFiguresSchema },
    problems: [401, 403],
  },
});
