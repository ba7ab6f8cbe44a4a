import { Checkbox, Text, View } from '@tarojs/components';
import ActionButton from '../components/action-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Job } from '@yilu/contract';
import { applicationStateLabels } from '@yilu/shared';
import FormField, { bindFields } from '../components/form-field';
import { keyboardFocusable } from '../components/keyboard/focusable';
import { t } from '../locales/zh-CN';
import type { useJob } from './use-job';

const openMyApplications = () => void Taro.navigateTo({ url: '/jobs/applications/index' });
const goSignIn = () => void Taro.switchTab({ url: '/pages/me/index' });

type JobState = ReturnType<typeof useJob>;

/** 真实姓名, 手机号 and the consent, each with its error in Chinese beside it. */
function ApplyForm({ job, state }: { job: Job; state: JobState }) {
  const { form, setForm, fieldErrors, sending } = state;
  const bind = bindFields(form, setForm, fieldErrors);
  const consent = t.jobs.consent(job.employerName);
  return (
    <View data-testid="apply-form">
      <View className="title">{t.jobs.applyTitle}</View>
      <FormField label={t.jobs.realName} {...bind('realName')} />
      <FormField label={t.jobs.phone} type="number" {...bind('phone')} />
      <View className="job-form__consent" data-testid="apply-consent" onClick={() => setForm({ ...form, consent: !form.consent })}>
        <Checkbox value="consent" checked={form.consent} color="#0b57d0" nativeProps={{ 'aria-label': consent }} />
        <Text>{consent}</Text>
      </View>
      {fieldErrors.consent ? <Text className="error">{fieldErrors.consent}</Text> : null}
      <ActionButton className="primary-button" loading={sending} disabled={sending} onClick={() => void state.submit()}>
        {t.jobs.submit}
      </ActionButton>
    </View>
  );
}

/** What the worker can do about the job: their application's state, or 申请 (for a signed-in worker who qualifies). */
function ApplyAction({ job, state, signedIn }: { job: Job; state: JobState; signedIn: boolean }) {
  const [applying, setApplying] = useState(false);
  if (job.myApplication)
    return (
      <View className="job-mine" data-testid="my-application">
        <Text>{t.jobs.mine(applicationStateLabels[job.myApplication.state])}</Text>
        <View className="tap-link" role="link" {...keyboardFocusable} onClick={openMyApplications}>
          {t.jobs.myApplications}
        </View>
      </View>
    );
  if (!signedIn)
    return (
      <ActionButton className="primary-button" onClick={goSignIn}>
        {t.jobs.signInToApply}
      </ActionButton>
    );
  if (!job.fit?.qualifies)
    return (
      <ActionButton className="primary-button" disabled>
        {t.jobs.applyMissing}
      </ActionButton>
    );
  if (applying) return <ApplyForm job={job} state={state} />;
  const open = () => {
    setApplying(true);
    void state.startApplying();
  };
  return (
    <ActionButton className="primary-button" onClick={open}>
      {t.jobs.apply}
    </ActionButton>
  );
}

export function ApplyCard({ job, state, signedIn }: { job: Job; state: JobState; signedIn: boolean }) {
  const failed = state.message && state.message !== t.jobs.applied;
  return (
    <View className="card" data-testid="apply-card">
      <ApplyAction job={job} state={state} signedIn={signedIn} />
      {state.message ? (
        <View className={`job-message ${failed ? 'job-message--error' : ''}`} data-testid="apply-message">
          {state.message}
        </View>
      ) : null}
    </View>
  );
}
