import { z } from 'zod';
import { statsQuerySchema } from '@yilu/shared';
import { defineOperations, fileAnswer, roles } from './operation.js';

const inScope = roles('admin', 'district_staff', 'community_staff', 'provider');
const figuresQuery = statsQuerySchema.omit({ format: true });

/** One row of the training figures: 取证率 = certified ÷ trained, 上岗率 = employed ÷ certified. */
export const trainingStatsRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    enrolled: z.number().int(),
    trained: z.number().int(),
    certified: z.number().int(),
    certRate: z.number(),
    employed: z.number().int(),
    employRate: z.number(),
    subsidyFen: z.number().int(),
  })
  .meta({ id: 'TrainingStatsRow' });
export type TrainingStatsRow = z.infer<typeof trainingStatsRowSchema>;

/** What is waiting for the signed-in staff member or provider, counted in their scope. */
export const overviewSchema = z
  .object({
    scopeName: z.string().meta({ description: 'The scope in words: an area name, a provider id, or 全部区域' }),
    pendingEnrollments: z.number().int(),
    classesStartingSoon: z.number().int().meta({ description: 'Open classes whose first session is within 14 days' }),
    certifiedThisYear: z.number().int(),
    openReports: z.number().int().optional().meta({ description: 'Area staff only' }),
    pointsToVerify: z.number().int().optional().meta({ description: 'Published points not verified for 90 days (area staff only)' }),
    overdueWishes: z.number().int().optional().meta({ description: 'Wishes open longer than YILU_WISH_OVERDUE_DAYS (area staff only)' }),
  })
  .meta({ id: 'Overview' });
export type Overview = z.infer<typeof overviewSchema>;

export const statsOperations = defineOperations({
  trainingStats: {
    method: 'get',
    path: '/stats/training',
    access: inScope,
    tag: 'stats',
    summary: 'Training figures per area, provider or trade (取证率, 上岗率, subsidy), in your scope',
    query: figuresQuery,
    responses: { 200: z.object({ groupBy: z.enum(['area', 'provider', 'trade']), rows: z.array(trainingStatsRowSchema) }) },
    problems: [400, 401, 403],
  },
  exportTrainingStats: {
    method: 'get',
    path: '/stats/training/export',
    access: inScope,
    tag: 'stats',
    summary: 'The same figures as a CSV file',
    query: figuresQuery,
    responses: { 200: fileAnswer('text/csv') },
    problems: [400, 401, 403],
  },
  overview: {
    method: 'get',
    path: '/overview',
    access: inScope,
    tag: 'stats',
    summary:
      'What is waiting in your scope: enrollments to review, classes starting soon, certified this year; for area staff open reports, points to verify and overdue wishes',
    responses: { 200: overviewSchema },
    problems: [401, 403],
  },
});
