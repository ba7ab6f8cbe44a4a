import type { NotificationKind } from '@yilu/shared';

/** The taps that create something a worker will hear about, and the kinds of message each asks consent for (at most 3). */
export const subscribeMoments = {
  enroll: ['enrollment-approved', 'class-tomorrow', 'check-in-open'],
  report: ['report-changed'],
  wish: ['wish-changed'],
  classAlert: ['class-opened'],
  apply: ['application-changed'],
} as const satisfies Record<string, readonly NotificationKind[]>;
export type SubscribeMoment = keyof typeof subscribeMoments;

/** The template ids configured for the build (TARO_APP_WECHAT_TEMPLATES, the API's YILU_WECHAT_TEMPLATES). */
export function templateIdsFor(moment: SubscribeMoment, configured = process.env.TARO_APP_WECHAT_TEMPLATES): string[] {
  let templates: Partial<Record<NotificationKind, string>> = {};
  try {
    templates = JSON.parse(configured || '{}') as typeof templates;
  } catch {
    return [];
  }
  return subscribeMoments[moment].map((kind) => templates[kind]).filter((id): id is string => typeof id === 'string' && id !== '');
}
