import type { Role, WishEventKind, WishStatus } from '@yilu/shared';
import type { AppContext } from '../context.js';
import type { WishFields } from './wish.model.js';

/** One step of a wish, as its timeline records it: what happened, when, by whom, and the state it left. */
export interface WishChange {
  kind: WishEventKind;
  at: Date;
  actor: { id: string; role: Role };
  /** The state before the step; undefined for a new wish. */
  from?: WishStatus;
}

export type WishChangeListener = (ctx: AppContext, wish: WishFields, change: WishChange) => void | Promise<void>;

const listeners = new WeakMap<AppContext, Set<WishChangeListener>>();

/**
 * Lets another feature (the notifications) hear every step of every wish of this API instance, after the step is
 * saved; answers how to stop listening.
 */
export function subscribeToWishChanges(ctx: AppContext, listener: WishChangeListener): () => void {
  const set = listeners.get(ctx) ?? new Set();
  listeners.set(ctx, set.add(listener));
  return () => void set.delete(listener);
}

/**
 * Called at each step of a wish (posted, accepted, handed on, answered, done, declined, duplicate, confirmed,
 * reopened, hidden) once it is saved. Listeners are awaited in turn; one that fails is logged and the step stands.
 */
export async function onWishChanged(ctx: AppContext, wish: WishFields, change: WishChange): Promise<void> {
  for (const listener of listeners.get(ctx) ?? []) {
    try {
      await listener(ctx, wish, change);
    } catch (error) {
      ctx.logger.warn({ err: error, wishId: wish._id.toString(), kind: change.kind }, 'a wish change listener failed');
    }
  }
}
