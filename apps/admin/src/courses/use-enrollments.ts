import { ref } from 'vue';
import { ElMessage } from 'element-plus';
import type { BodyOf } from '@yilu/client';
import type { CourseView, Enrollment } from '@yilu/contract';
import { api } from '../api/client';
import { saveDownload } from '../api/save-file';
import { messageOf } from '../api/use-paged-list';
import { useImport } from '../importer/use-import';
import { t } from '../locales/zh-CN';
import { attendanceOf } from './attendance';
import { certificateActions } from './certificate-actions';
import { reviewPrompt } from './review-prompt';

/** What the review needs of a class: the table row it was opened from. */
export type CourseRef = Pick<CourseView, 'id' | 'title' | 'certificates' | 'sessions' | 'minAttendanceShare'>;

/**
 * The review queue of one class: approve or reject (with a reason), completion (below the attendance share only with a
 * reason), results and certificates (and their revocation); jobs are recorded by hires in 招聘岗位.
 */
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
    /** Completes the class for a worker; one who attended too little only with the reason staff give for it. */
    async complete(e: Enrollment) {
      const a = attendanceOf(e, course.value!.minAttendanceShare);
      if (a.meets) return act(e, { action: 'complete' });
      const reason = await reviewPrompt(
        t.enrollments.overridePrompt(a.attended, a.total, a.percent, a.required),
        t.enrollments.overrideTitle,
      );
      if (reason) await act(e, { action: 'complete', override: { reason } });
    },
    async bulkApprove() {
      for (const e of selected.value.filter((x) => x.status === 'applied')) await act(e, { action: 'approve' }, true);
      ElMessage.success(t.common.saved);
      await load();
    },
    async reject(e: Enrollment) {
      const reason = await reviewPrompt(t.enrollments.rejectPrompt, t.enrollments.reject);
      if (reason) await act(e, { action: 'reject', reason });
    },
    ...certificateActions(act, load),
  };
}
