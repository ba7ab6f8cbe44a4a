import { reactive, ref } from 'vue';
import { ApiError, type BodyOf } from '@yilu/client';
import type { Wish, WishAssignee, WishSummary } from '@yilu/contract';
import { fieldErrorsFromZod, hideWishBodySchema, updateWishBodySchema, type WishAction } from '@yilu/shared';
import { api } from '../api/client';
import { messageOf } from '../api/use-paged-list';
import { confirmed } from '../components/confirm';
import { t } from '../locales/zh-CN';

export type StepKind = WishAction | 'hide';

export interface StepValues {
  note: string;
  reply: string;
  reason: string;
  areaCode: string;
  duplicateOf: string;
  photo: string;
}

const blank = (): StepValues => ({ note: '', reply: '', reason: '', areaCode: '', duplicateOf: '', photo: '' });

/** The fields each step sends. */
const fieldsOf: Record<StepKind, (keyof StepValues)[]> = {
  accept: ['note'],
  assign: ['areaCode', 'note'],
  start: ['note'],
  answer: ['reply'],
  done: ['reply', 'photo'],
  decline: ['reason'],
  duplicate: ['duplicateOf'],
  hide: ['reason'],
};

/** The request body of a step, checked with the API's own schema, or the message of each field. */
export function stepBody(kind: StepKind, values: StepValues): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const fields = Object.fromEntries(fieldsOf[kind].filter((f) => values[f].trim()).map((f) => [f, values[f].trim()]));
  const body = kind === 'hide' ? fields : { action: kind, ...fields };
  const result = (kind === 'hide' ? hideWishBodySchema : updateWishBodySchema).safeParse(body);
  if (result.success) return { body, errors: {} };
  const errors: Record<string, string> = {};
  for (const e of fieldErrorsFromZod(result.error)) errors[e.field] ??= e.message;
  return { errors };
}

export interface StepApi {
  updateWish: (id: string, body: BodyOf<'updateWish'>) => Promise<Wish>;
  hideWish: (id: string, body: BodyOf<'hideWish'>) => Promise<Wish>;
  uploadPhoto: (file: File) => Promise<{ url: string }>;
  wishAssignees: () => Promise<{ items: WishAssignee[] }>;
  wishQueue: (district: string) => Promise<WishSummary[]>;
  confirm: (message: string, title: string) => Promise<boolean>;
}

const realApi: StepApi = {
  updateWish: (id, body) => api.updateWish({ params: { id }, body }),
  hideWish: (id, body) => api.hideWish({ params: { id }, body }),
  uploadPhoto: (file) => api.uploadPhoto({ file }),
  wishAssignees: () => api.wishAssignees(),
  wishQueue: async (district) =>
    (await api.wishQueue({ query: { status: 'all', sort: 'oldest', pageSize: 100 } })).items.filter((w) =>
      w.place.areaCode.startsWith(district),
    ),
  confirm: (message, title) => confirmed(message, title),
};

/** The dialog of one staff step on one wish: its fields, the choices it offers, and sending it. */
export function useWishStep(onDone: (wish: Wish) => void, deps: StepApi = realApi) {
  const visible = ref(false);
  const kind = ref<StepKind>('accept');
  const wish = ref<WishSummary | null>(null);
  const values = reactive<StepValues>(blank());
  const errors = ref<Record<string, string>>({});
  const formError = ref('');
  const saving = ref(false);
  const uploading = ref(false);
  const communities = ref<WishAssignee[]>([]);
  const others = ref<WishSummary[]>([]);

  async function loadChoices(target: WishSummary, step: StepKind) {
    const district = target.place.areaCode.slice(0, 6);
    if (step === 'assign') communities.value = (await deps.wishAssignees()).items.filter((c) => c.areaCode.startsWith(district));
    if (step === 'duplicate') others.value = (await deps.wishQueue(district)).filter((w) => w.id !== target.id);
  }

  async function open(target: WishSummary, step: StepKind) {
    Object.assign(values, blank());
    errors.value = {};
    formError.value = '';
    wish.value = target;
    kind.value = step;
    visible.value = true;
    await loadChoices(target, step).catch((e) => (formError.value = messageOf(e)));
  }

  async function attachPhoto(file: File) {
    uploading.value = true;
    try {
      values.photo = (await deps.uploadPhoto(file)).url;
      errors.value = { ...errors.value, photo: '' };
    } catch (e) {
      errors.value = { ...errors.value, photo: messageOf(e) };
    } finally {
      uploading.value = false;
    }
  }

  async function send(id: string, body: Record<string, unknown>): Promise<Wish | null> {
    // stepBody has checked the body with the operation's own schema.
    if (kind.value !== 'hide') return deps.updateWish(id, body as BodyOf<'updateWish'>);
    if (!(await deps.confirm(t.wishes.hideConfirm, t.wishes.stepTitles.hide))) return null;
    return deps.hideWish(id, body as BodyOf<'hideWish'>);
  }

  async function submit() {
    formError.value = '';
    const { body, errors: found } = stepBody(kind.value, values);
    errors.value = found;
    if (!body || !wish.value) return;
    saving.value = true;
    try {
      const answer = await send(wish.value.id, body);
      if (!answer) return;
      visible.value = false;
      onDone(answer);
    } catch (e) {
      if (e instanceof ApiError) errors.value = e.fieldMessages();
      formError.value = messageOf(e);
    } finally {
      saving.value = false;
    }
  }

  return { visible, kind, wish, values, errors, formError, saving, uploading, communities, others, open, attachPhoto, submit };
}
