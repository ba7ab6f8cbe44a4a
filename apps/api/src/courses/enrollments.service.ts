import { isValidObjectId, trusted, Types } from 'mongoose';
import {
  convertCrs,
  eligibilityGroupLabels,
  haversineM,
  localTime,
  type EnrollBody,
  type ReviewBody,
  type SessionUser,
} from '@yilu/shared';
import type { Certificate, Enrollment } from '@yilu/contract';
import { audit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { conflict, forbidden, HttpProblem, notFound } from '../http/problem.js';
import { createIdNumberCipher, maskIdNumber, maskName, maskPhone } from '../personal-data/id-number.js';
import { canManage } from '../auth/scope.js';

type CertificateDoc = { _id: string | null; type?: Certificate['type'] | null; name?: string | null; issuer?: string | null; trade?: string | null; level?: number | null; issuedAt?: string | null };

const toCertificate = (c: CertificateDoc): Certificate => ({
  no: c._id ?? '',
  type: c.type ?? 'skill_level',
  name: c.name ?? '',
  issuer: c.issuer ?? '',
  trade: c.trade ?? '',
  level: c.level ?? 0,
  issuedAt: c.issuedAt ?? '',
});

const ORPHAN_CLAIM_MS = 60_000;
const OFFLINE_WINDOW_MS = 7 * 86_400_000;
const EARLY_CHECK_IN_MIN = 30;

const refused = (status: number, slug: string, detail: string, field?: string) =>
  new HttpProblem(status, slug, detail, field ? [{ field, message: detail }] : undefined);

export function createEnrollmentsService(ctx: AppContext) {
  const { Course, Enrollment, SeatClaim, Certificate } = ctx.models;
  const cipher = createIdNumberCipher(ctx.config.idEncryptionKey);

  /** Takes a free seat by inserting its claim; the unique (courseId, seatNo) index decides races. */
  async function claimSeat(courseId: Types.ObjectId, capacity: number, enrollmentId: Types.ObjectId): Promise<number | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const offset = Math.floor(Math.random() * capacity);
      for (let k = 0; k < capacity; k++) {
        const seatNo = ((offset + k) % capacity) + 1;
        try {
          await SeatClaim.create({ courseId, seatNo, enrollmentId, claimedAt: new Date() });
          ctx.openClasses.seatTaken(courseId);
          return seatNo;
        } catch (error) {
          if ((error as { code?: number }).code !== 11000) throw error;
        }
      }
      // Full: free claims left behind by a crash between claiming and enrolling, then look once more.
      const claims = await SeatClaim.find({ courseId }).lean();
      let freed = 0;
      for (const c of claims) {
        if (Date.now() - c.claimedAt.getTime() > ORPHAN_CLAIM_MS && !(await Enrollment.exists({ _id: c.enrollmentId }))) {
          await SeatClaim.deleteOne({ _id: c._id });
          ctx.openClasses.seatFreed(courseId);
          freed++;
        }
      }
      if (!freed) return null;
    }
    return null;
  }

  async function releaseSeat(e: { _id: Types.ObjectId; courseId: Types.ObjectId }) {
    if ((await SeatClaim.deleteOne({ courseId: e.courseId, enrollmentId: e._id })).deletedCount) ctx.openClasses.seatFreed(e.courseId);
  }

  async function ownEnrollment(id: string, user: SessionUser) {
    const e = isValidObjectId(id) ? await Enrollment.findById(id) : null;
    if (!e || e.workerId.toString() !== user.id) throw notFound('报名记录不存在');
    return e;
  }

  async function managedEnrollment(id: string, user: SessionUser) {
    const e = isValidObjectId(id) ? await Enrollment.findById(id) : null;
    if (!e || !canManage(user, e)) throw notFound('报名记录不存在');
    return e;
  }

  type EnrollmentDoc = InstanceType<typeof Enrollment>;

  /**
   * Enrollments as the apps see them. Their classes and certificates are read in one query each, not one per
   * enrollment: FerretDB scans a whole collection for every query.
   */
  async function views(list: EnrollmentDoc[]): Promise<Enrollment[]> {
    const courses = new Map(
      (await Course.find({ _id: trusted({ $in: [...new Set(list.map((e) => e.courseId.toString()))] }) }).lean()).map((c) => [c._id.toString(), c]),
    );
    const certificates = list.length ? await Certificate.find({ enrollmentId: trusted({ $in: list.map((e) => e._id) }) }).lean() : [];
    const now = localTime(new Date(), 'Asia/Shanghai');
    const nowText = `${now.date} ${String(Math.floor(now.minute / 60)).padStart(2, '0')}:${String(now.minute % 60).padStart(2, '0')}`;
    return list.map((e) => {
      const course = courses.get(e.courseId.toString());
      const sessions = course?.sessions ?? [];
      const next = sessions
        .filter((s) => `${s.date} ${s.end}` >= nowText)
        .sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`))[0];
      return {
        id: e._id.toString(),
        courseId: e.courseId.toString(),
        courseTitle: course?.title ?? '',
        sessionCount: sessions.length,
        attendedSessions: new Set(e.checkIns.map((c) => c.sessionIndex)).size,
        ...(next ? { nextSession: { date: next.date!, start: next.start!, end: next.end! } } : {}),
        status: e.status,
        ...(e.seatNo ? { seatNo: e.seatNo } : {}),
        realName: e.realName ?? '',
        phone: maskPhone(e.phone ?? ''),
        idNumber: e.idNumberMasked ?? '',
        group: e.group ?? '',
        ...(e.rejectReason ? { rejectReason: e.rejectReason } : {}),
        checkIns: e.checkIns.map((c) => ({ at: c.at!.toISOString(), sessionIndex: c.sessionIndex ?? 0, source: c.source ?? 'live', ...(c.reason ? { reason: c.reason } : {}) })),
        results: e.results.map((r) => ({ certificateType: r.certificateType ?? 'skill_level', passed: Boolean(r.passed), ...(r.score === undefined || r.score === null ? {} : { score: r.score }) })),
        certificates: certificates
          .filter((c) => c.enrollmentId.toString() === e._id.toString())
          .map(toCertificate),
        ...(e.job?.employer ? { job: { employer: e.job.employer, ...(e.job.startedAt ? { startedAt: e.job.startedAt } : {}) } } : {}),
        createdAt: (e as unknown as { createdAt: Date }).createdAt.toISOString(),
      };
    });
  }

  const view = async (e: EnrollmentDoc) => (await views([e]))[0]!;

  /** Moves an enrollment on (approve, reject, complete, result, certify, fail, job), audited. */
  async function applyReview(id: string, body: ReviewBody, user: SessionUser): Promise<EnrollmentDoc> {
    const e = await managedEnrollment(id, user);
    const course = (await Course.findById(e.courseId).lean())!;
    const before = e.status;
    const need = (...states: string[]) => {
      if (!states.includes(e.status)) throw conflict(`当前状态（${e.status}）不能执行此操作`);
    };
    switch (body.action) {
      case 'approve':
        need('applied');
        e.status = 'approved';
        break;
      case 'reject':
        need('applied', 'approved');
        e.status = 'rejected';
        e.rejectReason = body.reason;
        e.set('activeKey', undefined);
        await releaseSeat(e);
        break;
      case 'complete':
        need('approved', 'attending');
        e.status = 'completed';
        break;
      case 'result': {
        need('attending', 'completed', 'certified');
        const rest = e.results.filter((r) => r.certificateType !== body.certificateType);
        e.set('results', [...rest.map((r) => ({ certificateType: r.certificateType, passed: r.passed, score: r.score })), { certificateType: body.certificateType, passed: body.passed, score: body.score }]);
        break;
      }
      case 'certify': {
        need('completed', 'certified');
        const cert = course.certificates.find((c) => c.type === body.certificateType);
        if (!cert) throw refused(400, 'validation-error', '本课程不颁发该类证书', 'body.certificateType');
        if (!e.results.some((r) => r.certificateType === body.certificateType && r.passed)) {
          throw refused(409, 'not-passed', '考核通过后才能录入证书', 'body.certificateType');
        }
        try {
          await Certificate.create({
            _id: body.no,
            enrollmentId: e._id,
            workerId: e.workerId,
            holderName: e.realName,
            type: cert.type,
            name: cert.name,
            issuer: cert.issuer,
            trade: course.trade?.name,
            level: course.level,
            issuedAt: body.issuedAt,
          });
        } catch (error) {
          if ((error as { code?: number }).code === 11000) throw refused(409, 'duplicate-certificate', '证书编号已存在', 'body.no');
          throw error;
        }
        const issued = new Set((await Certificate.find({ enrollmentId: e._id }).lean()).map((c) => c.type));
        if (course.certificates.every((c) => issued.has(c.type))) e.status = 'certified';
        break;
      }
      case 'fail':
        need('attending', 'completed');
        e.status = 'failed';
        e.set('activeKey', undefined);
        break;
      case 'job':
        need('certified');
        e.set('job', { employer: body.employer, startedAt: body.startedAt });
        break;
    }
    await e.save();
    await audit(ctx.models, user, { action: body.action, entity: 'enrollment', entityId: id, before: { status: before }, after: { status: e.status } });
    return e;
  }

  /** The session a moment falls in (from 30 minutes before its start to its end), in Beijing time. */
  function sessionAt(sessions: { date?: string | null; start?: string | null; end?: string | null }[], at: Date) {
    const local = localTime(at, 'Asia/Shanghai');
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    return sessions.findIndex(
      (s) => s.date === local.date && local.minute >= minutes(s.start!) - EARLY_CHECK_IN_MIN && local.minute <= minutes(s.end!),
    );
  }

  return {
    async enroll(courseId: string, body: EnrollBody, user: SessionUser) {
      if (user.role !== 'worker') throw forbidden('只有骑手/劳动者账号可以报名');
      const course = isValidObjectId(courseId) ? await Course.findById(courseId) : null;
      if (!course || course.status === 'draft') throw notFound('课程不存在');
      const activeKey = `${course._id}:${user.id}`;
      const existing = await Enrollment.findOne({ activeKey });
      if (existing) return { created: false, enrollment: await view(existing) };
      if (course.status !== 'open') throw refused(409, 'not-open', '该课程当前不接受报名');
      if (course.enrollDeadline.getTime() < Date.now()) throw refused(409, 'deadline-passed', '报名已截止');
      if (!course.eligibility.includes('any') && !course.eligibility.includes(body.group)) {
        const allowed = course.eligibility.map((g) => eligibilityGroupLabels[g as keyof typeof eligibilityGroupLabels]).join('、');
        throw refused(403, 'not-eligible', `本课程的补贴名额仅面向：${allowed}`, 'body.group');
      }

      const enrollmentId = new Types.ObjectId();
      const seatNo = await claimSeat(course._id, course.capacity, enrollmentId);
      if (seatNo === null) throw refused(409, 'full', '名额已满，可关注其他班次');
      try {
        const created = await Enrollment.create({
          _id: enrollmentId,
          courseId: course._id,
          workerId: user.id,
          activeKey,
          seatNo,
          realName: body.realName,
          phone: body.phone,
          idNumberEnc: cipher.encrypt(body.idNumber),
          idNumberMasked: maskIdNumber(body.idNumber),
          group: body.group,
          consentAt: new Date(),
          providerId: course.providerId,
          areaCode: course.areaCode,
        });
        return { created: true, enrollment: await view(created) };
      } catch (error) {
        await SeatClaim.deleteOne({ courseId: course._id, seatNo, enrollmentId });
        ctx.openClasses.seatFreed(course._id);
        if ((error as { code?: number }).code !== 11000) throw error;
        // A double tap: the other request enrolled first; answer with that enrollment.
        const winner = await Enrollment.findOne({ activeKey });
        if (!winner) throw error;
        return { created: false, enrollment: await view(winner) };
      }
    },

    async withdraw(id: string, user: SessionUser) {
      const e = await ownEnrollment(id, user);
      if (!['applied', 'approved', 'attending'].includes(e.status)) throw conflict('当前状态不能退出');
      e.status = 'withdrawn';
      e.set('activeKey', undefined);
      await e.save();
      await releaseSeat(e);
      return view(e);
    },

    async mine(user: SessionUser) {
      return views(await Enrollment.find({ workerId: user.id }).sort({ createdAt: -1 }));
    },

    async forCourse(courseId: string, user: SessionUser) {
      const course = isValidObjectId(courseId) ? await Course.findById(courseId).lean() : null;
      if (!course || !canManage(user, course)) throw notFound('课程不存在');
      return views(await Enrollment.find({ courseId }).sort({ createdAt: 1 }));
    },

    /** The one audited place that shows a whole ID number. */
    async idNumber(id: string, user: SessionUser) {
      const e = await managedEnrollment(id, user);
      await audit(ctx.models, user, { action: 'view_id_number', entity: 'enrollment', entityId: id });
      return { idNumber: cipher.decrypt(e.idNumberEnc!) };
    },

    async checkIn(id: string, body: { location: { lng: number; lat: number }; crs: 'wgs84' | 'gcj02'; at?: string; clientId: string }, user: SessionUser) {
      const e = await ownEnrollment(id, user);
      if (e.checkIns.some((c) => c.clientId === body.clientId)) return view(e);
      if (!['approved', 'attending'].includes(e.status)) throw conflict('报名审核通过后才能签到');
      const course = await Course.findById(e.courseId).lean();
      const at = body.at ? new Date(body.at) : new Date();
      if (body.at && (at.getTime() > Date.now() + 60_000 || at.getTime() < Date.now() - OFFLINE_WINDOW_MS)) {
        throw refused(422, 'check-in-time', '离线签到的时间无效（须在 7 天内）', 'body.at');
      }
      const sessionIndex = sessionAt(course!.sessions, at);
      if (sessionIndex < 0) throw refused(422, 'not-in-session', '现在不在上课时间内，不能签到', body.at ? 'body.at' : undefined);
      const here = convertCrs(body.location, body.crs, 'wgs84');
      const distanceM = Math.round(
        Math.min(...course!.sites.map((s) => haversineM(here, { lng: s.location!.lng!, lat: s.location!.lat! }))),
      );
      if (distanceM > ctx.config.checkInRadiusM) {
        throw refused(422, 'too-far', `您距离上课地点约 ${distanceM} 米，需在 ${ctx.config.checkInRadiusM} 米内签到`, 'body.location');
      }
      e.checkIns.push({ clientId: body.clientId, at, sessionIndex, distanceM, source: body.at ? 'offline' : 'live' });
      e.status = 'attending';
      await e.save();
      return view(e);
    },

    async correctCheckIn(id: string, body: { at: string; reason: string }, user: SessionUser) {
      const e = await managedEnrollment(id, user);
      const course = await Course.findById(e.courseId).lean();
      const at = new Date(body.at);
      const sessionIndex = sessionAt(course!.sessions, at);
      if (sessionIndex < 0) throw refused(422, 'not-in-session', '该时间不在任何一次课的时间内', 'body.at');
      const before = e.checkIns.length;
      e.checkIns.push({ at, sessionIndex, source: 'staff', reason: body.reason, by: new Types.ObjectId(user.id) });
      if (e.status === 'approved') e.status = 'attending';
      await e.save();
      await audit(ctx.models, user, { action: 'correct_check_in', entity: 'enrollment', entityId: id, before: { checkIns: before }, after: { at: body.at, reason: body.reason } });
      return view(e);
    },

    async review(id: string, body: ReviewBody, user: SessionUser) {
      return view(await applyReview(id, body, user));
    },

    /** The review without the answer, for bulk work (the results import, the demo seed) that does not show it. */
    applyReview,

    async verify(no: string) {
      const c = await Certificate.findById(no).lean();
      if (!c) throw notFound('未找到该证书编号，请核对后重试');
      return { ...toCertificate(c), valid: true, holder: maskName(c.holderName ?? '') };
    },

    async wallet(user: SessionUser) {
      const list = await Certificate.find({ workerId: user.id }).lean();
      return list.map(toCertificate);
    },
  };
}
