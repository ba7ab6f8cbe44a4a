import { z } from 'zod';
import './locale.js';
import { areaCodeSchema } from './area.js';
import { labelled } from './field-labels.zh-CN.js';
import { pageQuerySchema } from './pagination.js';
import { crsSchema, locationSchema, nearParam } from './points.js';
import { text } from './text.js';

/** What a wish is about, as the wish board's chips name it. */
export const wishCategories = ['entry', 'building_signs', 'charging', 'toilet', 'drinking_water', 'rest', 'safety', 'other'] as const;
export type WishCategory = (typeof wishCategories)[number];
export const wishCategoryLabels: Record<WishCategory, string> = {
  entry: '进门难',
  building_signs: '楼栋标识',
  charging: '充电',
  toilet: '如厕',
  drinking_water: '饮水',
  rest: '休息',
  safety: '安全',
  other: '其他',
};

/**
 * submitted → accepted → in_progress → done (a reply) / declined (a reason) / duplicate (the wish it repeats).
 * Hiding an abusive wish is not a state: it takes the wish off the board whatever its state.
 */
export const wishStatuses = ['submitted', 'accepted', 'in_progress', 'done', 'declined', 'duplicate'] as const;
export type WishStatus = (typeof wishStatuses)[number];
export const wishStatusLabels: Record<WishStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  in_progress: '处理中',
  done: '已办结',
  declined: '未采纳',
  duplicate: '重复心愿',
};
/** The states staff still owe an answer in; a wish in one of them too long is overdue. */
export const openWishStatuses: readonly WishStatus[] = ['submitted', 'accepted', 'in_progress'];
export const isOpenWish = (status: WishStatus) => openWishStatuses.includes(status);

/** Who may read a wish: every signed-in worker (the board), or only its author and the staff of its area. */
export const wishVisibilities = ['public', 'staff'] as const;
export type WishVisibility = (typeof wishVisibilities)[number];

export const WISH_TEXT_MAX = 500;
/** Wishes one worker may post per Beijing calendar day. */
export const WISHES_PER_DAY = 3;
/** How long after "done" the author may confirm it or reopen it. */
export const WISH_CONFIRM_DAYS = 14;
/** A wish open longer than this many days is overdue, unless YILU_WISH_OVERDUE_DAYS says otherwise. */
export const DEFAULT_WISH_OVERDUE_DAYS = 14;

export const wishCategorySchema = z.enum(wishCategories).meta({ id: 'WishCategory' });
export const wishStatusSchema = z.enum(wishStatuses).meta({ id: 'WishStatus' });

const objectId = z.string().regex(/^[a-f0-9]{24}$/, labelled('格式错误'));
const photoUrl = z
  .string()
  .regex(/^\/api\/v1\/uploads\/[a-f0-9]{24}$/, labelled('须为已上传的照片，请重新上传'))
  .meta({ description: 'URL answered by POST /uploads' });
const boolString = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * A new wish. Its place is one of: a service point (`pointId`), a spot on the map (`location`, of which only the
 * district it lies in is kept), or a district the worker chose (`areaCode`).
 */
export const createWishBodySchema = z
  .strictObject({
    category: wishCategorySchema,
    text: text({ min: 5, max: WISH_TEXT_MAX, multiline: true }),
    photo: photoUrl.optional(),
    pointId: objectId.optional(),
    location: locationSchema.optional().meta({ description: 'A spot on the map; only its district is stored' }),
    crs: crsSchema.meta({ description: 'System of `location`' }),
    areaCode: areaCodeSchema.optional(),
    visibility: z.enum(wishVisibilities).default('public'),
  })
  .refine((b) => [b.pointId, b.location, b.areaCode].filter((v) => v !== undefined).length === 1, {
    message: '请选择一处地点：服务点、地图上的位置或所在区县（三选一）',
    path: ['areaCode'],
  })
  .meta({ id: 'CreateWishBody' });
export type CreateWishBody = z.infer<typeof createWishBodySchema>;

/** The wish board: public wishes in the district of `near` (resolved, not stored) or of `areaCode`, or at a point. */
export const listWishesQuerySchema = pageQuerySchema
  .extend({
    near: nearParam.optional(),
    crs: crsSchema,
    areaCode: areaCodeSchema.optional(),
    pointId: objectId.optional(),
    category: wishCategorySchema.optional(),
    sort: z.enum(['newest', 'supported']).default('newest'),
  })
  .refine((q) => [q.near, q.areaCode, q.pointId].filter((v) => v !== undefined).length <= 1, {
    message: '附近位置、行政区划和服务点只能选一个',
    path: ['areaCode'],
  })
  .meta({ id: 'ListWishesQuery' });
export type ListWishesQuery = z.infer<typeof listWishesQuerySchema>;

/** Open wishes like the one being typed: same category, same place (the point, or the district). */
export const similarWishesQuerySchema = z
  .strictObject({
    category: wishCategorySchema,
    text: text({ max: WISH_TEXT_MAX, multiline: true }).default(''),
    pointId: objectId.optional(),
    near: nearParam.optional(),
    crs: crsSchema,
    areaCode: areaCodeSchema.optional(),
  })
  .refine((q) => [q.near, q.areaCode, q.pointId].filter((v) => v !== undefined).length === 1, {
    message: '请选择一处地点：服务点、地图上的位置或所在区县（三选一）',
    path: ['areaCode'],
  })
  .meta({ id: 'SimilarWishesQuery' });
export type SimilarWishesQuery = z.infer<typeof similarWishesQuerySchema>;

/** The staff queue: `open` is every state still owed an answer; `hidden=true` shows only the hidden ones. */
export const wishQueueQuerySchema = pageQuerySchema
  .extend({
    status: z.enum(['open', 'all', ...wishStatuses]).default('open'),
    category: wishCategorySchema.optional(),
    sort: z.enum(['overdue', 'oldest', 'supported']).default('overdue'),
    hidden: boolString.default(false),
  })
  .meta({ id: 'WishQueueQuery' });
export type WishQueueQuery = z.infer<typeof wishQueueQuerySchema>;

const note = text({ max: 300, multiline: true }).optional();
const reply = text({ min: 2, max: WISH_TEXT_MAX, multiline: true });

/** What staff of the wish's area do to it; each step is on its public timeline. */
export const updateWishBodySchema = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('accept'), note }),
    z.strictObject({ action: z.literal('assign'), areaCode: areaCodeSchema.meta({ description: 'A community in your area' }), note }),
    z.strictObject({ action: z.literal('start'), note }),
    z.strictObject({ action: z.literal('answer'), reply }),
    z.strictObject({ action: z.literal('done'), reply, photo: photoUrl.optional() }),
    z.strictObject({ action: z.literal('decline'), reason: text({ min: 2, max: 300, multiline: true }) }),
    z.strictObject({ action: z.literal('duplicate'), duplicateOf: objectId }),
  ])
  .meta({ id: 'UpdateWishBody' });
export type UpdateWishBody = z.infer<typeof updateWishBodySchema>;
export type WishAction = UpdateWishBody['action'];

export const hideWishBodySchema = z.strictObject({ reason: text({ min: 2, max: 200, multiline: true }) }).meta({ id: 'HideWishBody' });
export const reopenWishBodySchema = z
  .strictObject({ reason: text({ min: 2, max: 300, multiline: true }) })
  .meta({ id: 'ReopenWishBody', description: 'Why the work is not done' });

/** Whether the author may still confirm or reopen a wish done at `doneAt`. */
export const canStillConfirm = (doneAt: Date, now = new Date()) => now.getTime() - doneAt.getTime() <= WISH_CONFIRM_DAYS * 86_400_000;

/** The steps a wish's timeline shows. */
export const wishEventKinds = [
  'submitted',
  'accepted',
  'assigned',
  'in_progress',
  'answered',
  'done',
  'declined',
  'duplicate',
  'confirmed',
  'reopened',
  'hidden',
] as const;
export type WishEventKind = (typeof wishEventKinds)[number];
export const wishEventLabels: Record<WishEventKind, string> = {
  submitted: '提出心愿',
  accepted: '已受理',
  assigned: '转交社区',
  in_progress: '开始处理',
  answered: '答复',
  done: '已办结',
  declined: '未采纳',
  duplicate: '标记为重复',
  confirmed: '提出人确认已解决',
  reopened: '提出人认为未解决',
  hidden: '已隐藏',
};
