import { reactive, ref } from 'vue';
import { ElMessage } from 'element-plus';
import { ApiError, type BodyOf, type QueryOf } from '@yilu/client';
import type { JobApplication, ManagedJob } from '@yilu/contract';
import {
  applicationActionBodySchema,
  applicationStepsFrom,
  beijingDateTime,
  fieldErrorsFromZod,
  type ApplicationState,
  type Page,
} from '@yilu/shared';
import { api } from '../api/client';
import { messageOf, usePagedList } from '../api/use-paged-list';
import { confirmed } from '../components/confirm';
import { t } from '../locales/zh-CN';

export type StepKind = 'invite' | 'offer' | 'hire' | 'decline';

export interface StepValues {
  interviewAt: string;
  place: string;
  startDate: string;
  reason: string;
}

/** The employer's steps from a state, by the shared rule the API enforces. */
export const stepsFor = (state: ApplicationState) => applicationStepsFrom(state, 'employer') as StepKind[];

/** The fields each step sends. */
const fieldsOf: Record<StepKind, (keyof StepValues)[]> = {
  invite: ['interviewAt', 'place'],
  offer: [],
  hire: ['startDate'],
  decline: ['reason'],
};
export const stepHasFields = (kind: StepKind) => fieldsOf[kind].length > 0;

/** The request body of a step, checked with the API's own schema, or the message of each field. */
export function stepBody(kind: StepKind, values: StepValues): { body?: BodyOf<'updateApplication'>; errors: Record<string, string> } {
  const body = { action: kind, ...Object.fromEntries(fieldsOf[kind].map((f) => [f, values[f]?.trim() ?? ''])) };
  const result = applicationActionBodySchema.safeParse(body);
  if (result.success) return { body: body as BodyOf<'updateApplication'>, errors: {} };
  const errors: Record<string, string> = {};
  for (const e of fieldErrorsFromZod(result.error)) errors[e.field] ??= e.message;
  return { errors };
}

/** What the confirmation of a step says. */
export function confirmMessage(kind: StepKind, name: string, values: StepValues): string {
  if (kind === 'invite') return t.applicants.confirms.invite(name, beijingDateTime(new Date(values.interviewAt)), values.place.trim());
  if (kind === 'hire') return t.applicants.confirms.hire(name, values.startDate);
  return t.applicants.confirms[kind](name);
}

const blank = (): StepValues => ({ interviewAt: '', place: '', startDate: '', reason: '' });

/** What the drawer asks the API; tests hand in their own. */
export interface ApplicantsApi {
  jobApplications: (id: string, query: QueryOf<'jobApplications'>) => Promise<Page<JobApplication>>;
  updateApplication: (id: string, body: BodyOf<'updateApplication'>) => Promise<JobApplication>;
  confirm: (message: string, title: string) => Promise<boolean>;
}

const realApi: ApplicantsApi = {
  jobApplications: (id, query) => api.jobApplications({ params: { id }, query }),
  updateApplication: (id, body) => api.updateApplication({ params: { id }, body }),
  confirm: (message, title) => confirmed(message, title, { type: 'info' }),
};

/** The applicants of one posting and the employer's steps on each, every step confirmed; `onChanged` after a step. */
export function useApplicants(onChanged: () => void, deps: ApplicantsApi = realApi) {
  const job = ref<ManagedJob | null>(null);
  const state = ref<ApplicationState | ''>('');
  const list = usePagedList(async (page) => {
    if (!job.value) return { items: [], total: 0, ...page };
    return deps.jobApplications(job.value.id, { ...page, ...(state.value ? { state: state.value } : {}) });
  });

  const step = reactive({ visible: false, kind: 'invite' as StepKind, target: null as JobApplication | null, saving: false });
  const values = reactive<StepValues>(blank());
  const errors = ref<Record<string, string>>({});
  const formError = ref('');

  function open(posting: ManagedJob) {
    job.value = posting;
    state.value = '';
    list.rows.value = [];
    list.search();
  }

  async function send(target: JobApplication, kind: StepKind, body: BodyOf<'updateApplication'>) {
    if (!(await deps.confirm(confirmMessage(kind, target.realName, values), t.applicants.actions[kind]))) return;
    step.saving = true;
    try {
      const changed = await deps.updateApplication(target.id, body);
      list.rows.value = list.rows.value.map((a) => (a.id === changed.id ? changed : a));
      step.visible = false;
      ElMessage.success(t.applicants.done[kind]);
      onChanged();
    } catch (e) {
      formError.value = messageOf(e);
      if (e instanceof ApiError) errors.value = e.fieldMessages();
      if (!step.visible) ElMessage.error(formError.value);
    } finally {
      step.saving = false;
    }
  }

  /** A step without fields (录用) is only confirmed; the others open their dialog first. */
  async function start(target: JobApplication, kind: StepKind) {
    Object.assign(values, blank(), kind === 'invite' && job.value ? { place: job.value.site.name } : {});
    errors.value = {};
    formError.value = '';
    Object.assign(step, { kind, target });
    if (stepHasFields(kind)) step.visible = true;
    else await submit();
  }

  async function submit() {
    const { body, errors: found } = stepBody(step.kind, values);
    errors.value = found;
    formError.value = '';
    if (body && step.target) await send(step.target, step.kind, body);
  }

  function close() {
    job.value = null;
  }

  return { job, state, ...list, step, values, errors, formError, open, close, start, submit };
}
