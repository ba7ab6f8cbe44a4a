import { DAY_MS, type CreateWishBody, type SessionUser, type UpdateWishBody } from '@yilu/shared';
import { createAuthService } from '../auth/auth.service.js';
import type { AppContext } from '../context.js';
import { confirmWish, supportWish } from './wish-author.js';
import { postWish } from './wish-posting.js';
import { staffStep } from './wish-steps.js';

interface DemoWish {
  author: string;
  /** A demo point's external id, or a district code. */
  at: { point: string } | { areaCode: string };
  wish: Omit<CreateWishBody, 'pointId' | 'areaCode' | 'location' | 'crs' | 'visibility'>;
  /** Staff steps in order, each by a demo staff username. */
  steps: [string, UpdateWishBody][];
  supporters?: number;
  confirmed?: boolean;
  /** Days ago it was posted (and, if done, days it took). */
  daysAgo: number;
  daysToDone?: number;
}

/** The demo wish board: the rider in Zepu whose building numbers were unreadable, and wishes at every stage. */
const demoWishes: DemoWish[] = [
  {
    author: '骑手艾力',
    at: { point: 'demo-zp-1' },
    wish: {
      category: 'building_signs',
      text: '县城几个小区的楼栋号又小又褪色，晚上送外卖总找不到楼，希望换成大一点、夜里看得清的楼栋号。',
    },
    steps: [
      ['admin', { action: 'accept', note: '已转泽普县住建部门' }],
      ['admin', { action: 'done', reply: '已为 36 栋楼加装夜光楼栋号牌，小区门口增设了导览图。' }],
    ],
    supporters: 5,
    confirmed: true,
    daysAgo: 12,
    daysToDone: 6,
  },
  {
    author: '测试骑手',
    at: { point: 'demo-md-2' },
    wish: { category: 'rest', text: '驿站晚上十点就关门，夜班骑手没地方歇脚热饭，希望延长开放时间。' },
    steps: [
      ['midong', { action: 'assign', areaCode: '650109001001', note: '请古城社区与驿站商量开放时间' }],
      ['gucheng', { action: 'start', note: '正在与驿站运营方协商' }],
    ],
    supporters: 4,
    daysAgo: 5,
  },
  {
    author: '骑手小马',
    at: { areaCode: '650109' },
    wish: { category: 'charging', text: '米东南路一带没有电动车换电柜，电量不够时只能推车走，希望增设换电点。' },
    steps: [],
    supporters: 2,
    daysAgo: 20,
  },
  {
    author: '快递员老周',
    at: { point: 'demo-ks-5' },
    wish: { category: 'toilet', text: '东湖公园北门的公厕晚上九点就锁门，夜里送件找不到厕所。' },
    steps: [['kashi', { action: 'accept', note: '已联系园林部门' }]],
    supporters: 3,
    daysAgo: 3,
  },
  {
    author: '司机小何',
    at: { point: 'demo-ks-3' },
    wish: { category: 'other', text: '希望充电站旁边能提供免费洗车。' },
    steps: [['kashi', { action: 'decline', reason: '充电站没有排水条件；附近解放北路有平价洗车点。' }]],
    daysAgo: 8,
  },
];

/** Moves a wish and its timeline into the past: posted `daysAgo`, its steps spread until done (or until today). */
async function backdate(ctx: AppContext, id: string, d: DemoWish) {
  const posted = Date.now() - d.daysAgo * DAY_MS;
  const until = d.daysToDone === undefined ? Date.now() - DAY_MS / 2 : posted + d.daysToDone * DAY_MS;
  const doc = await ctx.models.Wish.findById(id).lean();
  const events = await ctx.models.WishEvent.find({ wishId: doc!._id }).sort({ at: 1, _id: 1 }).lean();
  const last = events.length - (d.confirmed ? 2 : 1);
  for (const [k, e] of events.entries()) {
    const at = k > last ? until + DAY_MS : posted + (last ? (k / last) * (until - posted) : 0);
    await ctx.models.WishEvent.collection.updateOne({ _id: e._id }, { $set: { at: new Date(at) } });
  }
  const done = d.daysToDone === undefined ? {} : { doneAt: new Date(until) };
  const confirmed = d.confirmed ? { confirmedAt: new Date(until + DAY_MS) } : {};
  await ctx.models.Wish.collection.updateOne({ _id: doc!._id }, { $set: { createdAt: new Date(posted), ...done, ...confirmed } });
}

/** Adds the demo wishes once (recognised by the first one's text), through the same steps people take. */
export async function seedDemoWishes(ctx: AppContext, staff: Record<string, SessionUser>): Promise<number> {
  if (await ctx.models.Wish.exists({ text: demoWishes[0]!.wish.text })) return 0;
  const auth = createAuthService(ctx);
  const worker = async (nickname: string) => (await auth.devLogin(nickname)).user;
  for (const [i, d] of demoWishes.entries()) {
    const point = 'point' in d.at ? await ctx.models.Point.findOne({ externalId: d.at.point }, { _id: 1 }).lean() : null;
    const at = point ? { pointId: point._id.toString() } : { areaCode: (d.at as { areaCode: string }).areaCode };
    const author = await worker(d.author);
    const { id } = await postWish(ctx, { ...d.wish, ...at, crs: 'wgs84', visibility: 'public' }, author);
    for (let s = 0; s < (d.supporters ?? 0); s++) await supportWish(ctx, id, await worker(`demo-supporter-${i}-${s}`));
    for (const [username, body] of d.steps) await staffStep(ctx, id, body, staff[username]!);
    if (d.confirmed) await confirmWish(ctx, id, author);
    await backdate(ctx, id, d);
  }
  return demoWishes.length;
}
