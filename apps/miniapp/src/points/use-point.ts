import { useEffect, useState } from 'react';
import type { CreateReportBody, ServicePoint } from '@yilu/shared';
import { apiRequest } from '../api/request';
import { loadSession } from '../auth/session';
import { t } from '../locales/zh-CN';
import { mapCrs } from './location';
import { fetchPoint } from './points-api';

/** One point for the detail page, and the worker's report that its listing is wrong. */
export function usePoint(id: string | undefined) {
  const [point, setPoint] = useState<ServicePoint | null>(null);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!id) return setError(t.point.notFound);
    fetchPoint(id, mapCrs).then(setPoint, (e: Error) => setError(e.message || t.point.notFound));
  }, [id]);

  async function report(body: CreateReportBody): Promise<string> {
    const session = loadSession();
    if (!session) throw new Error(t.point.signInFirst);
    setSending(true);
    try {
      await apiRequest('POST', `/points/${id}/reports`, body, session.accessToken);
      return t.point.reportSent;
    } finally {
      setSending(false);
    }
  }

  return { point, error, sending, report };
}
