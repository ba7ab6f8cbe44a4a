import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { JobApplication } from '@yilu/contract';
import { t } from '../locales/zh-CN';
import { cachedMyApplications, withdrawApplication } from './jobs-api';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** 我的求职: the worker's own applications, newest first, and withdrawing one after a confirmation. */
export function useMyApplications(signedIn: boolean) {
  const [applications, setApplications] = useState<JobApplication[] | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    if (!signedIn) return;
    try {
      const r = await cachedMyApplications();
      setApplications(r.data.items);
      setSavedAt(r.offline ? r.savedAt : null);
      setError('');
    } catch (e) {
      setError(messageOf(e));
    }
  }, [signedIn]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- load sets state only after an await (react/react#34905)
    void load();
  }, [load]);

  async function withdraw(a: JobApplication): Promise<void> {
    const { confirm } = await Taro.showModal({
      title: t.applications.withdraw,
      content: t.applications.withdrawConfirm(a.job.jobTitle),
      confirmText: t.applications.withdraw,
      cancelText: t.applications.keep,
    });
    if (!confirm) return;
    try {
      const changed = await withdrawApplication(a.id);
      setApplications((list) => list?.map((x) => (x.id === changed.id ? changed : x)) ?? null);
      setMessage(t.applications.withdrawn);
    } catch (e) {
      setMessage(messageOf(e));
    }
  }

  return { applications, savedAt, error, message, withdraw, reload: load };
}
