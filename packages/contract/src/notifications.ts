import { z } from 'zod';
import {
  markNotificationsReadBodySchema,
  notificationKinds,
  notificationPreferencesSchema,
  pageOf,
  pageQuerySchema,
  subscriptionsBodySchema,
} from '@yilu/shared';
import { isoTime } from './common.js';
import { defineOperations, noContent, roles } from './operation.js';

const worker = roles('worker');

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string(),
  link: z.string().optional().meta({ description: 'The mini-program page it opens' }),
  createdAt: isoTime,
  readAt: isoTime.optional(),
});
export type NotificationAnswer = z.infer<typeof notificationSchema>;

export const notificationsPageSchema = pageOf(notificationSchema).extend({ unread: z.int().min(0) });

export const notificationsOperations = defineOperations({
  myNotifications: {
    method: 'get',
    path: '/me/notifications',
    access: worker,
    tag: 'notifications',
    summary: 'The signed-in worker’s messages (消息), newest first, with how many are unread',
    query: pageQuerySchema,
    responses: { 200: notificationsPageSchema },
    problems: [400, 401, 403],
  },
  markNotificationsRead: {
    method: 'post',
    path: '/me/notifications/read',
    access: worker,
    tag: 'notifications',
    summary: 'Marks the given messages read, or all of them; answers how many are still unread',
    body: markNotificationsReadBodySchema,
    responses: { 200: z.object({ unread: z.int().min(0) }) },
    problems: [400, 401, 403],
  },
  myNotificationPreferences: {
    method: 'get',
    path: '/me/notification-preferences',
    access: worker,
    tag: 'notifications',
    summary: 'The kinds of message pushed to the worker on WeChat (every kind unless switched off); the inbox keeps all',
    responses: { 200: notificationPreferencesSchema },
    problems: [401, 403],
  },
  setNotificationPreferences: {
    method: 'patch',
    path: '/me/notification-preferences',
    access: worker,
    tag: 'notifications',
    summary: 'Sets the kinds of message pushed to the worker on WeChat',
    body: notificationPreferencesSchema,
    responses: { 200: notificationPreferencesSchema },
    problems: [400, 401, 403],
  },
  recordSubscriptions: {
    method: 'post',
    path: '/me/subscriptions',
    access: worker,
    tag: 'notifications',
    summary: 'Records the subscribe-message templates the worker accepted (requestSubscribeMessage); each grants one message',
    body: subscriptionsBodySchema,
    responses: { 204: noContent },
    problems: [400, 401, 403],
  },
});
