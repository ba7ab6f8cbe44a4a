import { ref } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { beijingDate, PASS_SCORE } from '@yilu/shared';
import { messageOf } from '../api/use-paged-list';
import { session } from '../auth/session';
import { useImport } from '../importer/use-import';
import { t } from '../locales/zh-CN';

export interface AdminEnrollment {
  id: string;
  realName: string;
  phone: string;
  idNumber: string;
  group: string;
  status: string;
  checkIns: { at: string; sessionIndex: number; source: string }[];
  results: { certificateType: string; passed: boolean; score?: number }[];
  certificates: { no: string; type: string; name: string }[];
}

export interface CourseRef {
  id: string;
  title: string;
  certificates: { type: string; name: string }[];
  sessions: { date: string; start: string; end: string }[];
}

const prompt = (message: string, title: string, validate?: (v: string) => true | string) =>
  ElMessageBox.prompt(message, title, {
    confirmButtonText: t.common.confirm,
    cancelButtonText: t.common.cancel,
    inputValidator: (v) => (validate ? validate(v ?? '') : Boolean(v && v.trim()) || t.reports.replyRequired),
  }).then(
    (r) => r.value.trim(),
    () => null,
  );

/** The review queue of one class: approve or reject (with a reason), results, certificates and jobs. */
export function useEnrollments() {
  const visible = ref(false);
  const course = ref<CourseRef | null>(null);
  const rows = ref<AdminEnrollment[]>([]);
  const loading = ref(false);
  const selected = ref<AdminEnrollment[]>([]);
  const importer = useImport(() => `/courses/${course.value!.id}/results-import`, () => void load());

  async function load() {
    if (!course.value) return;
    loading.value = true;
    try {
      rows.value = (await session.call<{ items: AdminEnrollment[] }>('GET', `/courses/${course.value.id}/enrollments`)).items;
    } catch (e) {
      ElMessage.error(messageOf(e));
    } finally {
      loading.value = false;
    }
  }

  function open(c: CourseRef) {
    course.value = c;
    rows.value = [];
    visible.value = true;
    void load();
  }

  async function act(e: AdminEnrollment, body: Record<string, unknown>, quiet = false) {
    try {
      await session.call('PATCH', `/enrollments/${e.id}`, { body });
      if (!quiet) ElMessage.success(t.common.saved);
      return true;
    } catch (error) {
      ElMessage.error(messageOf(error));
      return false;
    } finally {
      if (!quiet) await load();
    }
  }

  return {
    visible,
    course,
    rows,
    loading,
    selected,
    open,
    importer,
    downloadSheet: () => session.download(`/courses/${course.value!.id}/results-sheet`).catch((e) => ElMessage.error(messageOf(e))),
    approve: (e: AdminEnrollment) => act(e, { action: 'approve' }),
    complete: (e: AdminEnrollment) => act(e, { action: 'complete' }),
    async bulkApprove() {
      for (const e of selected.value.filter((x) => x.status === 'applied')) await act(e, { action: 'approve' }, true);
      ElMessage.success(t.common.saved);
      await load();
    },
    async reject(e: AdminEnrollment) {
      const reason = await prompt(t.enrollments.rejectPrompt, t.enrollments.reject);
      if (reason) await act(e, { action: 'reject', reason });
    },
    async result(e: AdminEnrollment, cert: { type: string; name: string }) {
      const score = await prompt(t.enrollments.resultPrompt(cert.name), t.enrollments.result, (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100) || '请输入 0–100 的分数');
      if (score !== null) await act(e, { action: 'result', certificateType: cert.type, passed: Number(score) >= PASS_SCORE, score: Number(score) });
    },
    async certify(e: AdminEnrollment, cert: { type: string; name: string }) {
      const no = await prompt(t.enrollments.certifyPrompt(cert.name), t.enrollments.certify);
      if (no) await act(e, { action: 'certify', certificateType: cert.type, no, issuedAt: beijingDate() });
    },
    async job(e: AdminEnrollment) {
      const employer = await prompt(t.enrollments.jobPrompt, t.enrollments.job);
      if (employer) await act(e, { action: 'job', employer, startedAt: beijingDate() });
    },
  };
}
