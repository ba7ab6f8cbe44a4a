import { useEffect, useState } from 'react';
import type { CreateReportBody, ServicePoint } from '@yilu/shared';
import Taro from '@tarojs/taro';
import { api } from '../api/client';
import { requireSignIn } from '../auth/session';
import { t } from '../locales/zh-CN';
import { mapCrs } from './location';
import { cachedPoint } from '../offline/cached-api';

/** One point for the detail page, and the worker's report that its listing is wrong. */
export function usePoint(id: string | undefined) {
  const [point, setPoint] = useState<ServicePoint | null>(null);
  const [loadError, setLoadError] = useState('');
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!id) return;
    cachedPoint(id, mapCrs).then(
      (r) => {
        setPoint(r.data);
        setSavedAt(r.offline ? r.savedAt : null);
      },
      (e: Error) => setLoadError(e.message || t.point.notFound),
    );
  }, [id]);
  const error = id ? loadError : t.point.notFound;

  const [photo, setPhoto] = useState<{ url: string; preview: string } | null>(null);

  /** Lets the worker take or choose one photo and uploads it at once. */
  async function addPhoto(): Promise<void> {
    requireSignIn();
    const chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    const filePath = chosen.tempFilePaths[0];
    if (!filePath) return;
    const { url } = await api.uploadPhoto({ file: filePath });
    setPhoto({ url, preview: filePath });
  }

  async function report(body: CreateReportBody): Promise<string> {
    requireSignIn();
    setSending(true);
    try {
      await api.reportPoint({ params: { id: id! }, body: { ...body, ...(photo ? { photo: photo.url } : {}) } });
      setPhoto(null);
      return t.point.reportSent;
    } finally {
      setSending(false);
    }
  }

  return { point, savedAt, error, sending, report, photo, addPhoto };
}
