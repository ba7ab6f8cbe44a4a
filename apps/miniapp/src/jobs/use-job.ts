import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@yilu/client';
import type { Job } from '@yilu/contract';
import { applyBodySchema, fieldErrorsFromZod } from '@yilu/shared';
import { t } from '../locales/zh-CN';
import { cachedMyEnrollments } from '../offline/cached-api';
import { applyForJob, cachedJob } from './jobs-api';
import { askSubscribe } from '../notifications/subscribe';
import { locate } from '../points/location';

export interface ApplyForm {
  realName: string;
  phone: string;
  consent: boolean;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The real name of the worker's latest enrollment, when the phone has their classes (their phone there is masked). */
async function latestRealName(): Promise<string> {
  const { data } = await cachedMyEnrollments();
  const latest = [...data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return latest?.realName ?? '';
}

/** One job with the worker's fit, and the application with consent, checked with the server's schema first. */
export function useJob(id: string | undefined) {
  const [job, setJob] = useState<Job | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [form, setForm] = useState<ApplyForm>({ realName: '', phone: '', consent: false });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    if (!id) return;
    try {
      const here = await locate().catch(() => undefined);
      const r = await cachedJob(id, here?.located ? here : undefined);
      setJob(r.data);
      setSavedAt(r.offline ? r.savedAt : null);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? t.jobs.notFound : messageOf(e));
    }
  }, [id]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- load sets state only after an await (react/react#34905)
    void load();
  }, [load]);

  /** Opens the form, with the name the worker gave their last class when there is one. */
  async function startApplying(): Promise<void> {
    const realName = await latestRealName().catch(() => '');
    setForm((f) => (f.realName || !realName ? f : { ...f, realName }));
  }

  async function submit(): Promise<boolean> {
    setMessage('');
    const parsed = applyBodySchema.safeParse(form);
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(fieldErrorsFromZod(parsed.error).map((e) => [e.field, e.message])));
      return false;
    }
    setFieldErrors({});
    // Inside the tap, before anything is awaited: WeChat shows its consent prompt only there.
    askSubscribe('apply');
    setSending(true);
    try {
      await applyForJob(id!, parsed.data);
      setMessage(t.jobs.applied);
      await load();
      return true;
    } catch (e) {
      if (e instanceof ApiError) setFieldErrors(e.fieldMessages());
      setMessage(messageOf(e));
      return false;
    } finally {
      setSending(false);
    }
  }

  return { job, savedAt, error, form, setForm, fieldErrors, sending, message, startApplying, submit };
}
