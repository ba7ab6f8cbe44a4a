import { ref } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { BodyOf } from '@yilu/client';
import type { CourseView, Enrollment } from '@yilu/contract';
import { beijingDate, PASS_SCORE } from '@yilu/shared';
import { api } from '../api/client';
import { saveDownload } from '../api/save-file';
import { messageOf } from '../api/use-paged-list';
import { useImport } from '../importer/use-import';
import { t } from '../locales/zh-CN';

/** What the review needs of a class: the table row it was opened from. */
export type CourseRef = Pick<CourseView, 'id' | 'title' | 'certificates' | 'sessions'>;
type CertificateOffer = CourseRef['certificates'][number];

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
  const rows = ref<Enrollment[]>([]);
  const loading = ref(false);
  const selected = ref<Enrollment[]>([]);
  const importer = useImport(
    (file, query, onProgress) => api.importResults({ params: { id: course.value!.id }, file, query, onProgress }),
    () => void load(),
  );

  async function load() {
    if (!course.value) return;
    loading.value = true;
    try {
      rows.value = (await api.courseEnrollments({ params: { id: course.value.id } })).items;
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

  async function act(e: Enrollment, body: BodyOf<'reviewEnrollment'>, quiet = false) {
    try {
      await api.reviewEnrollment({ params: { id: e.id }, body });
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
    downloadSheet: () =>
      api
        .resultsSheet({ params: { id: course.value!.id } })
        .then((file) => saveDownload(file, 'results-sheet.xlsx'))
        .catch((e) => ElMessage.error(messageOf(e))),
    approve: (e: Enrollment) => act(e, { action: 'approve' }),
    complete: (e: Enrollment) => act(e, { action: 'complete' }),
    async bulkApprove() {
      for (const e of selected.value.filter((x) => x.status === 'applied')) await act(e, { action: 'approve' }, true);
      ElMessage.success(t.common.saved);
      await load();
    },
    async reject(e: Enrollment) {
      const reason = await prompt(t.enrollments.rejectPrompt, t.enrollments.reject);
      if (reason) await act(e, { action: 'reject', reason });
    },
    async result(e: Enrollment, cert: CertificateOffer) {
      const score = await prompt(
        t.enrollments.resultPrompt(cert.name),
        t.enrollments.result,
        (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100) || '请输入 0–100 的分数',
      );
      if (score !== null)
        await act(e, { action: 'result', certificateType: cert.type, passed: Number(score) >= PASS_SCORE, score: Number(score) });
    },
    async certify(e: Enrollment, cert: CertificateOffer) {
      const no = await prompt(t.enrollments.certifyPrompt(cert.name), t.enrollments.certify);
      if (no) await act(e, { action: 'certify', certificateType: cert.type, no, issuedAt: beijingDate() });
    },
    async job(e: Enrollment) {
      const employer = await prompt(t.enrollments.jobPrompt, t.enrollments.job);
      if (employer) await act(e, { action: 'job', employer, startedAt: beijingDate() });
    },
  };
}
