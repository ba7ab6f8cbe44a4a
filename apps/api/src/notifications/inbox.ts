import { trusted } from 'mongoose';
import { notificationKinds, type MarkNotificationsReadBody, type NotificationPreferences, type SessionUser } from '@yilu/shared';
import type { NotificationAnswer } from '@yilu/contract';
import type { Models } from '../db/connection.js';

type NotificationFields = InstanceType<Models['Notification']>;

const answer = (n: NotificationFields): NotificationAnswer => ({
  id: n._id.toString(),
  kind: n.kind,
  title: n.title,
  body: n.body,
  ...(n.link ? { link: n.link } : {}),
  createdAt: n.createdAt.toISOString(),
  ...(n.readAt ? { readAt: n.readAt.toISOString() } : {}),
});

const unreadOf = (models: Models, user: SessionUser) => models.Notification.countDocuments({ workerId: user.id, readAt: null });

/** A page of the worker's messages, newest first, and how many are unread. */
export async function myNotifications(models: Models, user: SessionUser, page: number, pageSize: number) {
  const filter = { workerId: user.id };
  const [items, total, unread] = await Promise.all([
    models.Notification.find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .skip((page - 1) * pageSize)
      .limit(pageSize),
    models.Notification.countDocuments(filter),
    unreadOf(models, user),
  ]);
  return { items: items.map(answer), total, page, pageSize, unread };
}

/** Marks the worker's own messages read (others' ids are ignored); answers how many stay unread. */
export async function markRead(models: Models, user: SessionUser, body: MarkNotificationsReadBody) {
  const which = 'ids' in body ? { _id: trusted({ $in: body.ids }) } : {};
  await models.Notification.updateMany({ ...which, workerId: user.id, readAt: null }, { $set: { readAt: new Date() } });
  return { unread: await unreadOf(models, user) };
}

export async function preferencesOf(models: Models, user: SessionUser): Promise<NotificationPreferences> {
  const off = (await models.NotificationPreference.findById(user.id).lean())?.off ?? [];
  return { kinds: notificationKinds.filter((k) => !off.includes(k)) };
}

export async function setPreferences(models: Models, user: SessionUser, body: NotificationPreferences) {
  const off = notificationKinds.filter((k) => !body.kinds.includes(k));
  await models.NotificationPreference.replaceOne({ _id: user.id }, { off }, { upsert: true });
  return preferencesOf(models, user);
}
