import { computed, reactive, ref } from 'vue';
import { createAccountBodySchema, fieldErrorsFromZod, updateAccountBodySchema, type Account, type StaffRole } from '@yilu/shared';
import { ApiError, type BodyOf } from '@yilu/client';
import { api } from '../api/client';

export interface AccountFormValues {
  username: string;
  displayName: string;
  role: StaffRole;
  areaCode: string;
  providerId: string;
  password: string;
}

const empty = (): AccountFormValues => ({
  username: '',
  displayName: '',
  role: 'community_staff',
  areaCode: '',
  providerId: '',
  password: '',
});

/** Turns the form into the API body: blanks are left out, and a role keeps only the scope it uses. */
export function toBody(values: AccountFormValues, editing: boolean) {
  const usesArea = values.role === 'district_staff' || values.role === 'community_staff';
  const usesProvider = values.role === 'provider';
  const body: Record<string, unknown> = { displayName: values.displayName.trim(), role: values.role };
  if (!editing) body.username = values.username.trim();
  if (values.password || !editing) body.password = values.password;
  if (usesArea && values.areaCode.trim()) body.areaCode = values.areaCode.trim();
  else if (editing) body.areaCode = null;
  if (usesProvider && values.providerId.trim()) body.providerId = values.providerId.trim();
  else if (editing) body.providerId = null;
  return body;
}

/** Checks the form with the same shared schema the API uses and returns messages per field. */
export function validateForm(values: AccountFormValues, editing: boolean): Record<string, string> {
  const schema = editing ? updateAccountBodySchema : createAccountBodySchema;
  const result = schema.safeParse(toBody(values, editing));
  if (result.success) return {};
  const messages: Record<string, string> = {};
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

  function open(account?: Account) {
    Object.assign(values, empty());
    if (account) {
      Object.assign(values, {
        username: account.username ?? '',
        displayName: account.displayName,
        role: account.role as StaffRole,
        areaCode: account.areaCode ?? '',
        providerId: account.providerId ?? '',
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

  return { visible, values, errors, saving, formError, editing, open, save };
}
