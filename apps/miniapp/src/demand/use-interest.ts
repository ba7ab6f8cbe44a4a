import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ApiError } from '@yilu/client';
import type { ClassAlert } from '@yilu/contract';
import type { FreeTime } from '@yilu/shared';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';
import { locate, mapCrs } from '../points/location';
import { emptyForm, interestBody, nearestDistricts, toggleFreeTime, toggleTrade, type District, type InterestForm } from './interest-form';

/** Around a position: wide enough for a city's districts, narrow enough that the API answers quickly. */
const VIEW_LNG = 0.4;
const VIEW_LAT = 0.3;

async function districtsNear(keep?: District): Promise<{ districts: District[]; located: boolean }> {
  const here = await locate();
  const bbox = [here.lng - VIEW_LNG, here.lat - VIEW_LAT, here.lng + VIEW_LNG, here.lat + VIEW_LAT].map((v) => v.toFixed(4)).join(',');
  const { items } = await api.areasInView({ query: { bbox, zoom: 9, crs: mapCrs } });
  return { districts: nearestDistricts(items, here, 8, keep), located: here.located };
}

/**
 * The 想学 form: the trades (those with classes offered, and any typed), when free, and a district near the worker; the
 * saved one is loaded first. Saving with `notify` on also asks 有班通知我 for each trade in the district.
 */
export function useInterest(prefill: string) {
  const [form, setForm] = useState<InterestForm>(emptyForm(prefill));
  const [offered, setOffered] = useState<string[]>(prefill ? [prefill] : []);
  const [districts, setDistricts] = useState<District[]>([]);
  const [located, setLocated] = useState(true);
  const [saved, setSaved] = useState(false);
  const [notify, setNotify] = useState(true);
  const [alerts, setAlerts] = useState<ClassAlert[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);

  useEffect(() => {
    void (async () => {
      const [{ interest }, trades, mine] = await Promise.all([api.myLearningInterest(), api.listTrades(), api.myClassAlerts()]);
      setAlerts(mine.items);
      const names = trades.items.map((x) => x.name);
      setOffered((o) => [...new Set([...o, ...(interest?.trades ?? []), ...names])]);
      if (interest) {
        setSaved(true);
        setForm({
          trades: [...new Set([...interest.trades, ...(prefill ? [prefill] : [])])].slice(0, 5),
          freeTimes: interest.freeTimes,
          areaCode: interest.areaCode,
        });
      }
      const near = await districtsNear(interest ? { code: interest.areaCode, name: interest.areaName } : undefined);
      setDistricts(near.districts);
      setLocated(near.located);
    })().catch((e: Error) => setMessage(e.message));
  }, [prefill]);

  const clear = (field: string) => setErrors((e) => (e[field] ? { ...e, [field]: '' } : e));

  function pickTrade(trade: string) {
    const { trades, refused } = toggleTrade(form.trades, trade);
    if (refused) return void Taro.showToast({ title: refused, icon: 'none' });
    setOffered((o) => (o.includes(trade.trim()) || !trade.trim() ? o : [...o, trade.trim()]));
    setForm((f) => ({ ...f, trades }));
    clear('trades');
  }

  async function save(): Promise<boolean> {
    setMessage('');
    const { body, errors: found } = interestBody(form);
    setErrors(found);
    if (!body) return false;
    setSending(true);
    try {
      await api.saveLearningInterest({ body });
      if (notify) {
        for (const trade of body.trades) await api.createClassAlert({ body: { trade, areaCode: body.areaCode, crs: mapCrs } });
        setAlerts((await api.myClassAlerts()).items);
      }
      setSaved(true);
      return true;
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      setMessage(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setSending(false);
    }
  }

  async function remove() {
    const { confirm } = await Taro.showModal({
      title: t.interest.remove,
      content: t.interest.removeConfirm,
      confirmText: t.interest.removeYes,
    });
    if (!confirm) return;
    await api.deleteLearningInterest();
    setSaved(false);
    setForm(emptyForm());
    void Taro.showToast({ title: t.interest.removed, icon: 'none' });
  }

  async function stopAlert(id: string) {
    await api.deleteClassAlert({ params: { id } });
    setAlerts((a) => a.filter((x) => x.id !== id));
  }

  return {
    form,
    offered,
    districts,
    located,
    saved,
    notify,
    setNotify,
    alerts,
    errors,
    message,
    sending,
    pickTrade,
    pickTime(time: FreeTime) {
      setForm((f) => ({ ...f, freeTimes: toggleFreeTime(f.freeTimes, time) }));
      clear('freeTimes');
    },
    pickDistrict(code: string) {
      setForm((f) => ({ ...f, areaCode: code }));
      clear('areaCode');
    },
    save,
    remove,
    stopAlert,
  };
}
