import { View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro from '@tarojs/taro';
import type { JobApplication } from '@yilu/contract';
import { useSession } from '../../auth/use-session';
import { keyboardFocusable } from '../../components/keyboard/focusable';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { OfflineBanner } from '../../offline/OfflineBanner';
import { useTextSizeClass } from '../../text-size/large-text';
import { applicationStateText, beijingTime, canWithdraw, stateTone } from '../format';
import { openJob } from '../JobCard';
import { useMyApplications } from '../use-my-applications';
import '../jobs.css';

const findJobs = () => void Taro.switchTab({ url: '/pages/jobs/index' });
const goSignIn = () => void Taro.switchTab({ url: '/pages/me/index' });

function ApplicationCard({ a, onWithdraw }: { a: JobApplication; onWithdraw: (a: JobApplication) => void }) {
  return (
    <View className="card" data-testid="application">
      <View className="application__title" role="link" {...keyboardFocusable} onClick={() => openJob(a.job.id)}>
        {a.job.jobTitle}
      </View>
      <View className="muted">
        {a.job.employerName} · {a.job.siteName}
      </View>
      {a.source === 'order_class' && a.courseTitle ? <View className="muted">{t.applications.orderClass(a.courseTitle)}</View> : null}
      <View className={`application__state application__state--${stateTone(a.state)}`} data-testid="application-state">
        {applicationStateText(a)}
      </View>
      <View className="muted">{t.applications.appliedOn(beijingTime(a.createdAt))}</View>
      {canWithdraw(a.state) ? (
        <View className="application__withdraw" role="button" {...keyboardFocusable} onClick={() => onWithdraw(a)}>
          {t.applications.withdraw}
        </View>
      ) : null}
    </View>
  );
}

function Applications() {
  const mine = useMyApplications(true);
  return (
    <>
      <OfflineBanner savedAt={mine.savedAt} />
      {mine.message ? <View className="card job-message">{mine.message}</View> : null}
      {mine.error ? (
        <View className="jobs-notice jobs-notice--error" onClick={() => void mine.reload()}>
          {mine.error} · {t.jobs.retry}
        </View>
      ) : null}
      {!mine.applications && !mine.error ? <View className="card muted">{t.applications.loading}</View> : null}
      {mine.applications?.length === 0 ? (
        <View className="card">
          <View className="muted">{t.applications.empty}</View>
          <ActionButton className="primary-button" onClick={findJobs}>
            {t.applications.findJobs}
          </ActionButton>
        </View>
      ) : null}
      {mine.applications?.map((a) => (
        <ApplicationCard key={a.id} a={a} onWithdraw={(x) => void mine.withdraw(x)} />
      ))}
    </>
  );
}

/** 我的 → 我的求职: the worker's applications with their state, and withdrawing one. */
export default function MyApplicationsPage() {
  const textSize = useTextSizeClass();
  const { user } = useSession();
  return (
    <View className={`page ${textSize}`} data-testid="my-applications">
      <PageHeader title={t.pageHeader.myApplications} back />
      {user ? (
        <Applications />
      ) : (
        <View className="card">
          <View className="muted">{t.applications.signInFirst}</View>
          <ActionButton className="primary-button" onClick={goSignIn}>
            {t.applications.goSignIn}
          </ActionButton>
        </View>
      )}
    </View>
  );
}
