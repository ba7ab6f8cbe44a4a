import { ElMessageBox } from 'element-plus';
import { t } from '../locales/zh-CN';

/** Asks before an action that changes or removes something; true only when the person confirms. */
export const confirmed = (message: string, title: string, options: { confirmText?: string; type?: 'warning' | 'info' } = {}) =>
  ElMessageBox.confirm(message, title, {
    confirmButtonText: options.confirmText ?? t.common.confirm,
    cancelButtonText: t.common.cancel,
    type: options.type ?? 'warning',
  }).then(
    () => true,
    () => false,
  );
