import { ref } from 'vue';
import { ApiError } from '../api/http';
import { session } from '../auth/session';

export interface ImportReport {
  total: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  rows: { row: number; name?: string; action: 'create' | 'update' | 'unchanged' | 'error'; issues: { column: string; message: string }[] }[];
}

type Stage = 'choose' | 'uploading' | 'checked' | 'importing' | 'done';

/**
 * Upload → check every row (nothing written) → import all, or only the valid rows. `endpoint` is the API path
 * that takes the file with `mode=validate|commit`, asked when the dialog opens.
 */
export function useImport(endpoint: () => string, onImported: () => void) {
  const visible = ref(false);
  const stage = ref<Stage>('choose');
  const progress = ref(0);
  const report = ref<ImportReport | null>(null);
  const error = ref('');
  let file: File | null = null;
  let path = '';

  function open() {
    path = endpoint();
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
    const form = new FormData();
    form.append('file', file, file.name);
    error.value = '';
    progress.value = 0;
    try {
      report.value = await session.upload<ImportReport>(`${path}?mode=${mode}&acceptValid=${acceptValid}`, form, (p) => {
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
