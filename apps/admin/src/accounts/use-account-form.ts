import { computed, reactive, ref } from 'vue';
import {
  createAccountBodySchema,
  creditCodeCheck,
  fieldErrorsFromZod,
  isValidCreditCode,
  scopeIssues,
  updateAccountBodySchema,
  type Account,
  type StaffRole,
} from '@yilu/shared';
import { ApiError, type BodyOf } from '@yilu/client';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';

export interface AccountFormValues {
  username: string;
  displayName: string;
  role: StaffRole;
  areaCode: string;
  providerId: string;
  employerName: string;
  creditCode: string;
  password: string;
}

const empty = (): AccountFormValues => ({
  username: '',
  displayName: '',
  role: 'community_staff',
  areaCode: '',
  providerId: '',
  employerName: '',
  creditCode: '',
  password: '',
});

/** Roles whose account names an area: the staff of a district or community, and an employer's own district. */
export const usesArea = (role: StaffRole) => role === 'district_staff' || role === 'community_staff' || role === 'employer';

/** The 统一社会信用代码 as typed, in the form the API keeps it. */
const normalCode = (code: string) => code.trim().toUpperCase();

/** What is wrong with a 统一社会信用代码 while it is typed; '' when it is empty or right. */
export function creditCodeMessage(typed: string): string {
  const code = normalCode(typed);
  if (!code) return '';
  if (code.length !== 18) return t.accounts.creditCodeLength(code.length);
  if (creditCodeCheck(code.slice(0, 17)) === undefined) return t.accounts.creditCodeCharset;
  return isValidCreditCode(code) ? '' : t.accounts.creditCodeCheck;
}

/** Turns the form into the API body: blanks are left out, and a role keeps only the scope it uses. */
export function toBody(values: AccountFormValues, editing: boolean) {
  const usesProvider = values.role === 'provider';
  const isEmployer = values.role === 'employer';
  const body: Record<string, unknown> = { displayName: values.displayName.trim(), role: values.role };
  if (!editing) body.username = values.username.trim();
  if (values.password || !editing) body.password = values.password;
  const scope = {
    areaCode: usesArea(values.role) ? values.areaCode.trim() : '',
    providerId: usesProvider ? values.providerId.trim() : '',
    employerName: isEmployer ? values.employerName.trim() : '',
    creditCode: isEmployer ? normalCode(values.creditCode) : '',
  };
  for (const [field, value] of Object.entries(scope)) {
    if (value) body[field] = value;
    else if (editing) body[field] = null;
  }
  return body;
}

/** Checks the form with the same shared schema the API uses and returns messages per field. */
export function validateForm(values: AccountFormValues, editing: boolean): Record<string, string> {
  const schema = editing ? updateAccountBodySchema : createAccountBodySchema;
  const result = schema.safeParse(toBody(values, editing));
  const messages: Record<string, string> = {};
  if (values.role === 'employer' && creditCodeMessage(values.creditCode)) messages.creditCode = creditCodeMessage(values.creditCode);
  // An edit's schema leaves the scope rules to the API: check them here too, so the field shows what is missing.
  if (editing) for (const i of scopeIssues(toBody(values, editing))) messages[i.path] ??= i.message;
  if (result.success) return messages;
  for (const e of fieldErrorsFromZod(result.error)) messages[e.field] ??= e.message;
  return messages;
}

export function useAccountForm(onSaved: () => void) {
  const visible = ref(false);
  const editingId = ref<string | null>(null);
  const values = reactive<AccountFormValues>(empty());
  const errors = ref<Record<string, string>>({});
  const saving = ref(false);
  const formError = ref('');
  const editing = computed(() => editingId.value !== null);
  // Checked as it is typed, so a wrong character or check digit shows before saving.
  const creditCodeError = computed(() => (values.role === 'employer' ? creditCodeMessage(values.creditCode) : ''));

  function open(account?: Account) {
    Object.assign(values, empty());
    if (account) {
      Object.assign(values, {
        username: account.username ?? '',
        displayName: account.displayName,
        role: account.role as StaffRole,
        areaCode: account.areaCode ?? '',
        providerId: account.providerId ?? '',
        employerName: account.employerName ?? '',
        creditCode: account.creditCode ?? '',
      });
    }
    editingId.value = account?.id ?? null;
    errors.value = {};
    formError.value = '';
    visible.value = true;
  }

  async function save() {
    formError.value = '';
    errors.value = validateForm(values, editing.value);
    if (Object.keys(errors.value).length) return;
    saving.value = true;
    try {
      // validateForm has checked the body with the operation's own schema.
      const body = toBody(values, editing.value);
      if (editingId.value) await api.updateAccount({ params: { id: editingId.value }, body: body as BodyOf<'updateAccount'> });
      else await api.createAccount({ body: body as BodyOf<'createAccount'> });
      visible.value = false;
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        errors.value = e.fieldMessages();
        formError.value = e.message;
      } else formError.value = String(e);
    } finally {
      saving.value = false;
    }
  }

  return { visible, values, errors, creditCodeError, saving, formError, editing, open, save };
}
