import { useEffect, useState } from 'react';
import { enrollBodySchema, fieldErrorsFromZod, type ServicePoint } from '@yilu/shared';
import { mapCrs } from '../points/location';
import { ApiError } from '@yilu/client';
import { t } from '../locales/zh-CN';
import { cachedCourse, cachedPoint } from '../offline/cached-api';
import { enroll, getCourse, type Course } from './courses-api';

export interface EnrollForm {
  realName: string;
  phone: string;
  idNumber: string;
  group: string;
  consent: boolean;
}

/** One class and the real-name enrollment, checked with the same schema as the server. */
export function useCourse(id: string | undefined) {
  const [course, setCourse] = useState<Course | null>(null);
  const [error, setError] = useState('');
  const [form, setForm] = useState<EnrollForm>({ realName: '', phone: '', idNumber: '', group: '', consent: false });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState('');

  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [sitePoint, setSitePoint] = useState<ServicePoint | null>(null);

  useEffect(() => {
    if (!id) return;
    cachedCourse(id).then(
      (r) => {
        setCourse(r.data);
        setSavedAt(r.offline ? r.savedAt : null);
      },
      (e: Error) => setError(e.message),
    );
  }, [id]);

  // A site that is a listed training site is shown on the map; the class page works without it.
  const pointId = course?.sites[0]?.pointId;
  useEffect(() => {
    if (pointId)
      cachedPoint(pointId, mapCrs).then(
        (r) => setSitePoint(r.data),
        () => setSitePoint(null),
      );
  }, [pointId]);

  async function submit() {
    setMessage('');
    const parsed = enrollBodySchema.safeParse(form);
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(fieldErrorsFromZod(parsed.error).map((e) => [e.field, e.message])));
      return;
    }
    setFieldErrors({});
    setSending(true);
    try {
      const answer = await enroll(id!, parsed.data);
      // Enrolling again answers the enrollment already there, and says so.
      setMessage('alreadyEnrolled' in answer ? answer.message : t.course.enrolled);
      setCourse(await getCourse(id!));
    } catch (e) {
      if (e instanceof ApiError)
        setFieldErrors(Object.fromEntries((e.problem.errors ?? []).map((x) => [x.field.replace(/^body\./, ''), x.message])));
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  }

  return { course, savedAt, sitePoint, error, form, setForm, fieldErrors, sending, message, setMessage, submit };
}
