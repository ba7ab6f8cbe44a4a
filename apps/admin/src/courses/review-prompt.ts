import { ElMessageBox } from 'element-plus';
import { t } from '../locales/zh-CN';

/**
 * Asks staff for one line of text (a reason, a score, a number) in a dialog; null when they cancel. `danger` words the
 * confirm button as the irreversible action it is.
 */
export const reviewPrompt = (message: string, title: string, options: { validate?: (v: string) => true | string; danger?: string } = {}) =>
  ElMessageBox.prompt(message, title, {
    confirmButtonText: options.danger ?? t.common.confirm,
    confirmButtonClass: options.danger ? 'el-button--danger' : undefined,
    cancelButtonText: t.common.cancel,
    inputValidator: (v) => (options.validate ? options.validate(v ?? '') : Boolean(v && v.trim()) || t.reports.replyRequired),
  }).then(
    (r) => r.value.trim(),
    () => null,
  );
