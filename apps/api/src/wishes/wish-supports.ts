import { Types, trusted } from 'mongoose';
import type { AppContext } from '../context.js';
import type { SupportFacts } from './wish-view.js';

/** Each wish's supports, counted from the support documents, and whether `viewerId` is among them. */
export async function supportFacts(ctx: AppContext, wishIds: Types.ObjectId[], viewerId: string): Promise<Map<string, SupportFacts>> {
  const { WishSupport } = ctx.models;
  const facts = new Map(wishIds.map((id) => [id.toString(), { supportCount: 0, supportedByMe: false }]));
  if (!wishIds.length) return facts;
  const [counts, mine] = await Promise.all([
    WishSupport.aggregate<{ _id: Types.ObjectId; n: number }>([
      { $match: { wishId: { $in: wishIds } } },
      { $group: { _id: '$wishId', n: { $sum: 1 } } },
    ]),
    Types.ObjectId.isValid(viewerId)
      ? WishSupport.find({ wishId: trusted({ $in: wishIds }), workerId: viewerId }, { wishId: 1 }).lean()
      : Promise.resolve([]),
  ]);
  for (const c of counts) facts.get(c._id.toString())!.supportCount = c.n;
  for (const s of mine) facts.get(s.wishId.toString())!.supportedByMe = true;
  return facts;
}
