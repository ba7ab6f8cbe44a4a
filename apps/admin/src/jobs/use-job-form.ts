import { computed, reactive, ref } from 'vue';
import { ApiError, type BodyOf } from '@yilu/client';
import type { CourseView, ManagedJob } from '@yilu/contract';
import type { ServicePoint } from '@yilu/shared';
import { api } from '../api/client';
import { messageOf } from '../api/use-paged-list';
import { session } from '../auth/session';
import { tiles } from '../map/base-map';
import { emptyJob, formMessages, jobBodyFrom, MAX_REQUIREMENTS, valuesFrom, type JobFormValues } from './job-form-body';

type LngLat = { lng: number; lat: number };
export type PointChoice = Pick<ServicePoint, 'id' | 'name' | 'address'>;
export type OrderCourseChoice = Pick<CourseView, 'id' | 'title'> & { employer?: string };

/** Service points listed for a site: those within this distance of the pin (or of the employer's area). */
export const POINTS_NEAR_M = 5000;

/** What the form asks the API; tests hand in their own. Coordinates are in the map's system. */
export interface JobFormApi {
  createJob: (body: BodyOf<'createJob'>) => Promise<ManagedJob>;
  updateJob: (id: string, body: BodyOf<'updateJob'>) => Promise<ManagedJob>;
  pointsNear: (near: LngLat) => Promise<ServicePoint[]>;
  getPoint: (id: string) => Promise<ServicePoint>;
  areaCentre: (areaCode: string) => Promise<LngLat>;
  orderCourses: () => Promise<OrderCourseChoice[]>;
}

const realApi: JobFormApi = {
  createJob: (body) => api.createJob({ body }),
  updateJob: (id, body) => api.updateJob({ params: { id }, body }),
  pointsNear: async ({ lng, lat }) =>
    (await api.nearbyPoints({ query: { near: `${lng},${lat}`, radius: POINTS_NEAR_M, limit: 50, crs: tiles.crs } })).items,
  getPoint: (id) => api.getPoint({ params: { id }, query: { crs: tiles.crs } }),
  areaCentre: async (areaCode) => (await api.getArea({ params: { areaCode }, query: { crs: tiles.crs } })).centre,
  // An employer manages no classes: it recruits from the open ones (the class list without `managed`).
  orderCourses: async () => (await api.listCourses({ query: { pageSize: 100, crs: tiles.crs } })).items,
};

/** Classes naming the employer first, then by title. */
export function orderCourseChoices(courses: OrderCourseChoice[], employerName: string | undefined, current?: ManagedJob['orderCourse']) {
  const named = (c: OrderCourseChoice) => (employerName && c.employer === employerName ? 0 : 1);
  const sorted = [...courses].sort((a, b) => named(a) - named(b) || a.title.localeCompare(b.title, 'zh-CN'));
  return current && !sorted.some((c) => c.id === current.id) ? [current, ...sorted] : sorted;
}

/** Posts a job or edits one (the employer's own): the site from a service point or a pin, saved as a draft or published. */
export function useJobForm(onSaved: (job: ManagedJob, published: boolean) => void, deps: JobFormApi = realApi) {
  const visible = ref(false);
  const values = reactive<JobFormValues>(emptyJob());
  const errors = ref<Record<string, string>>({});
  const formError = ref('');
  const saving = ref(false);
  const editing = ref<ManagedJob | null>(null);
  /** The area the pin picker outlines: the employer's, or the posting's. */
  const areaCode = ref('');
  const points = ref<PointChoice[]>([]);
  const pointsError = ref('');
  const courses = ref<OrderCourseChoice[]>([]);
  const canAddRequirement = computed(() => values.requirements.length < MAX_REQUIREMENTS);

  function show(job: ManagedJob | null) {
    editing.value = job;
    Object.assign(values, job ? valuesFrom(job, tiles.crs) : emptyJob());
    areaCode.value = job?.areaCode ?? session.user.value?.areaCode ?? '';
    errors.value = {};
    formError.value = '';
    visible.value = true;
    void loadCourses();
    if (values.siteMode === 'point') void loadPoints();
  }

  async function loadCourses() {
    try {
      courses.value = orderCourseChoices(await deps.orderCourses(), session.user.value?.employerName, editing.value?.orderCourse);
    } catch (e) {
      errors.value = { ...errors.value, orderCourseId: messageOf(e) };
    }
  }

  /** The points near the pin, or near the middle of the employer's area while nothing is pinned. */
  async function loadPoints() {
    pointsError.value = '';
    try {
      const { lng, lat } = values.siteLocation;
      const near = lng !== null && lat !== null ? { lng, lat } : areaCode.value ? await deps.areaCentre(areaCode.value) : undefined;
      const found: PointChoice[] = near ? await deps.pointsNear(near) : [];
      // The posting's own point stays a choice even when the search no longer finds it (a point since hidden).
      const current = { id: values.pointId, name: values.siteName, address: values.siteAddress };
      points.value = current.id && !found.some((p) => p.id === current.id) ? [current, ...found] : found;
    } catch (e) {
      pointsError.value = messageOf(e);
    }
  }

  function chooseSiteMode(mode: JobFormValues['siteMode']) {
    values.siteMode = mode;
    if (mode === 'address') values.pointId = '';
    else void loadPoints();
  }

  async function pickPoint(id: string) {
    try {
      const point = await deps.getPoint(id);
      Object.assign(values, { pointId: point.id, siteName: point.name, siteAddress: point.address });
      values.siteLocation = { ...point.location };
      errors.value = { ...errors.value, site: '' };
    } catch (e) {
      errors.value = { ...errors.value, site: messageOf(e) };
    }
  }

  /** An address looked up on the map fills the address field when it is still empty. */
  function addressFound(address: string) {
    if (!values.siteAddress.trim()) values.siteAddress = address;
  }

  function addRequirement() {
    if (canAddRequirement.value) values.requirements.push({ type: 'skill_level', level: 5 });
  }
  function removeRequirement(index: number) {
    values.requirements.splice(index, 1);
  }

  /** Creates with the status asked (a draft, or open at once); an edit keeps the status. */
  async function save(status: 'draft' | 'open' = 'draft') {
    const { body, errors: found } = jobBodyFrom(values, tiles.crs);
    errors.value = found;
    formError.value = '';
    if (!body) return;
    saving.value = true;
    try {
      // jobBodyFrom has checked the body with the operation's own schema.
      const job = editing.value
        ? await deps.updateJob(editing.value.id, body as BodyOf<'updateJob'>)
        : await deps.createJob({ ...body, status } as BodyOf<'createJob'>);
      visible.value = false;
      onSaved(job, !editing.value && status === 'open');
    } catch (e) {
      formError.value = messageOf(e);
      if (e instanceof ApiError) errors.value = formMessages(e.fieldMessages());
    } finally {
      saving.value = false;
    }
  }

  return {
    visible,
    values,
    errors,
    formError,
    saving,
    editing,
    areaCode,
    points,
    pointsError,
    courses,
    canAddRequirement,
    open: () => show(null),
    edit: (job: ManagedJob) => show(job),
    loadPoints,
    chooseSiteMode,
    pickPoint,
    addressFound,
    addRequirement,
    removeRequirement,
    save,
  };
}
