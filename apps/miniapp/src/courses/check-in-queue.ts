import Taro from '@tarojs/taro';
import { ApiError, type BodyOf } from '@yilu/client';
import { api } from '../api/client';
import { requireSignIn } from '../auth/session';
import { tokenStore } from '../auth/token-store';
import { isOffline } from '../offline/cache';
import { onNetworkBack } from '../offline/network';
import { mapCrs } from '../points/location';

const QUEUE_KEY = 'yilu.checkins.queued';
type Queued = { enrollmentId: string; body: BodyOf<'checkIn'> };
export interface FlushResult {
  sent: number;
  /** What the server said about check-ins it refused (too late, outside the session…); those are not kept. */
  refused: string[];
}

const readQueue = () => (Taro.getStorageSync(QUEUE_KEY) as Queued[] | '') || [];
const writeQueue = (queue: Queued[]) => Taro.setStorageSync(QUEUE_KEY, queue);
const without = (clientId: string) => writeQueue(readQueue().filter((q) => q.body.clientId !== clientId));

/** The idempotency key: the API counts a check-in once per enrollment and client id, however often it is sent. */
function newClientId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  return `${Date.now().toString(36)}-${random}`.slice(0, 64);
}

/**
 * Checks in now. Without signal the check-in is kept on the phone with its original time (`at`) and its client id,
 * and sent by itself when the network is back; the server accepts it if that time was within a session.
 */
export async function checkIn(enrollmentId: string, location: { lng: number; lat: number }): Promise<'sent' | 'queued'> {
  requireSignIn();
  const body = { location, crs: mapCrs, clientId: newClientId() };
  const at = new Date().toISOString();
  try {
    await api.checkIn({ params: { id: enrollmentId }, body });
    return 'sent';
  } catch (error) {
    if (!isOffline(error)) throw error;
    writeQueue([...readQueue(), { enrollmentId, body: { ...body, at } }]);
    return 'queued';
  }
}

export const queuedCheckIns = () => readQueue().length;

const listeners = new Set<(result: FlushResult) => void>();

/** Tells `listener` each time queued check-ins were sent or refused; returns the unsubscribe. */
export function onQueueFlushed(listener: (result: FlushResult) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function sendQueued(): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, refused: [] };
  for (const item of readQueue()) {
    try {
      await api.checkIn({ params: { id: item.enrollmentId }, body: item.body });
      result.sent++;
    } catch (error) {
      // No signal yet, or signed out: kept for the next try.
      if (isOffline(error) || (error instanceof ApiError && error.status === 401)) continue;
      result.refused.push(error instanceof Error ? error.message : String(error));
    }
    without(item.body.clientId);
  }
  if (result.sent || result.refused.length) for (const listener of listeners) listener(result);
  return result;
}

let flushing: Promise<FlushResult> | null = null;

/**
 * Sends the check-ins kept while offline, one flush at a time (a reconnect and an app show together send each once);
 * drops those the server refused, keeps those still without an answer.
 */
export function flushQueuedCheckIns(): Promise<FlushResult> {
  if (!tokenStore.get() || !readQueue().length) return Promise.resolve({ sent: 0, refused: [] });
  flushing ??= sendQueued().finally(() => (flushing = null));
  return flushing;
}

/** Sends queued check-ins whenever the network may be back, without a reload; started once by the app. */
export function startCheckInSync(): void {
  onNetworkBack(() => void flushQueuedCheckIns());
  void flushQueuedCheckIns();
}
