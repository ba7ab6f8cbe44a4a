import Taro from '@tarojs/taro';
import { ApiError } from '@yilu/client';
import { api } from '../api/client';
import { loadSession } from '../auth/session';
import { t } from '../locales/zh-CN';
import { askSubscribe } from '../notifications/subscribe';
import { mapCrs } from '../points/location';

export const interestPage = (trade: string) => `/demand/interest/index?trade=${encodeURIComponent(trade)}`;

/**
 * 有班通知我 on an empty class search: a guest is sent to sign in; with the worker's position the district it lies in
 * is kept (the position is not); without one, or outside every known district, the 想学 form asks for the district
 * (and saves the alert with it).
 */
export async function askClassAlert(trade: string, near?: { lng: number; lat: number }): Promise<void> {
  if (!loadSession()) {
    void Taro.showToast({ title: t.interest.signInFirst, icon: 'none' });
    return void Taro.switchTab({ url: '/pages/me/index' });
  }
  // WeChat shows the prompt only inside the tap, so before anything is awaited.
  askSubscribe('classAlert');
  if (!near) return void Taro.navigateTo({ url: interestPage(trade) });
  try {
    const alert = await api.createClassAlert({ body: { trade, location: near, crs: mapCrs } });
    void Taro.showToast({ title: t.interest.alertSaved(trade, alert.areaName), icon: 'none' });
  } catch (e) {
    if (e instanceof ApiError && e.status === 422) return void Taro.navigateTo({ url: interestPage(trade) });
    void Taro.showToast({ title: e instanceof Error ? e.message : String(e), icon: 'none' });
  }
}
