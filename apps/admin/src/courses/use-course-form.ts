import { reactive, ref } from 'vue';
import { createCourseBodySchema, fieldErrorsFromZod } from '@yilu/shared';
import { ApiError } from '../api/http';
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
  status: 'draft' | 'open';
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

/** "2026-12-01 09:00-17:00" per line → sessions; the first line that cannot be read is reported. */
export function parseSessions(text: string): { sessions: { date: string; start: string; end: string }[] } | { error: string } {
  const sessions = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})\s*[-~至]\s*(\d{2}:\d{2})$/.exec(line);
    if (!m) return { error: t.courses.badSessions(line) };
    sessions.push({ date: m[1]!, start: m[2]!, end: m[3]! });
  }
  return { sessions };
}

/** The API body, or messages per form field (from the same shared schema as the API). */
export function courseBodyFrom(v: CourseFormValues): { body?: Record<string, unknown>; errors: Record<string, string> } {
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
    sites: [{ name: v.siteName.trim(), address: v.siteAddress.trim(), location: { lng: v.siteLocation.lng ?? NaN, lat: v.siteLocation.lat ?? NaN } }],
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
  if (!result.success) {
    for (const e of fieldErrorsFromZod(result.error)) {
      const [head, , sub] = e.field.split('.');
      const key = head === 'certificates' ? (e.field.startsWith('certificates.0') ? 'skillCert' : 'permit') : head === 'sites' ? (sub === 'location' ? 'siteLocation' : 'site') : head!;
      errors[key] ??= e.message;
    }
  }
  return Object.keys(errors).length ? { errors } : { body, errors };
}

export function useCourseForm(onSaved: () => void) {
  const visible = ref(false);
  const values = reactive<CourseFormValues>(emptyCourse());
  const errors = ref<Record<string, string>>({});
  const saving = ref(false);
  const formError = ref('');

  function open() {
    Object.assign(values, emptyCourse());
    errors.value = {};
    formError.value = '';
    visible.value = true;
  }

  async function save() {
    const { body, errors: found } = courseBodyFrom(values);
    errors.value = found;
    formError.value = '';
    if (!body) return;
    saving.value = true;
    try {
      await session.call('POST', '/courses', { body });
      visible.value = false;
      onSaved();
    } catch (e) {
      formError.value = e instanceof ApiError ? e.message : String(e);
      if (e instanceof ApiError) errors.value = e.fieldMessages();
    } finally {
      saving.value = false;
    }
  }

  return { visible, values, errors, saving, formError, open, save };
}
