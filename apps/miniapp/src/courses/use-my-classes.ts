import { useCallback, useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { t } from '../locales/zh-CN';
import { locate } from '../points/location';
import Taro from '@tarojs/taro';
import type { Certificate, Enrollment } from '@yilu/contract';
import { cachedMyCertificates, cachedMyEnrollments } from '../offline/cached-api';
import { checkIn, flushQueuedCheckIns, onQueueFlushed, type FlushResult } from './check-in-queue';
import { withdraw } from './courses-api';

export const verifyUrl = (no: string) => `${process.env.TARO_APP_VERIFY_URL}?no=${encodeURIComponent(no)}`;

/** A QR code (SVG data URL) that opens the public verification page for a certificate. */
export async function qrFor(no: string): Promise<string> {
  const svg = await QRCode.toString(verifyUrl(no), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The signed-in worker's classes (with check-in) and certificate wallet. */
export function useMyClasses(signedIn: boolean) {
  const [classes, setClasses] = useState<Enrollment[]>([]);
  const [certificates, setCertificates] = useState<(Certificate & { qr: string })[]>([]);
  const [message, setMessage] = useState('');
  const [savedAt, setSavedAt] = useState<number | null>(null);

  const load = useCallback(async () => {
    if (!signedIn) return;
    try {
      await flushQueuedCheckIns();
      const [enrollments, wallet] = [await cachedMyEnrollments(), await cachedMyCertificates()];
      setClasses(enrollments.data.items);
      // Drawn on the phone, so the QR codes show without signal too.
      setCertificates(await Promise.all(wallet.data.items.map(async (c) => ({ ...c, qr: await qrFor(c.no) }))));
      const offline = [enrollments, wallet].filter((r) => r.offline);
      setSavedAt(offline.length ? Math.min(...offline.map((r) => r.savedAt)) : null);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }, [signedIn]);

  // Check-ins kept offline go by themselves when the network is back (started by the app); say so and show them.
  useEffect(
    () =>
      onQueueFlushed((result: FlushResult) => {
        setMessage([...(result.sent ? [t.me.autoSent(result.sent)] : []), ...result.refused].join('；'));
        void load();
      }),
    [load],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- load sets state only after an await (react/react#34905)
    void load();
  }, [load]);

  async function checkInTo(enrollmentId: string) {
    setMessage('');
    const here = await locate();
    if (!here.located) return setMessage(t.me.needLocation);
    try {
      const result = await checkIn(enrollmentId, { lng: here.lng, lat: here.lat });
      setMessage(result === 'sent' ? t.me.checkedIn : t.me.queued);
      await load();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }

  /** Leaves a class after a confirmation; the seat goes back to the class. */
  async function withdrawFrom(e: Enrollment) {
    const { confirm } = await Taro.showModal({
      title: t.me.withdraw,
      content: t.me.withdrawConfirm(e.courseTitle),
      confirmText: t.me.withdraw,
      cancelText: '取消',
    });
    if (!confirm) return;
    try {
      await withdraw(e.id);
      setMessage(t.me.withdrawn);
      await load();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return { classes, certificates, savedAt, message, checkInTo, withdrawFrom, reload: load };
}
