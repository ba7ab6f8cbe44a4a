import { ref } from 'vue';
import { ApiError } from '@yilu/client';
import type { ImportReport } from '@yilu/contract';

/** Sends the file to an import operation (points, a class's results) and answers its report. */
export type ImportUpload = (
  file: File,
  query: { mode: 'validate' | 'commit'; acceptValid: boolean },
  onProgress: (percent: number) => void,
) => Promise<ImportReport>;

type Stage = 'choose' | 'uploading' | 'checked' | 'importing' | 'done';

/** Upload → check every row (nothing written) → import all, or only the valid rows. */
export function useImport(upload: ImportUpload, onImported: () => void) {
  const visible = ref(false);
  const stage = ref<Stage>('choose');
  const progress = ref(0);
  const report = ref<ImportReport | null>(null);
  const error = ref('');
  let file: File | null = null;

  function open() {
    visible.value = true;
    reset();
  }

  function reset() {
    stage.value = 'choose';
    progress.value = 0;
    report.value = null;
    error.value = '';
    file = null;
  }

  async function send(mode: 'validate' | 'commit', acceptValid = false) {
    if (!file) return;
    error.value = '';
    progress.value = 0;
    try {
      report.value = await upload(file, { mode, acceptValid }, (p) => {
        progress.value = p;
      });
      stage.value = mode === 'validate' ? 'checked' : 'done';
      if (mode === 'commit') onImported();
    } catch (e) {
      error.value = e instanceof ApiError ? e.message : String(e);
      stage.value = report.value ? 'checked' : 'choose';
    }
  }

  async function choose(chosen: File) {
    file = chosen;
    stage.value = 'uploading';
    await send('validate');
  }

  async function commit(acceptValid: boolean) {
    stage.value = 'importing';
    await send('commit', acceptValid);
  }

  return { visible, stage, progress, report, error, open, reset, choose, commit };
}
