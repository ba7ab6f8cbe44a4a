import { Switch, Text, View } from '@tarojs/components';
import { useSession } from '../../auth/use-session';
import PageHeader from '../../components/page-header';
import { payChoicesFen } from '../../jobs/filters';
import { yuan } from '../../jobs/format';
import { JobCard } from '../../jobs/JobCard';
import { useJobs } from '../../jobs/use-jobs';
import { t } from '../../locales/zh-CN';
import { OfflineBanner } from '../../offline/OfflineBanner';
import { useTextSizeClass } from '../../text-size/large-text';
import ChipRow from '../../components/chip-row';
import '../../jobs/jobs.css';

const SEARCH_KM = 30;

function Filters({ jobs, signedIn }: { jobs: ReturnType<typeof useJobs>; signedIn: boolean }) {
  const { filters } = jobs;
  return (
    <>
      {jobs.trades.length > 1 || filters.trade ? (
        <ChipRow className="jobs-chips" testId="job-trades">
          <View className={`chip ${filters.trade ? '' : 'chip--on'}`} onClick={() => jobs.chooseTrade(filters.trade)}>
            {t.jobs.allTrades}
          </View>
          {jobs.trades.map((trade) => (
            <View key={trade} className={`chip ${filters.trade === trade ? 'chip--on' : ''}`} onClick={() => jobs.chooseTrade(trade)}>
              {trade}
            </View>
          ))}
        </ChipRow>
      ) : null}
      <ChipRow className="jobs-chips" testId="job-pay">
        {payChoicesFen.map((fen) => (
          <View key={fen} className={`chip ${filters.minPayFen === fen ? 'chip--on' : ''}`} onClick={() => jobs.choosePay(fen)}>
            {fen ? t.jobs.payAtLeast(yuan(fen)) : t.jobs.anyPay}
          </View>
        ))}
      </ChipRow>
      {signedIn ? (
        <View className="card jobs-switch" data-testid="qualified-switch">
          <View>
            <Text className="jobs-switch__label">{t.jobs.qualifiedOnly}</Text>
            <Text className="jobs-switch__hint">{t.jobs.qualifiedHint}</Text>
          </View>
          <Switch
            checked={filters.qualified}
            color="#0b57d0"
            // On h5 the checkbox is an <input> inside Taro's element: only nativeProps reach it.
            nativeProps={{ 'aria-label': t.jobs.qualifiedOnly }}
            onChange={jobs.toggleQualified}
          />
        </View>
      ) : null}
    </>
  );
}

/** 工作: open jobs near the worker, by trade and pay, each saying whether the worker's certificates fit it. */
export default function JobsPage() {
  const { user } = useSession();
  const jobs = useJobs(Boolean(user));
  const textSize = useTextSizeClass();
  const empty = !jobs.loading && !jobs.error && jobs.jobs.length === 0;

  return (
    <View className={`page jobs-page ${textSize}`} data-testid="jobs-page">
      <PageHeader title={t.pageHeader.jobs} />
      <Filters jobs={jobs} signedIn={Boolean(user)} />
      {!jobs.located ? <View className="jobs-notice">{t.jobs.locationDenied}</View> : null}
      <OfflineBanner savedAt={jobs.savedAt} />
      {jobs.error ? (
        <View className="jobs-notice jobs-notice--error" onClick={jobs.reload}>
          {jobs.error} · {t.jobs.retry}
        </View>
      ) : null}
      <View data-testid="job-list">
        {jobs.loading && jobs.jobs.length === 0 ? <View className="card muted">{t.jobs.loading}</View> : null}
        {empty ? (
          <View className="card muted" data-testid="no-jobs">
            {jobs.filters.qualified ? t.jobs.noneQualified : t.jobs.none(SEARCH_KM)}
          </View>
        ) : null}
        {jobs.jobs.map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
      </View>
    </View>
  );
}
