import { Input, Switch, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { freeTimeLabels, freeTimes, MAX_INTEREST_TRADES } from '@yilu/shared';
import { useSession } from '../../auth/use-session';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { askSubscribe } from '../../notifications/subscribe';
import { useTextSizeClass } from '../../text-size/large-text';
import { useInterest } from '../use-interest';
import '../demand.css';

const FieldError = ({ message }: { message?: string }) => (message ? <View className="error">{message}</View> : null);

function InterestForm({ prefill }: { prefill: string }) {
  const interest = useInterest(prefill);
  const [typed, setTyped] = useState('');
  const { form } = interest;
  const addTyped = () => {
    interest.pickTrade(typed);
    setTyped('');
  };

  async function save() {
    // WeChat shows the prompt only inside the tap, so before anything is awaited.
    if (interest.notify) askSubscribe('classAlert');
    if (!(await interest.save())) return;
    void Taro.showToast({ title: interest.notify ? t.interest.savedWithAlert : t.interest.saved, icon: 'none' });
  }

  return (
    <View data-testid="interest-form">
      <View className="card">
        <View className="interest-label">{t.interest.trades(MAX_INTEREST_TRADES)}</View>
        <View className="interest-chips" data-testid="interest-trades">
          {interest.offered.map((trade) => (
            <View key={trade} className={`chip ${form.trades.includes(trade) ? 'chip--on' : ''}`} onClick={() => interest.pickTrade(trade)}>
              {trade}
            </View>
          ))}
        </View>
        <View className="interest-add">
          <Input
            className="text-box interest-input"
            value={typed}
            maxlength={40}
            placeholder={t.interest.otherTrade}
            onInput={(e) => setTyped(e.detail.value)}
            onConfirm={addTyped}
          />
          <View className="tap-link" onClick={addTyped}>
            {t.interest.add}
          </View>
        </View>
        <FieldError message={interest.errors.trades} />
      </View>

      <View className="card">
        <View className="interest-label">{t.interest.when}</View>
        <View className="interest-chips" data-testid="interest-times">
          {freeTimes.map((time) => (
            <View key={time} className={`chip ${form.freeTimes.includes(time) ? 'chip--on' : ''}`} onClick={() => interest.pickTime(time)}>
              {freeTimeLabels[time]}
            </View>
          ))}
        </View>
        <FieldError message={interest.errors.freeTimes} />
      </View>

      <View className="card">
        <View className="interest-label">{t.interest.district}</View>
        <View className="muted">{interest.located ? t.interest.districtNote : t.interest.notLocated}</View>
        <View className="interest-chips" data-testid="interest-districts">
          {interest.districts.length ? null : <View className="muted">{t.interest.findingDistricts}</View>}
          {interest.districts.map((d) => (
            <View
              key={d.code}
              className={`chip ${form.areaCode === d.code ? 'chip--on' : ''}`}
              onClick={() => interest.pickDistrict(d.code)}
            >
              {d.name}
            </View>
          ))}
        </View>
        <FieldError message={interest.errors.areaCode} />
      </View>

      <View className="card interest-notify">
        <Switch
          checked={interest.notify}
          color="#0b57d0"
          // On h5 the checkbox is an <input> inside Taro's element: only nativeProps reach it.
          nativeProps={{ 'aria-label': t.interest.notify }}
          onChange={(e) => interest.setNotify(e.detail.value)}
        />
        <View>{t.interest.notify}</View>
      </View>

      <ActionButton
        className="primary-button"
        loading={interest.sending}
        disabled={interest.sending || undefined}
        onClick={() => void save()}
      >
        {t.interest.save}
      </ActionButton>
      {interest.message ? <View className="error">{interest.message}</View> : null}
      {interest.saved ? (
        <View className="tap-link" onClick={() => void interest.remove()}>
          {t.interest.remove}
        </View>
      ) : null}

      {interest.alerts.length ? (
        <View className="card" data-testid="my-class-alerts">
          <View className="interest-label">{t.interest.alerts}</View>
          {interest.alerts.map((a) => (
            <View key={a.id} className="interest-alert">
              <View>{t.interest.alertOf(a.trade, a.areaName)}</View>
              <View className="tap-link" onClick={() => void interest.stopAlert(a.id)}>
                {t.interest.stopAlert}
              </View>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/** 想学: which trades, when free, which district; from 我的, or from a class search that found nothing (with its trade). */
export default function InterestPage() {
  const { params } = useRouter();
  const { user } = useSession();
  const textSize = useTextSizeClass();
  const prefill = decodeURIComponent(params.trade ?? '');
  return (
    <View className={`page ${textSize}`} data-testid="interest-page">
      <PageHeader title={t.pageHeader.interest} back />
      <View className="muted">{t.interest.intro}</View>
      {user ? (
        <InterestForm prefill={prefill} />
      ) : (
        <View className="card">
          <View>{t.interest.signInFirst}</View>
          <ActionButton className="primary-button" onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            {t.interest.goSignIn}
          </ActionButton>
        </View>
      )}
    </View>
  );
}
