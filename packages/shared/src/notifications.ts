import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';
import { text } from './text.js';

/** What a worker is told about: each kind has its own WeChat subscribe template and can be switched off. */
export const notificationKinds = [
  'enrollment-approved',
  'enrollment-rejected',
  'class-tomorrow',
  'check-in-open',
  'class-changed',
  'class-cancelled',
  'result-recorded',
  'certificate-issued',
  'review-due',
  'report-changed',
  'wish-changed',
  'class-opened',
  'application-changed',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindLabels: Record<NotificationKind, string> = {
  'enrollment-approved': '报名通过',
  'enrollment-rejected': '报名未通过',
  'class-tomorrow': '明日上课提醒',
  'check-in-open': '签到开始',
  'class-changed': '课程变更',
  'class-cancelled': '课程取消',
  'result-recorded': '考核结果',
  'certificate-issued': '证书发放',
  'review-due': '证书复审提醒',
  'report-changed': '纠错处理进度',
  'wish-changed': '心愿处理进度',
  'class-opened': '有班通知',
  'application-changed': '求职进度',
};

const objectId = z.string().regex(/^[a-f0-9]{24}$/, labelled('格式错误'));

/** Marks some messages read, or every one. */
export const markNotificationsReadBodySchema = z.union([
  z.strictObject({ ids: z.array(objectId).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type MarkNotificationsReadBody = z.infer<typeof markNotificationsReadBodySchema>;

/** The kinds the worker is pushed on WeChat; the inbox keeps every message. */
export const notificationPreferencesSchema = z.strictObject({ kinds: z.array(z.enum(notificationKinds)).max(notificationKinds.length) });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** The template ids the worker accepted in `requestSubscribeMessage`: each grants one message. */
export const subscriptionsBodySchema = z.strictObject({
  templateIds: z
    .array(text({ min: 1, max: 64 }))
    .min(1)
    .max(20),
});
export type SubscriptionsBody = z.infer<typeof subscriptionsBodySchema>;
