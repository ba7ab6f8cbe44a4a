import { trusted } from 'mongoose';
import type { TrainingStatsRow } from '@yilu/contract';
import { beijingDayEnd, beijingDayStart, type SessionUser, type StatsQuery } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import { writeSheet } from '../sheets/read-sheet.js';
import type { AppContext } from '../context.js';
import { managedFilter } from '../auth/scope.js';

const TRAINED = new Set(['completed', 'certified', 'failed']);
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);

/**
 * Training figures per area, provider or trade: enrolled, trained (finished the class), certified (取证率),
 * employed after certification through a job application (上岗率) and the subsidy owed for those trained. Counted in code: FerretDB v1
 * computes only one accumulator per $group (docs/decisions/0002).
 */
export async function trainingStats(ctx: AppContext, q: Omit<StatsQuery, 'format'>, user: SessionUser): Promise<TrainingStatsRow[]> {
  const scope = managedFilter(user);
  const created: Record<string, Date> = {};
  if (q.from) created.$gte = beijingDayStart(q.from);
  if (q.to) created.$lte = beijingDayEnd(q.to);
  const filter: Record<string, unknown> = {
    ...scope,
    status: trusted({ $nin: ['withdrawn', 'rejected'] }),
    ...(q.from || q.to ? { createdAt: trusted(created) } : {}),
  };

  const enrollments = await ctx.models.Enrollment.find(filter)
    .select({ courseId: 1, status: 1, job: 1, areaCode: 1, providerId: 1 })
    .lean();
  const courseIds = [...new Set(enrollments.map((e) => e.courseId.toString()))];
  const courses = new Map(
    (
      await ctx.models.Course.find({ _id: trusted({ $in: courseIds }) })
        .select({ trade: 1, providerName: 1, subsidyFen: 1 })
        .lean()
    ).map((c) => [c._id.toString(), c]),
  );

  const rows = new Map<string, TrainingStatsRow>();
  for (const e of enrollments) {
    const course = courses.get(e.courseId.toString());
    const [key, label] =
      q.groupBy === 'provider'
        ? [e.providerId ?? '', course?.providerName ?? e.providerId ?? '']
        : q.groupBy === 'trade'
          ? [course?.trade?.name ?? '', course?.trade?.name ?? '']
          : [e.areaCode ?? '', areaName(e.areaCode ?? '')];
    const row = rows.get(key) ?? {
      key,
      label,
      enrolled: 0,
      trained: 0,
      certified: 0,
      certRate: 0,
      employed: 0,
      employRate: 0,
      subsidyFen: 0,
    };
    row.enrolled++;
    if (TRAINED.has(e.status)) {
      row.trained++;
      row.subsidyFen += course?.subsidyFen ?? 0;
    }
    if (e.status === 'certified') {
      row.certified++;
      // A job counts when a hire through a job application recorded it, not a note typed afterwards.
      if (e.job?.applicationId) row.employed++;
    }
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((r) => ({ ...r, certRate: ratio(r.certified, r.trained), employRate: ratio(r.employed, r.certified) }))
    .sort((a, b) => b.enrolled - a.enrolled);
}

const csvColumns = [
  ['key', '编码'],
  ['label', '分组'],
  ['enrolled', '报名人数'],
  ['trained', '结业人数'],
  ['certified', '取证人数'],
  ['certRate', '取证率'],
  ['employed', '上岗人数'],
  ['employRate', '上岗率'],
  ['subsidy', '补贴金额（元）'],
] as const;

/** The same figures as CSV for Excel (UTF-8 with BOM), with Chinese headers. */
export function statsCsv(rows: TrainingStatsRow[]): Promise<Buffer> {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return writeSheet(
    '培训统计',
    csvColumns,
    rows.map((r) => ({ ...r, certRate: pct(r.certRate), employRate: pct(r.employRate), subsidy: (r.subsidyFen / 100).toFixed(2) })),
    'csv',
  );
}
