import { isValidObjectId } from 'mongoose';
import type { CreateReportBody, ListReportsQuery, Page, PointReport, SessionUser } from '@yilu/shared';
import { audit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import { areaScopeFilter, inScope } from '../auth/scope.js';
import { notifyReportHandled } from '../notifications/events.js';

type ReportDoc = {
  _id: { toString(): string };
  pointId: { toString(): string };
  pointName: string;
  areaCode: string;
  reason: string;
  note?: string | null;
  photo?: string | null;
  status: string;
  reply?: string | null;
  createdAt?: Date;
};

const toReport = (d: ReportDoc): PointReport => ({
  id: d._id.toString(),
  pointId: d.pointId.toString(),
  pointName: d.pointName,
  areaCode: d.areaCode,
  reason: d.reason as PointReport['reason'],
  ...(d.note ? { note: d.note } : {}),
  ...(d.photo ? { photo: d.photo } : {}),
  status: d.status as PointReport['status'],
  ...(d.reply ? { reply: d.reply } : {}),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

/** Workers report a wrong listing; the staff of the point's area resolve or reject it with a reply. */
export function createReportsService(ctx: AppContext) {
  const { PointReport: Report } = ctx.models;

  return {
    async create(pointId: string, body: CreateReportBody, user: SessionUser): Promise<PointReport> {
      const point = ctx.points.catalog.get(pointId);
      if (!point) throw notFound('服务点不存在');
      const photoId = body.photo?.split('/').pop();
      if (photoId && !(await ctx.models.Upload.exists({ _id: photoId, ownerId: user.id }))) {
        throw badRequest('照片不存在，请重新上传', [{ field: 'body.photo', message: '照片不存在' }]);
      }
      const doc = await Report.create({ ...body, pointId, pointName: point.name, areaCode: point.areaCode, reporterId: user.id });
      return toReport(doc.toObject());
    },

    async list(q: ListReportsQuery, user: SessionUser): Promise<Page<PointReport>> {
      const filter: Record<string, unknown> = { ...areaScopeFilter(user) };
      if (q.status) filter.status = q.status;
      const [docs, total] = await Promise.all([
        Report.find(filter)
          .sort({ createdAt: -1 })
          .skip((q.page - 1) * q.pageSize)
          .limit(q.pageSize)
          .lean<ReportDoc[]>(),
        Report.countDocuments(filter),
      ]);
      return { items: docs.map(toReport), total, page: q.page, pageSize: q.pageSize };
    },

    /** 我的反馈: the worker's own reports with their state and the staff's reply, newest first. */
    async mine(user: SessionUser): Promise<{ items: PointReport[] }> {
      const docs = await Report.find({ reporterId: user.id }).sort({ createdAt: -1 }).limit(100).lean<ReportDoc[]>();
      return { items: docs.map(toReport) };
    },

    async handle(id: string, body: { status: 'resolved' | 'rejected'; reply: string }, user: SessionUser): Promise<PointReport> {
      const doc = isValidObjectId(id) ? await Report.findById(id) : null;
      if (!doc || !inScope(user, doc.areaCode)) throw notFound('反馈不存在');
      if (doc.status !== 'open') throw conflict('该反馈已处理');
      const before = toReport(doc.toObject());
      doc.status = body.status;
      doc.reply = body.reply;
      doc.set('handledBy', user.id);
      await doc.save();
      const after = toReport(doc.toObject());
      await audit(ctx.models, user, { action: body.status, entity: 'point_report', entityId: id, before, after });
      await notifyReportHandled(ctx, { ...after, reporterId: doc.reporterId, status: body.status, reply: body.reply });
      return after;
    },
  };
}
