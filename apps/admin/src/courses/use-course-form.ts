import { computed, reactive, ref } from 'vue';
import { ApiError, type BodyOf } from '@yilu/client';
import type { CourseView } from '@yilu/contract';
import {
  codeFor,
  createCourseBodySchema,
  fieldErrorsFromZod,
  lockedCourseFields,
  sessionKindLabels,
  type CourseSite,
  type LockedCourseField,
} from '@yilu/shared';
import { ElMessage } from 'element-plus';
import { api } from '../api/client';
import { messageOf } from '../api/use-paged-list';
import { session } from '../auth/session';
import { tiles } from '../map/base-map';
import { t } from '../locales/zh-CN';

export interface CourseFormValues {
  title: string;
  tradeName: string;
  tradeCode: string;
  level: number;
  skillCertName: string;
  skillCertIssuer: string;
  permitType: 'special_operation' | 'industry_permit' | '';
  permitName: string;
  permitIssuer: string;
  providerId: string;
  providerName: string;
  registrationNo: string;
  areaCode: string;
  siteName: string;
  siteAddress: string;
  siteLocation: { lng: number | null; lat: number | null };
  sessionsText: string;
  capacity: number;
  feeYuan: number;
  subsidyYuan: number;
  eligibility: string[];
  deadline: string;
  employer: string;
  description: string;
  status: string;
}

export const emptyCourse = (): CourseFormValues => ({
  title: '',
  tradeName: '',
  tradeCode: '',
  level: 5,
  skillCertName: '',
  skillCertIssuer: '',
  permitType: 'special_operation',
  permitName: '',
  permitIssuer: '',
  providerId: session.user.value?.providerId ?? '',
  providerName: session.user.value?.role === 'provider' ? session.user.value.displayName : '',
  registrationNo: '',
  areaCode: session.user.value?.areaCode?.slice(0, 6) ?? '',
  siteName: '',
  siteAddress: '',
  siteLocation: { lng: null, lat: null },
  sessionsText: '',
  capacity: 30,
  feeYuan: 0,
  subsidyYuan: 0,
  eligibility: ['new_employment'],
  deadline: '',
  employer: '',
  description: '',
  status: 'open',
});

type Session = { date: string; start: string; end: string; kind: string };

/** "2026-12-01 09:00-17:00 实操" per line (the kind may be left out) → sessions; the first unreadable line is reported. */
export function parseSessions(text: string): { sessions: Session[] } | { error: string } {
  const sessions = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})\s*[-~至]\s*(\d{2}:\d{2})(?:\s+(\S+))?$/.exec(line);
    const kind = m?.[4] ? codeFor(sessionKindLabels, m[4]) : 'theory';
    if (!m || !kind) return { error: t.courses.badSessions(line) };
    sessions.push({ date: m[1]!, start: m[2]!, end: m[3]!, kind });
  }
  return { sessions };
}

export const formatSessions = (sessions: Session[]) =>
  sessions
    .map((s) => `${s.date} ${s.start}-${s.end} ${sessionKindLabels[s.kind as keyof typeof sessionKindLabels] ?? ''}`.trim())
    .join('\n');

/** The form's values for a stored class; a full class is still open for the form's status choice. */
export function valuesFrom(c: CourseView): CourseFormValues {
  const permit = c.certificates.find((x) => x.type !== 'skill_level');
  const skill = c.certificates.find((x) => x.type === 'skill_level');
  const site = c.sites[0];
  return {
    title: c.title,
    tradeName: c.trade.name,
    tradeCode: c.trade.code ?? '',
    level: c.level,
    skillCertName: skill?.name ?? '',
    skillCertIssuer: skill?.issuer ?? '',
    permitType: (permit?.type as CourseFormValues['permitType']) ?? '',
    permitName: permit?.name ?? '',
    permitIssuer: permit?.issuer ?? '',
    providerId: c.provider.id,
    providerName: c.provider.name,
    registrationNo: c.provider.registrationNo,
    areaCode: c.areaCode,
    siteName: site?.name ?? '',
    siteAddress: site?.address ?? '',
    siteLocation: { lng: site?.location.lng ?? null, lat: site?.location.lat ?? null },
    sessionsText: formatSessions(c.sessions),
    capacity: c.capacity,
    feeYuan: c.feeFen / 100,
    subsidyYuan: c.subsidyFen / 100,
    eligibility: [...c.eligibility],
    deadline: c.enrollDeadline,
    employer: c.employer ?? '',
    description: c.description ?? '',
    status: c.status === 'full' ? 'open' : c.status,
  };
}

/** The API body, or messages per form field (from the same shared schema as the API). */
export function courseBodyFrom(
  v: CourseFormValues,
  otherSites: CourseSite[] = [],
): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const parsed = parseSessions(v.sessionsText);
  if ('error' in parsed) errors.sessions = parsed.error;
  const certificates = [{ type: 'skill_level', name: v.skillCertName.trim(), issuer: v.skillCertIssuer.trim() }];
  if (v.permitType) certificates.push({ type: v.permitType, name: v.permitName.trim(), issuer: v.permitIssuer.trim() });
  const body: Record<string, unknown> = {
    title: v.title.trim(),
    trade: { name: v.tradeName.trim(), ...(v.tradeCode.trim() ? { code: v.tradeCode.trim() } : {}) },
    level: v.level,
    certificates,
    providerId: v.providerId.trim(),
    providerName: v.providerName.trim(),
    providerRegistrationNo: v.registrationNo.trim(),
    areaCode: v.areaCode.trim(),
    sites: [
      {
        name: v.siteName.trim(),
        address: v.siteAddress.trim(),
        location: { lng: v.siteLocation.lng ?? NaN, lat: v.siteLocation.lat ?? NaN },
      },
      ...otherSites,
    ],
    sessions: 'error' in parsed ? [] : parsed.sessions,
    capacity: v.capacity,
    feeFen: Math.round(v.feeYuan * 100),
    subsidyFen: Math.round(v.subsidyYuan * 100),
    eligibility: v.eligibility,
    enrollDeadline: v.deadline,
    ...(v.employer.trim() ? { employer: v.employer.trim() } : {}),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    status: v.status,
    crs: tiles.crs,
  };
  const result = createCourseBodySchema.safeParse(body);
  if (!result.success) for (const e of fieldErrorsFromZod(result.error)) errors[formFieldOf(e.field)] ??= e.message;
  return Object.keys(errors).length ? { errors } : { body, errors };
}

/** The form field that shows a body path's message: "certificates.1.name" → "permit", "sessions.0" → "sessions". */
export function formFieldOf(path: string): string {
  const [head, index, sub] = path.split('.');
  if (head === 'certificates') return index === '0' ? 'skillCert' : 'permit';
  if (head === 'sites') return sub === 'location' ? 'siteLocation' : 'site';
  return head!;
}

/** The API's messages by body path → the first message for each form field. */
const formMessages = (messages: Record<string, string>) => {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(messages)) out[formFieldOf(path)] ??= message;
  return out;
};

/** The form's inputs for each field of a class that locks once anyone has enrolled. */
const inputsOf: Record<LockedCourseField, (keyof CourseFormValues)[]> = {
  trade: ['tradeName', 'tradeCode'],
  level: ['level'],
  certificates: ['skillCertName', 'skillCertIssuer', 'permitType', 'permitName', 'permitIssuer'],
  providerId: ['providerId'],
  areaCode: ['areaCode'],
  feeFen: ['feeYuan'],
  subsidyFen: ['subsidyYuan'],
  eligibility: ['eligibility'],
};

/** The inputs locked for a class `enrolled` people hold seats in: those of the shared rule's fields. */
export const lockedInputs = (enrolled: number) => new Set(lockedCourseFields(enrolled).flatMap((field) => inputsOf[field]));

/** Publishes a class, or edits one; once someone has enrolled, the fields they enrolled for are locked. */
export function useCourseForm(onSaved: () => void) {
  const visible = ref(false);
  const values = reactive<CourseFormValues>(emptyCourse());
  const errors = ref<Record<string, string>>({});
  const saving = ref(false);
  const loading = ref(false);
  const formError = ref('');
  const editing = ref<{ id: string; enrolled: number; otherSites: CourseSite[] } | null>(null);
  const lockedNow = computed(() => lockedInputs(editing.value?.enrolled ?? 0));
  const locked = computed(() => lockedNow.value.size > 0);
  const isLocked = (input: keyof CourseFormValues) => lockedNow.value.has(input);

  function reset() {
    errors.value = {};
    formError.value = '';
    visible.value = true;
  }

  function open() {
    editing.value = null;
    Object.assign(values, emptyCourse());
    reset();
  }

  /** Loads the class fresh (sites in the map's coordinate system) and opens it for editing. */
  async function edit(id: string) {
    loading.value = true;
    try {
      const course = await api.getCourse({ params: { id }, query: { crs: tiles.crs } });
      editing.value = { id, enrolled: course.capacity - course.seatsLeft, otherSites: course.sites.slice(1) };
      Object.assign(values, valuesFrom(course));
      reset();
    } catch (e) {
      ElMessage.error(messageOf(e));
    } finally {
      loading.value = false;
    }
  }

  async function save() {
    const { body, errors: found } = courseBodyFrom(values, editing.value?.otherSites);
    errors.value = found;
    formError.value = '';
    if (!body) return;
    saving.value = true;
    try {
      // courseBodyFrom has checked the body with the operation's own schema.
      if (editing.value) await api.updateCourse({ params: { id: editing.value.id }, body: body as BodyOf<'updateCourse'> });
      else await api.createCourse({ body: body as BodyOf<'createCourse'> });
      visible.value = false;
      onSaved();
    } catch (e) {
      formError.value = e instanceof ApiError ? e.message : String(e);
      if (e instanceof ApiError) errors.value = formMessages(e.fieldMessages());
    } finally {
      saving.value = false;
    }
  }

  return { visible, values, errors, saving, loading, formError, editing, locked, isLocked, open, edit, save };
}
