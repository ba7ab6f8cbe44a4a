import { isValidObjectId, trusted } from 'mongoose';
import type { AuditEntity } from '@yilu/shared';
import type { Models } from '../db/connection.js';

/** What the trail needs to know about a record: its scope and how people name it. */
export interface RecordFacts {
  areaCode?: string;
  providerId?: string;
  label: string;
}
type Facts = Map<string, RecordFacts>;

const among = (ids: string[]) => ({ _id: trusted({ $in: ids.filter((id) => isValidObjectId(id)) }) });
const scope = (d: { areaCode?: string | null; providerId?: string | null }) => ({
  ...(d.areaCode ? { areaCode: d.areaCode } : {}),
  ...(d.providerId ? { providerId: d.providerId } : {}),
});

async function enrollments(models: Models, ids: string[]): Promise<Facts> {
  const docs = await models.Enrollment.find(among(ids), { realName: 1, courseId: 1, areaCode: 1, providerId: 1 }).lean();
  const courses = await models.Course.find({ _id: trusted({ $in: docs.map((d) => d.courseId) }) }, { title: 1 }).lean();
  const titles = new Map(courses.map((c) => [c._id.toString(), c.title]));
  return new Map(
    docs.map((d) => [d._id.toString(), { ...scope(d), label: `${d.realName ?? ''} · ${titles.get(d.courseId.toString()) ?? ''}` }]),
  );
}

async function certificates(models: Models, nos: string[]): Promise<Facts> {
  const docs = await models.Certificate.find({ _id: trusted({ $in: nos }) }, { name: 1, holderName: 1, enrollmentId: 1 }).lean();
  const owners = await enrollments(
    models,
    docs.map((d) => d.enrollmentId.toString()),
  );
  return new Map(
    docs.map((d) => {
      const { areaCode, providerId } = owners.get(d.enrollmentId.toString()) ?? {};
      return [String(d._id), { ...scope({ areaCode, providerId }), label: `${d.holderName ?? ''} · ${d.name ?? d._id}` }];
    }),
  );
}

/** Each kind of record, looked up many at a time. */
const finders: Record<AuditEntity, (models: Models, ids: string[]) => Promise<Facts>> = {
  async point(models, ids) {
    const docs = await models.Point.find(among(ids), { name: 1, areaCode: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toString(), { ...scope(d), label: d.name }]));
  },
  async point_report(models, ids) {
    const docs = await models.PointReport.find(among(ids), { pointName: 1, areaCode: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toString(), { ...scope(d), label: d.pointName }]));
  },
  async course(models, ids) {
    const docs = await models.Course.find(among(ids), { title: 1, areaCode: 1, providerId: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toString(), { ...scope(d), label: d.title }]));
  },
  enrollment: enrollments,
  certificate: certificates,
  async job(models, ids) {
    const docs = await models.Job.find(among(ids), { jobTitle: 1, employerName: 1, areaCode: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toString(), { ...scope(d), label: `${d.employerName} · ${d.jobTitle}` }]));
  },
  async job_application(models, ids) {
    const docs = await models.JobApplication.find(among(ids), { realName: 1, employerName: 1, areaCode: 1, providerId: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toString(), { ...scope(d), label: `${d.realName ?? ''} · ${d.employerName ?? ''}` }]));
  },
  async wish(models, ids) {
    const docs = await models.Wish.find(among(ids), { text: 1, areaCode: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toString(), { ...scope(d), label: [...d.text].slice(0, 20).join('') }]));
  },
};

/** The facts of the records named, by entity and id ("course:65a…"); records no longer stored are left out. */
export async function recordFacts(models: Models, records: { entity: AuditEntity; entityId: string }[]): Promise<Facts> {
  const byEntity = new Map<AuditEntity, Set<string>>();
  for (const r of records) byEntity.set(r.entity, (byEntity.get(r.entity) ?? new Set()).add(r.entityId));
  const found: Facts = new Map();
  for (const [entity, ids] of byEntity) {
    if (!finders[entity]) continue;
    for (const [id, facts] of await finders[entity](models, [...ids])) found.set(`${entity}:${id}`, facts);
  }
  return found;
}

/** The facts a snapshot of a record carries itself: for a record deleted by the change being audited. */
export function snapshotFacts(snapshot: unknown): RecordFacts {
  const s = (snapshot && typeof snapshot === 'object' ? snapshot : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof s[key] === 'string' ? (s[key] as string) : undefined);
  return {
    ...scope({ areaCode: text('areaCode'), providerId: text('providerId') }),
    label: text('title') ?? text('name') ?? text('pointName') ?? '',
  };
}
