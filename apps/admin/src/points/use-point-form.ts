import { computed, reactive, ref } from 'vue';
import {
  createPointBodySchema,
  fieldErrorsFromZod,
  formatExceptionsText,
  formatHoursText,
  parseExceptionsText,
  parseHoursText,
  updatePointBodySchema,
  type AccessType,
  type Amenity,
  type PointKind,
  type PointStatus,
  type ServicePoint,
} from '@yilu/shared';
import { ApiError, type BodyOf } from '@yilu/client';
import { api } from '../api/client';
import { session } from '../auth/session';
import { tiles } from '../map/tiles';

export interface PointFormValues {
  name: string;
  kind: PointKind;
  address: string;
  areaCode: string;
  location: { lng: number | null; lat: number | null };
  amenities: Amenity[];
  access: AccessType;
  hoursText: string;
  contact: string;
  description: string;
  status: PointStatus;
  /** Holidays and closures, one dated line each (see parseExceptionsText). */
  exceptionsText: string;
  /** Kept from the stored hours. */
  timezone: string;
}

export const emptyPoint = (areaCode = ''): PointFormValues => ({
  name: '',
  kind: 'rest_station',
  address: '',
  areaCode,
  location: { lng: null, lat: null },
  amenities: [],
  access: 'public',
  hoursText: '24小时',
  contact: '',
  description: '',
  status: 'published',
  exceptionsText: '',
  timezone: 'Asia/Shanghai',
});

/** The API body for the form, or the messages per field (with the same shared schema as the API). */
export function pointBodyFrom(
  values: PointFormValues,
  editing: boolean,
): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const parsed = parseHoursText(values.hoursText, values.timezone);
  const exceptions = parseExceptionsText(values.exceptionsText);
  if ('error' in exceptions) errors.exceptions = exceptions.error;
  const hours = 'error' in parsed ? parsed : { ...parsed, exceptions: 'error' in exceptions ? [] : exceptions };
  if ('error' in hours) errors.hours = hours.error;
  const body: Record<string, unknown> = {
    name: values.name.trim(),
    kind: values.kind,
    address: values.address.trim(),
    areaCode: values.areaCode.trim(),
    location: { lng: values.location.lng ?? NaN, lat: values.location.lat ?? NaN },
    amenities: values.amenities,
    access: values.access,
    ...('error' in hours ? {} : { hours }),
    status: values.status,
    crs: tiles.crs,
  };
  if (values.contact.trim()) body.contact = values.contact.trim();
  else if (editing) body.contact = null;
  if (values.description.trim()) body.description = values.description.trim();
  else if (editing) body.description = null;

  const result = (editing ? updatePointBodySchema : createPointBodySchema).safeParse(body);
  if (!result.success) for (const e of fieldErrorsFromZod(result.error)) errors[formFieldOf(e.field)] ??= e.message;
  return Object.keys(errors).length ? { errors } : { body, errors };
}

/** The form field that shows a body path's message: "location.lat" → "location", "hours.exceptions.0.date" → "exceptions". */
export const formFieldOf = (path: string) => (path.startsWith('hours.exceptions') ? 'exceptions' : path.split('.')[0]!);

/** How one opening of the form ends: saving marks the listing checked on site, and what follows the save. */
export interface PointFormOptions {
  markVerified?: boolean;
  onSaved?: () => Promise<void> | void;
}

export function usePointForm(onSaved: () => void) {
  const visible = ref(false);
  const editingId = ref<string | null>(null);
  const values = reactive<PointFormValues>(emptyPoint());
  const errors = ref<Record<string, string>>({});
  const saving = ref(false);
  const formError = ref('');
  const editing = computed(() => editingId.value !== null);
  const options = ref<PointFormOptions>({});
  const marksVerified = computed(() => Boolean(options.value.markVerified));

  function open(point?: ServicePoint, how: PointFormOptions = {}) {
    options.value = how;
    Object.assign(values, emptyPoint(session.user.value?.areaCode ?? ''));
    if (point) {
      Object.assign(values, {
        name: point.name,
        kind: point.kind,
        address: point.address,
        areaCode: point.areaCode,
        location: { ...point.location },
        amenities: [...point.amenities],
        access: point.access,
        hoursText: formatHoursText(point.hours),
        contact: point.contact ?? '',
        description: point.description ?? '',
        status: point.status,
        timezone: point.hours.timezone,
        exceptionsText: formatExceptionsText(point.hours.exceptions),
      });
    }
    editingId.value = point?.id ?? null;
    errors.value = {};
    formError.value = '';
    visible.value = true;
  }

  async function save() {
    formError.value = '';
    const { body, errors: found } = pointBodyFrom(values, editing.value);
    errors.value = found;
    if (!body) return;
    saving.value = true;
    try {
      // pointBodyFrom has checked the body with the operation's own schema.
      const update = { ...body, ...(marksVerified.value ? { verified: true } : {}) } as BodyOf<'updatePoint'>;
      if (editingId.value) await api.updatePoint({ params: { id: editingId.value }, body: update });
      else await api.createPoint({ body: body as BodyOf<'createPoint'> });
      visible.value = false;
      await options.value.onSaved?.();
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        const messages: Record<string, string> = {};
        for (const [path, message] of Object.entries(e.fieldMessages())) messages[formFieldOf(path)] ??= message;
        errors.value = messages;
        formError.value = e.message;
      } else formError.value = String(e);
    } finally {
      saving.value = false;
    }
  }

  return { visible, values, errors, saving, formError, editing, marksVerified, open, save };
}
